package nl.erkenningsportaal.recognition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.platform.AssignmentChange;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recognition module's SQL beside its Spring Data repository ({@link RecognitionRequestRepository}, which
 * reads and writes whole requests): the worklist and the retention clean-up. JdbcClient with named parameters, rows
 * read by column name. History and notes are in {@link RequestLog}, activation codes in {@link ActivationCodes}, the
 * worker's consents and the consent at the door in {@link ConsentStore}.
 */
@Component
class RecognitionStore {

    private final JdbcClient jdbc;

    RecognitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the worklist

    /** One page of the municipality's requests, oldest first, without identity. */
    List<RequestSummary> worklist(String municipalityId, WorklistFilter filter,
            @Nullable LocalDateTime submittedBeforeUtc, @Nullable String workNameIndex, long officerId, int offset,
            int limit) {
        Where where = where(municipalityId, filter, submittedBeforeUtc, workNameIndex, officerId);
        return jdbc.sql("SELECT id, status, submitted_at, origin, renewal_requested, valid_until, assignee_account_id "
                + "FROM recognition_request " + where.sql() + " ORDER BY submitted_at, id LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query((rs, i) -> new RequestSummary(rs.getLong("id"), RequestStatus.valueOf(rs.getString("status")),
                        rs.getObject("submitted_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("origin"), rs.getBoolean("renewal_requested"),
                        rs.getObject("valid_until", LocalDate.class), rs.getObject("assignee_account_id", Long.class)))
                .list();
    }

    int count(String municipalityId, WorklistFilter filter, @Nullable LocalDateTime submittedBeforeUtc,
            @Nullable String workNameIndex, long officerId) {
        Where where = where(municipalityId, filter, submittedBeforeUtc, workNameIndex, officerId);
        return jdbc.sql("SELECT COUNT(*) FROM recognition_request " + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** The municipality's requests by status; statuses without requests are absent. */
    Map<RequestStatus, Integer> countsByStatus(String municipalityId) {
        Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS requests FROM recognition_request WHERE municipality_id = :municipality "
                + "GROUP BY status")
                .param("municipality", municipalityId)
                .query((RowCallbackHandler) rs -> counts.put(RequestStatus.valueOf(rs.getString("status")),
                        rs.getInt("requests")));
        return counts;
    }

    private record Where(String sql, Map<String, Object> params) {}

    /**
     * The filters as SQL; a work name is compared by its blind index only, never by decrypting. {@code officerId}:
     * the signed-in officer, whose requests "mine" shows.
     */
    private static Where where(String municipalityId, WorklistFilter filter, @Nullable LocalDateTime submittedBefore,
            @Nullable String workNameIndex, long officerId) {
        StringBuilder where = new StringBuilder("WHERE municipality_id = :municipality");
        Map<String, Object> params = new HashMap<>();
        params.put("municipality", municipalityId);
        if (!filter.statuses().isEmpty()) {
            where.append(" AND status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (submittedBefore != null) {
            where.append(" AND submitted_at < :submittedBefore");
            params.put("submittedBefore", submittedBefore);
        }
        if (workNameIndex != null) {
            where.append(" AND work_name_index = :workNameIndex");
            params.put("workNameIndex", workNameIndex);
        }
        switch (filter.whose()) {
            case MINE -> {
                where.append(" AND assignee_account_id = :officer");
                params.put("officer", officerId);
            }
            case UNASSIGNED -> where.append(" AND assignee_account_id IS NULL");
            case EVERYONE -> { }
        }
        return new Where(where.toString(), params);
    }

    // ---- assignment history

    /** Adds a line to the request's assignment history: to whom ({@code null}: released), by whom, when (UTC). */
    void assignmentChanged(long requestId, @Nullable Long assigneeId, long changedBy, LocalDateTime atUtc) {
        jdbc.sql("INSERT INTO recognition_request_assignment (request_id, changed_at, assignee_account_id, changed_by) "
                + "VALUES (:request, :at, :assignee, :by)")
                .param("request", requestId).param("at", atUtc).param("assignee", assigneeId).param("by", changedBy)
                .update();
    }

    /**
     * Releases every request assigned to {@code accountId} (a disabled account): nobody owns them any more, each
     * change in its assignment history by {@code changedBy}; the version moves on so no open page saves the old
     * owner back. Returns the requests released.
     */
    List<Long> releaseAllOf(long accountId, long changedBy, LocalDateTime atUtc) {
        List<Long> ids = jdbc.sql("SELECT id FROM recognition_request WHERE assignee_account_id = :account FOR UPDATE")
                .param("account", accountId).query(Long.class).list();
        jdbc.sql("UPDATE recognition_request SET assignee_account_id = NULL, version = version + 1 "
                + "WHERE assignee_account_id = :account").param("account", accountId).update();
        ids.forEach(id -> assignmentChanged(id, null, changedBy, atUtc));
        return ids;
    }

    /** A request's assignment history, oldest first (times UTC). */
    List<AssignmentChange> assignments(long requestId) {
        return jdbc.sql("SELECT changed_at, assignee_account_id, changed_by FROM recognition_request_assignment "
                + "WHERE request_id = :request ORDER BY changed_at, id")
                .param("request", requestId)
                .query(AssignmentChange::fromRow)
                .list();
    }

    // ---- retention

    /** The municipality's declined and withdrawn requests last changed before {@code beforeUtc}. */
    List<Long> declinedOrWithdrawnBefore(String municipalityId, LocalDateTime beforeUtc) {
        // not while an objection against the decline is still open: she is owed a decision on it first
        return jdbc.sql("""
                SELECT id FROM recognition_request r WHERE municipality_id = :municipality
                  AND status IN ('DECLINED', 'WITHDRAWN') AND updated_at < :before
                  AND NOT EXISTS (SELECT 1 FROM recognition_objection o
                                  WHERE o.request_id = r.id AND o.status IN (:open))""")
                .param("municipality", municipalityId).param("before", beforeUtc)
                .param("open", ObjectionStatus.OPEN.stream().map(Enum::name).toList()).query(Long.class).list();
    }

    void deleteRequest(long requestId) {
        jdbc.sql("DELETE FROM recognition_request WHERE id = :id").param("id", requestId).update();
    }

    /** The municipality's recognitions that ended before {@code beforeUtc} and still hold an identity. */
    List<Long> endedWithIdentityBefore(String municipalityId, LocalDateTime beforeUtc, String anonymised) {
        return jdbc.sql("SELECT id FROM recognition_request WHERE municipality_id = :municipality "
                + "AND status = 'ENDED' AND updated_at < :before AND legal_name_enc <> :anonymised")
                .param("municipality", municipalityId).param("before", beforeUtc).param("anonymised", anonymised)
                .query(Long.class).list();
    }

    /** Replaces the identity of a request by {@code anonymised}; the row keeps status, dates and number. */
    void anonymise(long requestId, String anonymised) {
        jdbc.sql("""
                UPDATE recognition_request SET worker_account_id = NULL, legal_name_enc = :anonymised,
                  date_of_birth_enc = :anonymised, nationality_enc = :anonymised, street_enc = :anonymised,
                  house_number_enc = :anonymised, house_number_addition_enc = NULL, postcode_enc = :anonymised,
                  town_enc = :anonymised, phone_enc = NULL, work_name_enc = NULL, work_name_index = NULL, languages = '',
                  duplicate_index = SHA2(UUID(), 256), intake_place_text_enc = NULL, decline_text_enc = NULL
                WHERE id = :id""")
                .param("anonymised", anonymised).param("id", requestId).update();
    }

    /** Of {@code accountIds}, those with a recognition request of any status. */
    List<Long> accountsWithRequest(Collection<Long> accountIds) {
        return jdbc.sql("SELECT DISTINCT worker_account_id FROM recognition_request "
                + "WHERE worker_account_id IN (:ids)").param("ids", accountIds).query(Long.class).list();
    }
}
