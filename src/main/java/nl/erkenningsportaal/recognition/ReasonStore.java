package nl.erkenningsportaal.recognition;

import static nl.erkenningsportaal.recognition.LifecycleTime.instant;
import static nl.erkenningsportaal.recognition.LifecycleTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of the reason catalogue ({@code reason_entry}, {@code reason_default_off}, {@code reason_history}) and of the
 * answers to extra checklist items ({@code checklist_answer}). A row of {@code reason_entry} is written once and later
 * only archived; a change is a new row of the same lineage.
 */
@Component
class ReasonStore {

    private static final String COLUMNS = "id, lineage, kind, municipality_id, category, text_key, text_nl, text_en, "
            + "required, created_at, archived_at";

    private final JdbcClient jdbc;

    ReasonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReasonEntry> entry(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reason_entry WHERE id = :id").param("id", id)
                .query(ReasonStore::entry).optional();
    }

    /** The current (not archived) entries of a kind for the region and, when given, one municipality. */
    List<ReasonEntry> current(ReasonKind kind, @Nullable String municipalityId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reason_entry WHERE kind = :kind AND archived_at IS NULL "
                + "AND (municipality_id IS NULL OR municipality_id = :municipality) "
                + "ORDER BY municipality_id IS NOT NULL, id")
                .param("kind", kind.name()).param("municipality", municipalityId)
                .query(ReasonStore::entry).list();
    }

    /** The lineages of the region defaults a municipality switched off. */
    Set<String> switchedOff(String municipalityId) {
        return jdbc.sql("SELECT lineage FROM reason_default_off WHERE municipality_id = :municipality")
                .param("municipality", municipalityId).query((rs, i) -> rs.getString("lineage")).set();
    }

    long insert(String lineage, ReasonKind kind, @Nullable String municipalityId, @Nullable String category,
            @Nullable String textKey, @Nullable String textNl, @Nullable String textEn, boolean required,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reason_entry (lineage, kind, municipality_id, category, text_key, text_nl, text_en,
                                          required, created_at)
                VALUES (:lineage, :kind, :municipality, :category, :textKey, :nl, :en, :required, :at)""")
                .param("lineage", lineage).param("kind", kind.name()).param("municipality", municipalityId)
                .param("category", category).param("textKey", textKey).param("nl", textNl).param("en", textEn)
                .param("required", required).param("at", utc(at))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    static String newLineage() {
        return UUID.randomUUID().toString();
    }

    /** Archives the row if it is still current; false when someone else archived or changed it first. */
    boolean archive(long id, Instant at) {
        return jdbc.sql("UPDATE reason_entry SET archived_at = :at WHERE id = :id AND archived_at IS NULL")
                .param("at", utc(at)).param("id", id).update() == 1;
    }

    void switchOff(String municipalityId, String lineage, Instant at) {
        jdbc.sql("INSERT IGNORE INTO reason_default_off (municipality_id, lineage, switched_at) "
                + "VALUES (:municipality, :lineage, :at)")
                .param("municipality", municipalityId).param("lineage", lineage).param("at", utc(at)).update();
    }

    void switchOn(String municipalityId, String lineage) {
        jdbc.sql("DELETE FROM reason_default_off WHERE municipality_id = :municipality AND lineage = :lineage")
                .param("municipality", municipalityId).param("lineage", lineage).update();
    }

    void history(@Nullable String municipalityId, long entryId, String action, long staffId, Instant at) {
        jdbc.sql("INSERT INTO reason_history (municipality_id, entry_id, action, staff_id, changed_at) "
                + "VALUES (:municipality, :entry, :action, :staff, :at)")
                .param("municipality", municipalityId).param("entry", entryId).param("action", action)
                .param("staff", staffId).param("at", utc(at)).update();
    }

    /** The changes of the region (municipality null) or of one municipality, newest first. */
    List<ReasonChange> changes(@Nullable String municipalityId, int limit) {
        record Row(LocalDateTime at, @Nullable Long staff, String action, long entry) {}
        List<Row> rows = jdbc.sql("SELECT changed_at, staff_id, action, entry_id FROM reason_history "
                + "WHERE municipality_id <=> :municipality ORDER BY changed_at DESC, id DESC LIMIT :limit")
                .param("municipality", municipalityId).param("limit", limit)
                .query((rs, i) -> new Row(rs.getObject("changed_at", LocalDateTime.class),
                        rs.getObject("staff_id", Long.class), rs.getString("action"), rs.getLong("entry_id")))
                .list();
        Map<Long, ReasonEntry> entries = rows.isEmpty() ? Map.of()
                : jdbc.sql("SELECT " + COLUMNS + " FROM reason_entry WHERE id IN (:ids)")
                        .param("ids", rows.stream().map(Row::entry).distinct().toList())
                        .query(ReasonStore::entry).list().stream()
                        .collect(Collectors.toMap(ReasonEntry::id, e -> e));
        return rows.stream().map(r -> new ReasonChange(Objects.requireNonNull(instant(r.at())), r.staff(),
                r.action(), entries.get(r.entry()))).toList();
    }

    /** Removes the staff id from changes made before {@code before}; how many rows, at most {@code batch}. */
    int forgetStaffBefore(LocalDateTime before, int batch) {
        return jdbc.sql("UPDATE reason_history SET staff_id = NULL WHERE staff_id IS NOT NULL "
                + "AND changed_at < :before LIMIT :batch")
                .param("before", before).param("batch", batch).update();
    }

    // ---- answers to extra checklist items

    void replaceAnswers(long requestId, String phase, Map<Long, Boolean> answers, Instant at) {
        jdbc.sql("DELETE FROM checklist_answer WHERE request_id = :request AND phase = :phase")
                .param("request", requestId).param("phase", phase).update();
        answers.forEach((entry, ticked) -> jdbc.sql("""
                INSERT INTO checklist_answer (request_id, phase, entry_id, ticked, answered_at)
                VALUES (:request, :phase, :entry, :ticked, :at)""")
                .param("request", requestId).param("phase", phase).param("entry", entry).param("ticked", ticked)
                .param("at", utc(at)).update());
    }

    List<ChecklistAnswer> answers(long requestId, String phase) {
        return jdbc.sql("SELECT e.id, e.lineage, e.kind, e.municipality_id, e.category, e.text_key, e.text_nl, "
                + "e.text_en, e.required, e.created_at, e.archived_at, a.ticked FROM checklist_answer a "
                + "JOIN reason_entry e ON e.id = a.entry_id WHERE a.request_id = :request AND a.phase = :phase "
                + "ORDER BY e.municipality_id IS NOT NULL, e.id")
                .param("request", requestId).param("phase", phase)
                .query((rs, i) -> new ChecklistAnswer(entry(rs, i), rs.getBoolean("ticked"))).list();
    }

    private static ReasonEntry entry(ResultSet rs, int row) throws SQLException {
        return new ReasonEntry(rs.getLong("id"), rs.getString("lineage"), ReasonKind.valueOf(rs.getString("kind")),
                rs.getString("municipality_id"), rs.getString("category"), rs.getString("text_key"),
                rs.getString("text_nl"), rs.getString("text_en"), rs.getBoolean("required"),
                Objects.requireNonNull(instant(rs.getObject("created_at", LocalDateTime.class))),
                instant(rs.getObject("archived_at", LocalDateTime.class)));
    }
}
