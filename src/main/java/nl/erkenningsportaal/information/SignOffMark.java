package nl.erkenningsportaal.information;

import java.time.Instant;

/** A municipality's sign-off of a page; {@code current} when it is of the version readers see now. */
public record SignOffMark(String slug, String title, String municipalityName, int version, boolean current,
        Instant signedAt) {}
