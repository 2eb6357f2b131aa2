package nl.erkenningsportaal.consultation;

import org.jspecify.annotations.Nullable;

/** Where the GGD holds a consultation. */
public record Location(long id, String name, String address, @Nullable String accessibilityNotes) {
    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 255;
    public static final int NOTES_MAX = 500;
}
