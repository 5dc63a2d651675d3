package org.sharewell.timetable.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * When the timekeeper looks at the timetable next: after the poll interval, or sooner when work due
 * before then has just been committed on this instance. Apart from the timekeeper so that scheduling
 * (which every job may do) needs no reference to the timekeeper, which needs the jobs.
 *
 * <p>Counted on the monotonic clock: a change of the wall clock (or a test's fixed clock) must never
 * make the timekeeper sleep for ever or spin.
 */
@Component
class Alarm {

    /** Anything further off than a look is due anyway; and far enough from overflowing nanoseconds. */
    private static final Duration FURTHEST = Duration.ofDays(1);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition rung = lock.newCondition();
    private final Clock clock;
    /** {@link System#nanoTime()} of the next look; guarded by the lock, like the two below. */
    private long nextLook = System.nanoTime();
    /** A ring for a moment still to come, kept across the start of a look that is too early for it. */
    private long pendingRing;
    private boolean ringPending;

    Alarm(Clock clock) {
        this.clock = clock;
    }

    /**
     * Sets the next look for the given time from now, or for a ring still to come if that is sooner:
     * called just before each look, which covers every ring that has already passed.
     */
    void setIn(Duration delay) {
        lock.lock();
        try {
            long now = System.nanoTime();
            nextLook = now + delay.toNanos();
            ringPending = ringPending && pendingRing - now > 0;
            if (ringPending && pendingRing - nextLook < 0) {
                nextLook = pendingRing;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Brings the next look forward to the given moment, if that is sooner than it was going to be. */
    void ringBy(Instant moment) {
        Duration delay = Duration.between(clock.instant(), moment);
        if (delay.compareTo(FURTHEST) > 0) {
            return;
        }
        bringForward(System.nanoTime() + (delay.isNegative() ? 0 : delay.toNanos()));
    }

    /** Rings at once: the timekeeper is stopping, or has more to do. */
    void ringNow() {
        bringForward(System.nanoTime());
    }

    private void bringForward(long at) {
        lock.lock();
        try {
            if (!ringPending || at - pendingRing < 0) {
                pendingRing = at;
                ringPending = true;
            }
            if (at - nextLook < 0) {
                nextLook = at;
                rung.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the next look is due. */
    void sleep() throws InterruptedException {
        lock.lock();
        try {
            long left;
            while ((left = nextLook - System.nanoTime()) > 0) {
                rung.await(left, TimeUnit.NANOSECONDS);
            }
        } finally {
            lock.unlock();
        }
    }
}
