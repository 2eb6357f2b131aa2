package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One version of a catalogue entry (decision 0051): never changed once written, so a decision that names it keeps its
 * reason and text. A region default has no municipality; a built-in default has a translation key instead of its own
 * texts.
 *
 * @param lineage  the same for every version of one entry
 * @param category the {@link DeclineReason}, {@link RevokeReason} or {@link EndReason} name; null for a checklist item
 * @param required for a checklist item: it must be ticked before a decision
 */
public record ReasonEntry(long id, String lineage, ReasonKind kind, @Nullable String municipalityId,
        @Nullable String category, @Nullable String textKey, @Nullable String textNl, @Nullable String textEn,
        boolean required, Instant createdAt, @Nullable Instant archivedAt) {

    public boolean regionDefault() {
        return municipalityId == null;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /**
     * The text a reader sees: a built-in entry through its translation; an own entry in Dutch for a Dutch reader and in
     * English for everyone else (its two required languages).
     */
    public String shownIn(Locale locale, Function<String, String> translation) {
        if (textKey != null) {
            return translation.apply(textKey);
        }
        String text = "nl".equals(locale.getLanguage()) ? textNl : textEn;
        return text == null ? "" : text;
    }
}
