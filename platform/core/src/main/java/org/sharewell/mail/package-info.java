/**
 * Email: invitations and notifications queued in a transactional outbox and sent over SMTP as timed
 * work on the timetable, retried until delivered and never sent twice except after a crash at the
 * worst moment (see {@link org.sharewell.mail.Outbox}). In development they go to an in-process
 * mailbox instead of to people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
@NullMarked
package org.sharewell.mail;

import org.jspecify.annotations.NullMarked;
