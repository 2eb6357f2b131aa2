package nl.erkenningsportaal.recognition;

import java.time.Instant;

/** One step in a request's history, in plain words through the translation key {@code recognition.history.<kind>}. */
public record HistoryEntry(Instant at, String kind, String actorRole) {}
