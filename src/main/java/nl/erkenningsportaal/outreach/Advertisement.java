package nl.erkenningsportaal.outreach;

import java.time.LocalDate;

/** An advertisement found online (the reference is kept encrypted). */
public record Advertisement(long id, Platform platform, String reference, LocalDate firstSeen, LocalDate lastSeen) {
    public static final int REFERENCE_MAX = 500;
}
