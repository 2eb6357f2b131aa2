package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a worker sees of their own request. */
public record MyRequest(
        long id,
        String municipalityName,
        RequestStatus status,
        Instant submittedAt,
        @Nullable Instant intakeAt,
        @Nullable IntakePlace intakePlace,
        @Nullable String intakePlaceText,
        @Nullable String number,
        @Nullable LocalDate validUntil,
        @Nullable DeclineReason declineReason,
        @Nullable String declineText,
        boolean renewalRequested,
        List<HistoryEntry> history,
        List<Message> messages) {}
