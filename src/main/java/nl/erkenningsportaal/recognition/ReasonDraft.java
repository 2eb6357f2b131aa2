package nl.erkenningsportaal.recognition;

import org.jspecify.annotations.Nullable;

/** A new entry or a new version typed on the screen; the service checks every field again. */
public record ReasonDraft(ReasonKind kind, @Nullable String category, @Nullable String textNl,
        @Nullable String textEn, boolean required) {

    /** The longest text, shared by the column, the service and the fields. */
    public static final int TEXT_MAX = 200;
}
