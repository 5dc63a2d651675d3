/**
 * Email: invitations and notifications queued in a transactional outbox and sent over SMTP, retried
 * until delivered and never sent twice. In development they go to a mailbox viewable in the app.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.sharewell.mail;
