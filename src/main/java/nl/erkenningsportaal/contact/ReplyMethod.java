package nl.erkenningsportaal.contact;

/** Whether and how someone who asked a question without an account wants an answer. Names are stored. */
public enum ReplyMethod {
    /** No answer needed: the question is read and closed. */
    NONE,
    /** A discreet mail with a link to the answer. */
    EMAIL,
    /** A phone call. */
    PHONE
}
