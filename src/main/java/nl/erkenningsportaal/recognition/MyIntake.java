package nl.erkenningsportaal.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the worker's newest request says about care: the municipality it belongs to, and, once the officer recorded
 * the intake conversation, when that was and whether she was told about the GGD's care and offered care or an exit
 * programme (the intake checklist). Nothing of her identity.
 */
public record MyIntake(String municipalityId, String municipalityName, @Nullable Instant checklistRecordedAt,
        boolean informedAboutGgd, boolean careOrExitProgrammeOffered) {

    /** Whether the intake conversation has been recorded. */
    public boolean recorded() {
        return checklistRecordedAt != null;
    }
}
