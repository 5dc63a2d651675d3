package org.sharewell.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Logs where the gateway listens and where it forwards to, once the port is known (it may be chosen at random).
 */
@Component
class StartupAnnouncement implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final GatewaySettings settings;

    StartupAnnouncement(GatewaySettings settings) {
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info("Sharewell gateway listening on http://localhost:{} and forwarding to {}",
                event.getWebServer().getPort(), settings.backendUri());
    }
}
