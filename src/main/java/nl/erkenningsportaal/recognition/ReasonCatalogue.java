package nl.erkenningsportaal.recognition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.erkenningsportaal.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * What the catalogue offers a municipality (decision 0051), for the officers' services: the region defaults it has
 * not switched off and its own entries, current versions only. A choice is accepted only when it is on that list, so
 * an officer of Assen can never name a reason of De Wolden or an archived version.
 */
@Component
class ReasonCatalogue {

    static final String INTAKE = "INTAKE";
    static final String RENEWAL = "RENEWAL";

    private final ReasonStore store;

    ReasonCatalogue(ReasonStore store) {
        this.store = store;
    }

    List<ReasonEntry> offered(ReasonKind kind, String municipalityId) {
        Set<String> off = store.switchedOff(municipalityId);
        return store.current(kind, municipalityId).stream()
                .filter(e -> !e.regionDefault() || !off.contains(e.lineage())).toList();
    }

    /** The entry the officer chose, refused unless it is offered to her municipality now. */
    ReasonEntry chosen(long entryId, ReasonKind kind, String municipalityId) {
        return offered(kind, municipalityId).stream().filter(e -> e.id() == entryId).findFirst()
                .orElseThrow(() -> new Refusal("reasons.error.not-offered"));
    }

    /** The built-in region default of a category (what a decision named before the catalogue existed). */
    Optional<ReasonEntry> builtIn(ReasonKind kind, String category) {
        return store.current(kind, null).stream()
                .filter(e -> e.textKey() != null && category.equals(e.category())).findFirst();
    }

    Optional<ReasonEntry> entry(long id) {
        return store.entry(id);
    }

    /**
     * Records the answers to the extra items offered now (items not offered are ignored; an item not answered counts
     * as not ticked), each naming the item's current version.
     */
    void recordAnswers(long requestId, String phase, String municipalityId, Map<Long, Boolean> answers,
            java.time.Instant at) {
        Map<Long, Boolean> kept = new java.util.LinkedHashMap<>();
        for (ReasonEntry item : offered(ReasonKind.CHECK, municipalityId)) {
            kept.put(item.id(), Boolean.TRUE.equals(answers.get(item.id())));
        }
        store.replaceAnswers(requestId, phase, kept, at);
    }

    List<ChecklistAnswer> answers(long requestId, String phase) {
        return store.answers(requestId, phase);
    }

    /**
     * Refuses a decision while a required extra item offered now is not ticked in the answers recorded (an item added
     * after the checklist was recorded therefore asks for it to be recorded again).
     */
    void requireTicked(long requestId, String phase, String municipalityId) {
        Set<String> ticked = new java.util.HashSet<>();
        for (ChecklistAnswer a : store.answers(requestId, phase)) {
            if (a.ticked()) {
                ticked.add(a.item().lineage());
            }
        }
        for (ReasonEntry item : offered(ReasonKind.CHECK, municipalityId)) {
            if (item.required() && !ticked.contains(item.lineage())) {
                throw new Refusal("reasons.error.required-item-open");
            }
        }
    }
}
