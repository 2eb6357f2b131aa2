package nl.erkenningsportaal.recognition;

/** What the worker can ask to correct herself. A work address in another municipality is a move, not a correction. */
public enum CorrectionField {
    NAME,
    WORK_ADDRESS,
    PHONE,
    LANGUAGES
}
