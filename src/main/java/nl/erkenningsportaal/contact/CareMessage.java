package nl.erkenningsportaal.contact;

import java.time.Instant;

/** A message about a care request: from the worker, or from the officers or the GGD ({@code authorRole}). */
public record CareMessage(Instant at, boolean fromWorker, String authorRole, String text) {}
