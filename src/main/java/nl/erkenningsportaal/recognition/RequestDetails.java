package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an officer sees on a request page before opening anything: the number, the status, the intake and the
 * history. The reasons are the catalogue versions the decisions were taken with (decision 0051), and the extra
 * checklist items as they read when answered. The identity and the messages and notes open only with a stated reason ({@link Correspondence}).
 */
public record RequestDetails(
        long id,
        String municipalityId,
        RequestStatus status,
        String origin,
        Instant submittedAt,
        @Nullable Instant intakeAt,
        @Nullable IntakePlace intakePlace,
        @Nullable String intakePlaceText,
        @Nullable IntakeChecklist checklist,
        @Nullable String number,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        @Nullable DeclineReason declineReason,
        @Nullable String declineText,
        @Nullable EndReason endReason,
        boolean renewalRequested,
        boolean hasOnlineAccount,
        long possibleDuplicates,
        @Nullable ConsentRecord consent,
        List<HistoryEntry> history,
        @Nullable ReasonEntry declineReasonEntry,
        @Nullable ReasonEntry endReasonEntry,
        List<ChecklistAnswer> extraChecklist) {}
