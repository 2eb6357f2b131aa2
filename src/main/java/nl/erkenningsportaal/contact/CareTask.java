package nl.erkenningsportaal.contact;

import java.time.Instant;

/** A care request in the staff's list: no contact details and no text until it is opened (which is audited). */
public record CareTask(long id, CareTopic topic, String language, ContactMethod method, TaskStatus status,
        Instant createdAt) {}
