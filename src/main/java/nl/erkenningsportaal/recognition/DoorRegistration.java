package nl.erkenningsportaal.recognition;

import java.util.Map;

/**
 * A worker met in person: identity, the intake checklist and her consent, recorded at once; {@code extraChecklist}
 * holds the answers to the municipality's extra checklist items (catalogue entry id to ticked, decision 0051).
 */
public record DoorRegistration(Identity identity, IntakeChecklist checklist, ConsentAtDoor consent,
        Map<Long, Boolean> extraChecklist) {

    public DoorRegistration {
        extraChecklist = Map.copyOf(extraChecklist);
    }

    public DoorRegistration(Identity identity, IntakeChecklist checklist, ConsentAtDoor consent) {
        this(identity, checklist, consent, Map.of());
    }
}
