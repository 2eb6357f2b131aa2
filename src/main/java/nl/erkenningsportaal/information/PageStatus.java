package nl.erkenningsportaal.information;

/** A saved version is a draft (only editors see it) or published (readers see the newest published version). */
public enum PageStatus {
    DRAFT,
    PUBLISHED
}
