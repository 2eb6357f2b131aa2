package nl.erkenningsportaal.recognition;

import java.util.List;

/**
 * The messages between the officers and the worker and the officers' notes on a request. They hold names and phone
 * numbers, so they open only with a stated reason, audited like the identity.
 */
public record Correspondence(List<Message> messages, List<Note> notes) {}
