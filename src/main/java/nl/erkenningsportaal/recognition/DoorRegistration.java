package nl.erkenningsportaal.recognition;

/** A worker met in person: identity and the intake checklist, recorded at once. */
public record DoorRegistration(Identity identity, IntakeChecklist checklist) {}
