package nl.erkenningsportaal.contact;

/** The lengths of what the contact module stores: one constant shared by the service, the form and the column. */
public final class ContactLimits {

    /** A question without an account. */
    public static final int QUESTION_MAX = 1000;
    /** The note a worker adds to a care request. */
    public static final int NOTE_MAX = 500;
    /** A message about a care request, and the answer to a question. */
    public static final int MESSAGE_MAX = 2000;
    /** A phone number as typed (digits, spaces, +, -, parentheses). */
    public static final int PHONE_MAX = 20;
    /** An e-mail address. */
    public static final int EMAIL_MAX = 254;

    private ContactLimits() {}
}
