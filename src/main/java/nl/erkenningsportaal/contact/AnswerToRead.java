package nl.erkenningsportaal.contact;

import java.time.Instant;

/** What the link in the answer mail shows: her question, the answer, and until when the link works. */
public record AnswerToRead(String municipalityName, String question, String answer, Instant answeredAt,
        Instant readableUntil) {}
