package nl.erkenningsportaal.recognition;

import static nl.erkenningsportaal.recognition.LifecycleTime.utc;
import static nl.erkenningsportaal.recognition.ObjectionStore.instantOf;
import static nl.erkenningsportaal.recognition.ObjectionStore.nullableInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of {@code recognition_correction}: JdbcClient with named parameters, rows read by column name. */
@Component
class CorrectionStore {

    /** A stored correction, its values still encrypted. */
    record Row(long id, long requestId, Instant proposedAt, Set<CorrectionField> fields, @Nullable String proposedEnc,
            @Nullable String previousEnc, CorrectionStatus status, @Nullable Instant decidedAt,
            @Nullable String refusalTextEnc, @Nullable LocalDate valuesKeptUntil, long version) {}

    /** A proposed correction in a municipality's worklist. */
    record Task(long requestId, Instant proposedAt) {}

    private final JdbcClient jdbc;

    CorrectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void propose(long requestId, Instant at, Set<CorrectionField> fields, String proposedEnc) {
        jdbc.sql("INSERT INTO recognition_correction (request_id, proposed_at, fields, proposed_enc, status) "
                + "VALUES (:request, :at, :fields, :proposed, 'PROPOSED')")
                .param("request", requestId).param("at", utc(at)).param("fields", names(fields))
                .param("proposed", proposedEnc).update();
    }

    Optional<Row> pending(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request AND status = 'PROPOSED' ORDER BY id DESC LIMIT 1")
                .param("request", requestId).query(this::row).optional();
    }

    Optional<Row> newest(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id DESC LIMIT 1")
                .param("request", requestId).query(this::row).optional();
    }

    /** The request's corrections, newest first. */
    List<Row> all(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id DESC").param("request", requestId)
                .query(this::row).list();
    }

    void confirm(Row c, Instant at, String previousEnc, LocalDate keptUntil) {
        changed(jdbc.sql("UPDATE recognition_correction SET status = 'CONFIRMED', decided_at = :at, "
                + "previous_enc = :previous, values_kept_until = :keptUntil, version = version + 1 "
                + "WHERE id = :id AND version = :version AND status = 'PROPOSED'")
                .param("at", utc(at)).param("previous", previousEnc).param("keptUntil", keptUntil)
                .param("id", c.id()).param("version", c.version()).update());
    }

    void refuse(Row c, Instant at, String textEnc, LocalDate keptUntil) {
        changed(jdbc.sql("UPDATE recognition_correction SET status = 'REFUSED', decided_at = :at, "
                + "refusal_text_enc = :text, values_kept_until = :keptUntil, version = version + 1 "
                + "WHERE id = :id AND version = :version AND status = 'PROPOSED'")
                .param("at", utc(at)).param("text", textEnc).param("keptUntil", keptUntil)
                .param("id", c.id()).param("version", c.version()).update());
    }

    /** Withdrawn by the worker: what she proposed goes at once, it was never used. */
    void withdraw(Row c, Instant at) {
        changed(jdbc.sql("UPDATE recognition_correction SET status = 'WITHDRAWN', decided_at = :at, "
                + "proposed_enc = NULL, version = version + 1 WHERE id = :id AND version = :version "
                + "AND status = 'PROPOSED'")
                .param("at", utc(at)).param("id", c.id()).param("version", c.version()).update());
    }

    List<Task> pendingIn(String municipalityId) {
        return jdbc.sql("""
                SELECT c.request_id, c.proposed_at FROM recognition_correction c
                JOIN recognition_request r ON r.id = c.request_id
                WHERE r.municipality_id = :municipality AND c.status = 'PROPOSED'
                ORDER BY c.proposed_at, c.id""")
                .param("municipality", municipalityId)
                .query((rs, i) -> new Task(rs.getLong("request_id"), instantOf(rs, "proposed_at"))).list();
    }

    /**
     * Erases the values of at most {@code limit} decided corrections kept until before {@code today}; returns how
     * many.
     */
    int eraseValuesKeptUntilBefore(LocalDate today, int limit) {
        return jdbc.sql("""
                UPDATE recognition_correction SET proposed_enc = NULL, previous_enc = NULL, refusal_text_enc = NULL
                WHERE values_kept_until < :today AND (proposed_enc IS NOT NULL OR previous_enc IS NOT NULL
                      OR refusal_text_enc IS NOT NULL)
                LIMIT :limit""")
                .param("today", today).param("limit", limit).update();
    }

    /** Erases every value and text of the request's corrections (its identity is being anonymised). */
    int eraseValues(long requestId) {
        return jdbc.sql("""
                UPDATE recognition_correction SET proposed_enc = NULL, previous_enc = NULL, refusal_text_enc = NULL
                WHERE request_id = :request""")
                .param("request", requestId).update();
    }

    private static void changed(int rows) {
        if (rows != 1) {
            throw new Refusal("recognition.error.changed-meanwhile");
        }
    }

    static String names(Set<CorrectionField> fields) {
        return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<CorrectionField> fields(String names) {
        Set<CorrectionField> set = EnumSet.noneOf(CorrectionField.class);
        Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).map(CorrectionField::valueOf).forEach(set::add);
        return set;
    }

    private static final String SELECT = """
            SELECT id, request_id, proposed_at, fields, proposed_enc, previous_enc, status, decided_at,
                   refusal_text_enc, values_kept_until, version
            FROM recognition_correction""";

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("request_id"), instantOf(rs, "proposed_at"),
                fields(rs.getString("fields")), rs.getString("proposed_enc"), rs.getString("previous_enc"),
                CorrectionStatus.valueOf(rs.getString("status")), nullableInstant(rs, "decided_at"),
                rs.getString("refusal_text_enc"), rs.getObject("values_kept_until", LocalDate.class),
                rs.getLong("version"));
    }
}
