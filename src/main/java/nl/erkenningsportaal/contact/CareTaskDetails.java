package nl.erkenningsportaal.contact;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A care request opened by an officer or the GGD (audited): how she wants to be contacted, in which language, the
 * phone number or address (gone once closed), her note and the messages. Never her name, account, recognition or
 * number: the task needs none of them, and the GGD must not learn them.
 */
public record CareTaskDetails(long id, CareTopic topic, String language, ContactMethod method,
        @Nullable String contactDetail, @Nullable String note, TaskStatus status, Instant createdAt,
        @Nullable Instant closedAt, List<CareMessage> messages) {}
