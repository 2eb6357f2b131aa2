package nl.erkenningsportaal.account;

/**
 * The ids of the account module's retention rules, for other modules whose tables go with an account (their rows
 * name the account and are erased with it).
 */
public final class AccountRules {

    /** A worker's account without request or booking that did not sign in for the region's term gets a notice. */
    public static final String WORKER_IDLE_NOTICE = "account.worker.idle-notice";
    /** ... and is erased, with everything in it, the region's term after the notice unless she signed in. */
    public static final String WORKER_IDLE_ERASE = "account.worker.idle-erase";
    /** A disabled staff account is erased the region's term after it was disabled. */
    public static final String STAFF_DISABLED = "account.staff.disabled";

    private AccountRules() {}
}
