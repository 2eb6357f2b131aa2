package nl.erkenningsportaal.recognition;

/** A worker met in person: identity, the intake checklist and her consent, recorded at once. */
public record DoorRegistration(Identity identity, IntakeChecklist checklist, ConsentAtDoor consent) {}
