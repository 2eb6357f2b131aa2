package nl.erkenningsportaal.notification;

/** How a staff member wants to hear of one kind of alert. Every alert is a notice in the portal too. */
public enum AlertDelivery {
    /** A discreet mail as soon as it happens. */
    AT_ONCE,
    /** One discreet mail a day that counts what came in. */
    DAILY_DIGEST,
    /** No mail: the notice in the portal only. */
    PORTAL_ONLY
}
