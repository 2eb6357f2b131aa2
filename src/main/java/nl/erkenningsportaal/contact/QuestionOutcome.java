package nl.erkenningsportaal.contact;

/** How a question without an account was closed. Names are stored. */
public enum QuestionOutcome {
    /** Answered by mail, through a link to the answer. */
    ANSWERED_BY_MAIL,
    /** Answered by phone. */
    ANSWERED_BY_PHONE,
    /** Read; no answer was asked for, or she could not be reached. */
    CLOSED_WITHOUT_ANSWER
}
