package nl.erkenningsportaal.recognition;

import java.time.Instant;

/** A message between the officers of a municipality and the worker, about the worker's request. */
public record Message(long id, Instant at, boolean fromWorker, String text) {}
