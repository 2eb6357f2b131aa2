package nl.erkenningsportaal.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A care request in the staff's list: no contact details and no text until it is opened (which is audited).
 * {@code assigneeId}: the officer who owns it (null: nobody yet; health requests of the GGD are never assigned).
 */
public record CareTask(long id, CareTopic topic, String language, ContactMethod method, TaskStatus status,
        Instant createdAt, @Nullable Long assigneeId) {}
