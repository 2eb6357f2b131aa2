package nl.erkenningsportaal.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The signal tables and the only place that holds their SQL ({@link JdbcClient}, named parameters, rows read by
 * column name). Free text is encrypted on the way in and decrypted on the way out. Nothing here deletes a signal.
 */
@Component
class SignalStore {

    static final String DESCRIPTION = "signal_case.description";
    static final String NOTE = "signal_note.text";

    private static final String SELECT = "SELECT id, municipality_id, raised_at, request_id, visit_id, indicators, "
            + "description_enc, urgency, escalated_at, status, handover_to, handover_date, assignee_account_id "
            + "FROM signal_case ";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    SignalStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A new signal, status RAISED; times are UTC. */
    long insert(String municipalityId, String region, long raisedBy, LocalDateTime raisedAt, NewSignal s,
            @Nullable String description) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO signal_case (municipality_id, region, raised_by, raised_at, request_id, visit_id,
                  indicators, description_enc, urgency, status)
                VALUES (:municipality, :region, :raisedBy, :raisedAt, :request, :visit, :indicators, :description,
                  :urgency, 'RAISED')""")
                .param("municipality", municipalityId).param("region", region).param("raisedBy", raisedBy)
                .param("raisedAt", raisedAt).param("request", s.requestId()).param("visit", s.visitId())
                .param("indicators", s.indicators().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("description", description == null ? null : cipher.encrypt(description, DESCRIPTION))
                .param("urgency", s.urgency().name())
                .update(keys);
        return Objects.requireNonNull(keys.getKey(), "generated key").longValue();
    }

    /** Escalates a raised signal of the municipality; false when there is none to escalate. */
    boolean escalate(long signalId, String municipalityId, LocalDateTime at) {
        return jdbc.sql("UPDATE signal_case SET escalated_at = :at, status = 'NEW' WHERE id = :id "
                + "AND municipality_id = :municipality AND status = 'RAISED'")
                .param("at", at).param("id", signalId).param("municipality", municipalityId).update() > 0;
    }

    List<SignalCase> ofMunicipality(String municipalityId) {
        return jdbc.sql(SELECT + "WHERE municipality_id = :municipality ORDER BY raised_at DESC")
                .param("municipality", municipalityId).query(this::signal).list();
    }

    List<SignalCase> escalatedIn(String region) {
        return escalatedIn(region, Whose.EVERYONE, 0);
    }

    /** The region's escalated cases of {@code whose} for coordinator {@code me}, newest first. */
    List<SignalCase> escalatedIn(String region, Whose whose, long me) {
        return jdbc.sql(SELECT + "WHERE region = :region AND escalated_at IS NOT NULL" + switch (whose) {
            case MINE -> " AND assignee_account_id = :me";
            case UNASSIGNED -> " AND assignee_account_id IS NULL";
            case EVERYONE -> "";
        } + " ORDER BY escalated_at DESC").param("region", region).param("me", me).query(this::signal).list();
    }

    /** Gives a case to {@code assigneeId} (null: nobody) and writes it in its assignment history. */
    void assign(long signalId, @Nullable Long assigneeId, long changedBy, LocalDateTime at) {
        jdbc.sql("UPDATE signal_case SET assignee_account_id = :assignee WHERE id = :id")
                .param("assignee", assigneeId).param("id", signalId).update();
        jdbc.sql("INSERT INTO signal_case_assignment (signal_id, changed_at, assignee_account_id, changed_by) "
                + "VALUES (:signal, :at, :assignee, :by)")
                .param("signal", signalId).param("at", at).param("assignee", assigneeId).param("by", changedBy)
                .update();
    }

    /** Of the cases, those assigned to {@code accountId}, locked for the change. */
    List<Long> assignedTo(long accountId) {
        return jdbc.sql("SELECT id FROM signal_case WHERE assignee_account_id = :account FOR UPDATE")
                .param("account", accountId).query(Long.class).list();
    }

    /** A case's assignment history, oldest first. */
    List<AssignmentChange> assignments(long signalId) {
        return jdbc.sql("SELECT changed_at, assignee_account_id, changed_by FROM signal_case_assignment "
                + "WHERE signal_id = :signal ORDER BY changed_at, id")
                .param("signal", signalId)
                .query(AssignmentChange::fromRow)
                .list();
    }

    Optional<SignalCase> ofMunicipality(long signalId, String municipalityId) {
        return jdbc.sql(SELECT + "WHERE id = :id AND municipality_id = :municipality")
                .param("id", signalId).param("municipality", municipalityId).query(this::signal).optional();
    }

    Optional<SignalCase> escalatedIn(long signalId, String region) {
        return jdbc.sql(SELECT + "WHERE id = :id AND region = :region AND escalated_at IS NOT NULL")
                .param("id", signalId).param("region", region).query(this::signal).optional();
    }

    void addNote(long signalId, LocalDateTime at, String authorRole, String text) {
        jdbc.sql("INSERT INTO signal_note (signal_id, written_at, author_role, text_enc) "
                + "VALUES (:signal, :at, :role, :text)")
                .param("signal", signalId).param("at", at).param("role", authorRole)
                .param("text", cipher.encrypt(text, NOTE)).update();
    }

    /** A case counts as closed from the moment it first closed (for its retention); reopened, it is open again. */
    void setStatus(long signalId, CaseStatus status, LocalDateTime at) {
        jdbc.sql("UPDATE signal_case SET status = :status, "
                + "closed_at = CASE WHEN :closed THEN COALESCE(closed_at, :at) END WHERE id = :id")
                .param("status", status.name()).param("closed", status.closed()).param("at", at)
                .param("id", signalId).update();
    }

    void handOver(long signalId, Handover to, LocalDate date, LocalDateTime at) {
        jdbc.sql("UPDATE signal_case SET status = 'HANDED_OVER', handover_to = :to, handover_date = :date, "
                + "closed_at = COALESCE(closed_at, :at) WHERE id = :id")
                .param("to", to.name()).param("date", date).param("at", at).param("id", signalId).update();
    }

    private SignalCase signal(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String indicators = rs.getString("indicators");
        Set<Indicator> set = indicators.isEmpty() ? EnumSet.noneOf(Indicator.class)
                : Arrays.stream(indicators.split(",")).map(Indicator::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Indicator.class)));
        String description = rs.getString("description_enc");
        LocalDateTime escalated = rs.getObject("escalated_at", LocalDateTime.class);
        String handover = rs.getString("handover_to");
        return new SignalCase(id, rs.getString("municipality_id"),
                rs.getObject("raised_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject("request_id", Long.class), rs.getObject("visit_id", Long.class), set,
                description == null ? null : cipher.decrypt(description, DESCRIPTION),
                Urgency.valueOf(rs.getString("urgency")),
                escalated == null ? null : escalated.toInstant(ZoneOffset.UTC),
                CaseStatus.valueOf(rs.getString("status")), handover == null ? null : Handover.valueOf(handover),
                rs.getObject("handover_date", LocalDate.class), notes(id),
                rs.getObject("assignee_account_id", Long.class));
    }

    private List<String> notes(long signalId) {
        return jdbc.sql("SELECT written_at, author_role, text_enc FROM signal_note WHERE signal_id = :signal "
                + "ORDER BY written_at, id")
                .param("signal", signalId)
                .query((rs, i) -> rs.getObject("written_at", LocalDateTime.class) + " " + rs.getString("author_role")
                        + ": " + cipher.decrypt(rs.getString("text_enc"), NOTE))
                .list();
    }

    // ---- retention

    List<Long> closedBefore(LocalDateTime beforeUtc) {
        return jdbc.sql("SELECT id FROM signal_case WHERE closed_at < :before").param("before", beforeUtc)
                .query(Long.class).list();
    }

    List<Long> neverEscalatedRaisedBefore(LocalDateTime beforeUtc) {
        return jdbc.sql("SELECT id FROM signal_case WHERE escalated_at IS NULL AND closed_at IS NULL "
                + "AND raised_at < :before").param("before", beforeUtc).query(Long.class).list();
    }

    /** Closes a case (the database lets only a closed case go). */
    void close(long signalId, LocalDateTime at) {
        jdbc.sql("UPDATE signal_case SET status = 'CLOSED', closed_at = :at WHERE id = :id").param("at", at)
                .param("id", signalId).update();
    }

    /** Erases a closed case with its notes. */
    void erase(long signalId) {
        jdbc.sql("DELETE FROM signal_note WHERE signal_id = :id").param("id", signalId).update();
        jdbc.sql("DELETE FROM signal_case_assignment WHERE signal_id = :id").param("id", signalId).update();
        jdbc.sql("DELETE FROM signal_case WHERE id = :id").param("id", signalId).update();
    }
}
