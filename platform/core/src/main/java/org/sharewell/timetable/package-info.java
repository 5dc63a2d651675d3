/**
 * The timetable: when each piece of every module's timed work is due (an email to send, a licence's
 * expiry notice), and the timekeeper that runs it on time, one transaction per entry, as Sharewell itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timetable")
@NullMarked
package org.sharewell.timetable;

import org.jspecify.annotations.NullMarked;
