package nl.erkenningsportaal.contact;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the worker's own care requests as she sees it: who handles it (the GGD, or the officers of
 * {@code municipalityName}), how she asked to be contacted, where it stands, and the messages.
 */
public record MyCareRequest(long id, CareTopic topic, @Nullable String municipalityName, String language,
        ContactMethod method, TaskStatus status, Instant createdAt, List<CareMessage> messages) {

    public boolean withGgd() {
        return topic.forGgd();
    }
}
