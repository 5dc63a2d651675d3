package org.sharewell.timetable.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Looks at the timetable every {@code sharewell.timetable.poll-interval} (or at once when this
 * instance has just committed work due sooner) and runs each due entry in a transaction of its own.
 *
 * <p>What it costs: when nothing is due, one indexed query per look, whatever the number of
 * organisations, and no transaction. It runs one entry at a time on its own thread; several
 * platform instances share the work, since each skips the entries another has claimed.
 *
 * <p>Stopping: once the application context starts closing (or is paused, between tests), no new
 * entry is started; the one running is left to finish, for up to {@link #LONGEST_FINISH}, before the
 * database goes. Started in the default phase, so after the development mailbox and stopped before it.
 */
@Component
class Timekeeper implements SmartLifecycle {

    /** Entries run per look; if as many were due, it looks again at once rather than after the interval. */
    static final int MOST_PER_LOOK = 100;
    /** Longer than the mail server's timeouts, so an email being sent is seen through. */
    static final Duration LONGEST_FINISH = Duration.ofSeconds(45);

    private static final Logger log = LoggerFactory.getLogger(Timekeeper.class);

    private final TimetableStore entries;
    private final Jobs jobs;
    private final Alarm alarm;
    private final TimetableSettings settings;
    private volatile boolean closing;
    private boolean troubled;
    private Thread thread;

    Timekeeper(TimetableStore entries, Jobs jobs, Alarm alarm, TimetableSettings settings) {
        this.entries = entries;
        this.jobs = jobs;
        this.alarm = alarm;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        closing = false;
        thread = Thread.ofPlatform().name("sharewell-timekeeper").daemon().start(this::keepTime);
        log.info("Timed work: looking for due work every {}", settings.pollInterval());
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        closing = true;
        alarm.ringNow();
        try {
            if (!thread.join(LONGEST_FINISH)) {
                log.warn("Timed work still running after {}; the platform stops anyway, and the entry it was on "
                        + "is run again later", LONGEST_FINISH);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** Comes before the lifecycle stops: from here on no new entry is started, though the context is still whole. */
    @EventListener(ContextClosedEvent.class)
    void contextClosing() {
        closing = true;
        alarm.ringNow();
    }

    private void keepTime() {
        while (!closing) {
            alarm.setIn(settings.pollInterval());
            if (runDueWork() < MOST_PER_LOOK) {
                try {
                    alarm.sleep();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * One look: runs the entries due now, earliest first, one transaction each, until there are none
     * or the platform is closing. Package-private so that tests can play a second platform instance.
     *
     * @return how many entries were due when it looked
     */
    int runDueWork() {
        List<DueEntry> due;
        try {
            due = entries.due(MOST_PER_LOOK);
        } catch (DataAccessException trouble) {
            if (!troubled) {
                log.warn("Cannot look at the timetable; timed work waits until the database answers again", trouble);
                troubled = true;
            }
            return 0;
        }
        if (troubled) {
            log.info("The timetable can be read again; timed work goes on");
            troubled = false;
        }
        run(due);
        return due.size();
    }

    /** Runs the given entries, each if it is still due and not taken; package-private for tests. */
    void run(List<DueEntry> due) {
        for (DueEntry entry : due) {
            if (closing) {
                return;
            }
            jobs.run(entry);
        }
    }
}
