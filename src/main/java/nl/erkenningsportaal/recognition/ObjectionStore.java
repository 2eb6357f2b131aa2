package nl.erkenningsportaal.recognition;

import static nl.erkenningsportaal.recognition.LifecycleTime.instant;
import static nl.erkenningsportaal.recognition.LifecycleTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code recognition_objection} and {@code recognition_revocation}: JdbcClient with named parameters, rows
 * read by column name. Texts arrive and leave encrypted; {@link ObjectionService} encrypts and decrypts them. Every
 * step of an objection changes its row only at the version the officer saw, so two officers never overwrite each
 * other.
 */
@Component
class ObjectionStore {

    /** A stored objection, texts still encrypted. */
    record Row(long id, long requestId, DecisionKind decision, Instant decisionAt, Instant lodgedAt, boolean late,
            @Nullable String groundsEnc, ObjectionStatus status, @Nullable Instant receivedAt,
            @Nullable Instant hearingAt, @Nullable String hearingPlaceEnc, @Nullable Instant heardAt,
            @Nullable String hearingReportEnc, @Nullable NoHearingReason noHearingReason,
            @Nullable ObjectionOutcome outcome, @Nullable String outcomeTextEnc, @Nullable Instant decidedAt,
            @Nullable Instant withdrawnAt, long version) {}

    /** A stored revocation, its text still encrypted. */
    record Revocation(long requestId, RevokeReason reason, @Nullable Long reasonEntry, @Nullable String textEnc,
            Instant revokedAt) {}

    /** An open objection in a municipality's worklist. */
    record Task(long requestId, ObjectionStatus status, Instant lodgedAt, Instant decisionAt) {}

    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- revocation

    void revoke(long requestId, RevokeReason reason, @Nullable Long reasonEntry, String textEnc, Instant at) {
        jdbc.sql("""
                INSERT INTO recognition_revocation (request_id, reason, reason_entry, text_enc, revoked_at)
                VALUES (:request, :reason, :entry, :text, :at)""")
                .param("request", requestId).param("reason", reason.name()).param("entry", reasonEntry)
                .param("text", textEnc)
                .param("at", utc(at)).update();
    }

    Optional<Revocation> revocation(long requestId) {
        return jdbc.sql("SELECT request_id, reason, reason_entry, text_enc, revoked_at FROM recognition_revocation "
                + "WHERE request_id = :request")
                .param("request", requestId)
                .query((rs, i) -> new Revocation(rs.getLong("request_id"), RevokeReason.valueOf(rs.getString("reason")),
                        rs.getObject("reason_entry", Long.class), rs.getString("text_enc"), instantOf(rs, "revoked_at")))
                .optional();
    }

    void deleteRevocation(long requestId) {
        jdbc.sql("DELETE FROM recognition_revocation WHERE request_id = :request").param("request", requestId)
                .update();
    }

    /** When the request was last declined, from its history. */
    Optional<Instant> declinedAt(long requestId) {
        return jdbc.sql("SELECT occurred_at FROM recognition_history WHERE request_id = :request "
                + "AND kind = 'DECLINED' ORDER BY occurred_at DESC, id DESC LIMIT 1")
                .param("request", requestId)
                .query((rs, i) -> instantOf(rs, "occurred_at")).optional();
    }

    // ---- objection

    long lodge(long requestId, DecisionKind decision, Instant decisionAt, Instant lodgedAt, boolean late,
            String groundsEnc) {
        jdbc.sql("""
                INSERT INTO recognition_objection (request_id, decision, decision_at, lodged_at, late, grounds_enc,
                                                   status)
                VALUES (:request, :decision, :decisionAt, :lodgedAt, :late, :grounds, 'LODGED')""")
                .param("request", requestId).param("decision", decision.name()).param("decisionAt", utc(decisionAt))
                .param("lodgedAt", utc(lodgedAt)).param("late", late).param("grounds", groundsEnc).update();
        return jdbc.sql("SELECT MAX(id) FROM recognition_objection WHERE request_id = :request")
                .param("request", requestId).query(Long.class).single();
    }

    /** The newest objection against the decision taken at {@code decisionAt}. */
    Optional<Row> against(long requestId, Instant decisionAt) {
        return jdbc.sql(SELECT + " WHERE request_id = :request AND decision_at = :decisionAt ORDER BY id DESC LIMIT 1")
                .param("request", requestId).param("decisionAt", utc(decisionAt)).query(this::row).optional();
    }

    /** The request's newest objection, whatever decision it was against. */
    Optional<Row> newest(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id DESC LIMIT 1")
                .param("request", requestId).query(this::row).optional();
    }

    List<Row> all(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id").param("request", requestId)
                .query(this::row).list();
    }

    void receive(Row o, Instant at) {
        step(o, "status = 'RECEIVED', received_at = :at", "at", utc(at));
    }

    void planHearing(Row o, Instant at, @Nullable String placeEnc) {
        changed(jdbc.sql("UPDATE recognition_objection SET status = 'HEARING_PLANNED', hearing_at = :at, "
                + "hearing_place_enc = :place, version = version + 1 WHERE id = :id AND version = :version")
                .param("at", utc(at)).param("place", placeEnc).param("id", o.id()).param("version", o.version())
                .update());
    }

    void heard(Row o, Instant at, String reportEnc) {
        changed(jdbc.sql("UPDATE recognition_objection SET status = 'HEARD', heard_at = :at, "
                + "hearing_report_enc = :report, no_hearing_reason = NULL, version = version + 1 "
                + "WHERE id = :id AND version = :version")
                .param("at", utc(at)).param("report", reportEnc).param("id", o.id()).param("version", o.version())
                .update());
    }

    void notHeard(Row o, NoHearingReason reason) {
        step(o, "status = 'NOT_HEARD', no_hearing_reason = :reason", "reason", reason.name());
    }

    void decide(Row o, ObjectionOutcome outcome, String textEnc, Instant at) {
        changed(jdbc.sql("UPDATE recognition_objection SET status = 'DECIDED', outcome = :outcome, "
                + "outcome_text_enc = :text, decided_at = :at, version = version + 1 "
                + "WHERE id = :id AND version = :version")
                .param("outcome", outcome.name()).param("text", textEnc).param("at", utc(at))
                .param("id", o.id()).param("version", o.version()).update());
    }

    void withdraw(Row o, Instant at) {
        step(o, "status = 'WITHDRAWN', withdrawn_at = :at", "at", utc(at));
    }

    /** The municipality's objections that are not decided or withdrawn, oldest first. */
    List<Task> openIn(String municipalityId) {
        return jdbc.sql("""
                SELECT o.request_id, o.status, o.lodged_at, o.decision_at FROM recognition_objection o
                JOIN recognition_request r ON r.id = o.request_id
                WHERE r.municipality_id = :municipality AND o.status IN (:open)
                ORDER BY o.lodged_at, o.id""")
                .param("municipality", municipalityId)
                .param("open", ObjectionStatus.OPEN.stream().map(Enum::name).toList())
                .query((rs, i) -> new Task(rs.getLong("request_id"), ObjectionStatus.valueOf(rs.getString("status")),
                        instantOf(rs, "lodged_at"), instantOf(rs, "decision_at")))
                .list();
    }

    /**
     * Erases the texts of the request's objections and its revocation with its reasons (its identity is being
     * anonymised); returns how many rows.
     */
    int eraseTexts(long requestId) {
        int n = jdbc.sql("""
                UPDATE recognition_objection SET grounds_enc = NULL, hearing_place_enc = NULL,
                    hearing_report_enc = NULL, outcome_text_enc = NULL
                WHERE request_id = :request""")
                .param("request", requestId).update();
        return n + jdbc.sql("DELETE FROM recognition_revocation WHERE request_id = :request")
                .param("request", requestId).update();
    }

    private void step(Row o, String set, String name, Object value) {
        changed(jdbc.sql("UPDATE recognition_objection SET " + set + ", version = version + 1 "
                + "WHERE id = :id AND version = :version")
                .param(name, value).param("id", o.id()).param("version", o.version()).update());
    }

    private static void changed(int rows) {
        if (rows != 1) {
            throw new Refusal("recognition.error.changed-meanwhile");
        }
    }

    private static final String SELECT = """
            SELECT id, request_id, decision, decision_at, lodged_at, late, grounds_enc, status, received_at,
                   hearing_at, hearing_place_enc, heard_at, hearing_report_enc, no_hearing_reason, outcome,
                   outcome_text_enc, decided_at, withdrawn_at, version
            FROM recognition_objection""";

    private Row row(ResultSet rs, int i) throws SQLException {
        String noHearing = rs.getString("no_hearing_reason");
        String outcome = rs.getString("outcome");
        return new Row(rs.getLong("id"), rs.getLong("request_id"), DecisionKind.valueOf(rs.getString("decision")),
                instantOf(rs, "decision_at"), instantOf(rs, "lodged_at"), rs.getBoolean("late"),
                rs.getString("grounds_enc"), ObjectionStatus.valueOf(rs.getString("status")),
                nullableInstant(rs, "received_at"), nullableInstant(rs, "hearing_at"),
                rs.getString("hearing_place_enc"), nullableInstant(rs, "heard_at"),
                rs.getString("hearing_report_enc"), noHearing == null ? null : NoHearingReason.valueOf(noHearing),
                outcome == null ? null : ObjectionOutcome.valueOf(outcome), rs.getString("outcome_text_enc"),
                nullableInstant(rs, "decided_at"), nullableInstant(rs, "withdrawn_at"), rs.getLong("version"));
    }

    static Instant instantOf(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }
}
