package nl.erkenningsportaal.contact;

/** Where a care request stands. Names are stored. */
public enum TaskStatus {
    /** Not yet picked up. */
    NEW,
    /** Contact was made (a message sent or a call recorded); not finished. */
    IN_PROGRESS,
    /** Done: the phone number or address she gave is erased now. */
    CLOSED
}
