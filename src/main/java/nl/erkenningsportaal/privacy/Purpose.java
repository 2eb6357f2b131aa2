package nl.erkenningsportaal.privacy;

/** Why the portal processes data (GDPR art. 30(1)(b)); each has a translated text {@code privacy.purpose.<NAME>}. */
public enum Purpose {
    /** The voluntary recognition: request, intake, decision, number, renewal. */
    RECOGNITION,
    /** The GGD's free walk-in consultation: booking, reminders, attendance. */
    CONSULTATION,
    /** Officers' outreach: advertisements and visits. */
    OUTREACH,
    /** Signals of trafficking or exploitation and the regional coordinator's cases. */
    SIGNALS,
    /** Help on request: a worker's request for contact about care or exit support, a question without an account. */
    SUPPORT,
    /** Messages to the worker: the portal inbox and discreet mail. */
    MESSAGES,
    /** Accounts and signing in. */
    ACCOUNTS,
    /** Security of the portal: one-time codes, tokens, guessing slowed down. */
    SECURITY,
    /** Accountability: the audit trail of who looked at what and why. */
    ACCOUNTABILITY,
    /** The staff's working day: alerts that reach them, and who owns a request. */
    STAFF_WORK,
    /** Information pages, the privacy statement and consent versions. */
    INFORMATION,
    /** The anonymous overview for policy makers. */
    OVERVIEW,
    /** Running the portal: settings, schedules, migrations. */
    OPERATION
}
