package nl.erkenningsportaal.information;

/** Who may read a page: anyone, or only people who are signed in (workers, and the staff who explain the rules). */
public enum Audience {
    PUBLIC,
    WORKERS
}
