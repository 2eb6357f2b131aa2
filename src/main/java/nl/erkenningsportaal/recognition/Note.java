package nl.erkenningsportaal.recognition;

import java.time.Instant;

/** An officers-only note on a request. */
public record Note(Instant at, String text) {}
