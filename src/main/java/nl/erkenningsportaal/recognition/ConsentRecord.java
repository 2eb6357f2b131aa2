package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The consent a request rests on: the version of the privacy statement and when; for a door registration also the
 * language the worker was informed in.
 */
public record ConsentRecord(int statementVersion, Instant at, @Nullable Locale informedIn) {}
