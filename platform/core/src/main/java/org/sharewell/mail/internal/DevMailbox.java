package org.sharewell.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.List;

/**
 * The development mailbox: an SMTP server inside the platform that keeps every email it receives in
 * memory instead of delivering it, so that development and tests never write to real people.
 *
 * <p>It listens on loopback only: on the configured port, or on any free port when that is 0, since
 * several platforms (test contexts, a second checkout) may run on one machine. A free port is chosen
 * afresh at every start (Spring pauses and resumes idle test contexts), so a port taken meanwhile by
 * someone else never stops it; {@link #port()} tells the sender where to connect each time.
 */
final class DevMailbox implements SmartLifecycle {

    static final String HOST = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

    private final int configuredPort;
    private GreenMail server;
    private int port;

    DevMailbox(int configuredPort) {
        this.configuredPort = configuredPort;
        this.port = configuredPort;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        var started = new GreenMail(new ServerSetup(configuredPort, HOST, ServerSetup.PROTOCOL_SMTP));
        started.start();
        port = started.getSmtp().getPort();
        server = started;
        log.info("Development mailbox: email is kept in memory here, never delivered (SMTP on {}:{})", HOST, port);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Started before, and stopped after, the timekeeper that sends email (the default phase). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    /** Where the mailbox listens, or last listened while it is stopped (so sending fails as it should). */
    synchronized int port() {
        return port;
    }

    /** Every email received since the mailbox last started, oldest first. */
    synchronized List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }
}
