package nl.erkenningsportaal.recognition;

import static nl.erkenningsportaal.recognition.LifecycleTime.utc;
import static nl.erkenningsportaal.recognition.ObjectionStore.instantOf;
import static nl.erkenningsportaal.recognition.ObjectionStore.nullableInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of {@code recognition_renewal}: JdbcClient with named parameters, rows read by column name. */
@Component
class RenewalStore {

    /** A stored renewal; the place text still encrypted. */
    record Row(long id, long requestId, Instant askedAt, LocalDate validUntilThen, RenewalStatus status,
            @Nullable Instant conversationAt, @Nullable IntakePlace place, @Nullable String placeTextEnc,
            @Nullable IntakeChecklist checklist, @Nullable Instant renewedAt, @Nullable LocalDate validUntilAfter,
            long version) {}

    /** A pending renewal in a municipality's worklist. */
    record Task(long requestId, RenewalStatus status, Instant askedAt) {}

    private final JdbcClient jdbc;

    RenewalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ask(long requestId, Instant at, LocalDate validUntil) {
        jdbc.sql("INSERT INTO recognition_renewal (request_id, asked_at, valid_until_then, status) "
                + "VALUES (:request, :at, :validUntil, 'ASKED')")
                .param("request", requestId).param("at", utc(at)).param("validUntil", validUntil).update();
    }

    Optional<Row> newest(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id DESC LIMIT 1")
                .param("request", requestId).query(this::row).optional();
    }

    Optional<Row> pending(long requestId) {
        return newest(requestId).filter(r -> r.status() != RenewalStatus.RENEWED);
    }

    List<Row> all(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id").param("request", requestId)
                .query(this::row).list();
    }

    void plan(Row r, Instant at, IntakePlace place, @Nullable String placeTextEnc) {
        changed(jdbc.sql("UPDATE recognition_renewal SET status = 'PLANNED', conversation_at = :at, "
                + "conversation_place = :place, place_text_enc = :text, version = version + 1 "
                + "WHERE id = :id AND version = :version")
                .param("at", utc(at)).param("place", place.name()).param("text", placeTextEnc)
                .param("id", r.id()).param("version", r.version()).update());
    }

    void recordChecklist(Row r, IntakeChecklist c, Instant at) {
        changed(jdbc.sql("""
                UPDATE recognition_renewal SET informed_rules = :rules, informed_ggd = :ggd,
                  identity_document_checked = :document, works_voluntarily = :voluntary, care_offered = :care,
                  checklist_recorded_at = :at, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("rules", c.informedAboutRules()).param("ggd", c.informedAboutGgd())
                .param("document", c.identityDocumentChecked()).param("voluntary", c.worksVoluntarily())
                .param("care", c.careOrExitProgrammeOffered()).param("at", utc(at))
                .param("id", r.id()).param("version", r.version()).update());
    }

    void renewed(Row r, Instant at, LocalDate validUntil) {
        changed(jdbc.sql("UPDATE recognition_renewal SET status = 'RENEWED', renewed_at = :at, "
                + "valid_until_after = :validUntil, version = version + 1 WHERE id = :id AND version = :version")
                .param("at", utc(at)).param("validUntil", validUntil).param("id", r.id())
                .param("version", r.version()).update());
    }

    List<Task> pendingIn(String municipalityId) {
        return jdbc.sql("""
                SELECT n.request_id, n.status, n.asked_at FROM recognition_renewal n
                JOIN recognition_request r ON r.id = n.request_id
                WHERE r.municipality_id = :municipality AND n.status <> 'RENEWED'
                ORDER BY n.asked_at, n.id""")
                .param("municipality", municipalityId)
                .query((rs, i) -> new Task(rs.getLong("request_id"), RenewalStatus.valueOf(rs.getString("status")),
                        instantOf(rs, "asked_at")))
                .list();
    }

    /** Erases the place texts of the request's renewals (its identity is being anonymised). */
    int eraseTexts(long requestId) {
        return jdbc.sql("UPDATE recognition_renewal SET place_text_enc = NULL WHERE request_id = :request")
                .param("request", requestId).update();
    }

    private static void changed(int rows) {
        if (rows != 1) {
            throw new Refusal("recognition.error.changed-meanwhile");
        }
    }

    private static final String SELECT = """
            SELECT id, request_id, asked_at, valid_until_then, status, conversation_at, conversation_place,
                   place_text_enc, informed_rules, informed_ggd, identity_document_checked, works_voluntarily,
                   care_offered, checklist_recorded_at, renewed_at, valid_until_after, version
            FROM recognition_renewal""";

    private Row row(ResultSet rs, int i) throws SQLException {
        String place = rs.getString("conversation_place");
        IntakeChecklist checklist = rs.getObject("checklist_recorded_at") == null ? null
                : new IntakeChecklist(rs.getBoolean("informed_rules"), rs.getBoolean("informed_ggd"),
                        rs.getBoolean("identity_document_checked"), rs.getBoolean("works_voluntarily"),
                        rs.getBoolean("care_offered"));
        return new Row(rs.getLong("id"), rs.getLong("request_id"), instantOf(rs, "asked_at"),
                rs.getObject("valid_until_then", LocalDate.class), RenewalStatus.valueOf(rs.getString("status")),
                nullableInstant(rs, "conversation_at"), place == null ? null : IntakePlace.valueOf(place),
                rs.getString("place_text_enc"), checklist, nullableInstant(rs, "renewed_at"),
                rs.getObject("valid_until_after", LocalDate.class), rs.getLong("version"));
    }
}
