package nl.erkenningsportaal.privacy;

/**
 * What a column holds, in the categories of the processing register (GDPR art. 30(1)(c)). Every column of every
 * table is declared with one of these, {@link #NOT_PERSONAL} included, so that nothing is skipped silently.
 */
public enum DataCategory {
    /** Who someone is: legal name, date of birth, nationality, the address where she works, a work name. */
    IDENTITY,
    /** How to reach someone: phone, e-mail address, preferred way of contact, languages. */
    CONTACT,
    /** GGD care: appointments, the reason for a visit, attendance. Kept apart from enforcement. */
    CARE,
    /** The municipality's recognition and outreach: status, decisions, number, visits, advertisements. */
    ENFORCEMENT,
    /** Signals of trafficking or exploitation and the coordinator's cases. */
    SIGNAL,
    /** An account: user name, role, password hash, second factor, language, sign-in times. */
    ACCOUNT,
    /** Keys, references, hashes and timestamps that tie a row to a person without saying anything themselves. */
    TECHNICAL,
    /** No personal data (settings, public texts, anonymous figures). */
    NOT_PERSONAL;

    public boolean personal() {
        return this != NOT_PERSONAL;
    }
}
