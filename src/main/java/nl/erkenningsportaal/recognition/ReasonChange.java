package nl.erkenningsportaal.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change to the catalogue as the screen's history shows it: when, who (a staff id only, removed after the audit
 * term), what ({@code ADDED}, {@code CHANGED}, {@code ARCHIVED}, {@code SWITCHED_OFF}, {@code SWITCHED_ON}) and the
 * entry's version it concerns.
 */
public record ReasonChange(Instant at, @Nullable Long staffId, String action, ReasonEntry entry) {}
