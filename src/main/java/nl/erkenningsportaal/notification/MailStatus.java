package nl.erkenningsportaal.notification;

/** Where a mail in the outbox is: waiting, being sent by one node, sent, or given up (an administrator may retry). */
public enum MailStatus {
    QUEUED,
    SENDING,
    SENT,
    DEAD
}
