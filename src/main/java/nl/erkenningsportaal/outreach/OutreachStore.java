package nl.erkenningsportaal.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.platform.AssignmentChange;
import nl.erkenningsportaal.platform.Whose;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The outreach tables and the only place that holds their SQL ({@link JdbcClient}, named parameters, rows read by
 * column name). Every query is filtered by the municipality; the reference of an advertisement, the address and
 * the notes of a visit are encrypted on the way in and decrypted on the way out.
 */
@Component
class OutreachStore {

    static final String REFERENCE = "outreach_advertisement.reference";
    static final String ADDRESS = "outreach_visit.address";
    static final String NOTES = "outreach_visit.notes";

    private static final String VISIT_SELECT = "SELECT id, visited_at, address_enc, advertisement_id, first_language, "
            + "outcome, follow_up, notes_enc, request_id, assignee_account_id FROM outreach_visit ";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    OutreachStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private static long key(KeyHolder keys) {
        return Objects.requireNonNull(keys.getKey(), "generated key").longValue();
    }

    long insertAdvertisement(String municipalityId, Platform platform, String reference, LocalDate firstSeen,
            LocalDate lastSeen) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO outreach_advertisement (municipality_id, platform, reference_enc, first_seen, last_seen) "
                + "VALUES (:municipality, :platform, :reference, :firstSeen, :lastSeen)")
                .param("municipality", municipalityId).param("platform", platform.name())
                .param("reference", cipher.encrypt(reference, REFERENCE)).param("firstSeen", firstSeen)
                .param("lastSeen", lastSeen).update(keys);
        return key(keys);
    }

    List<Advertisement> advertisements(String municipalityId) {
        return jdbc.sql("SELECT id, platform, reference_enc, first_seen, last_seen FROM outreach_advertisement "
                + "WHERE municipality_id = :municipality ORDER BY last_seen DESC, id DESC")
                .param("municipality", municipalityId)
                .query((rs, i) -> new Advertisement(rs.getLong("id"), Platform.valueOf(rs.getString("platform")),
                        cipher.decrypt(rs.getString("reference_enc"), REFERENCE),
                        rs.getObject("first_seen", LocalDate.class), rs.getObject("last_seen", LocalDate.class)))
                .list();
    }

    long insertVisit(String municipalityId, long officerAccountId, NewVisit v, String address,
            @Nullable String firstLanguage, @Nullable String notes) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outreach_visit (municipality_id, officer_account_id, address_enc, visited_at,
                  advertisement_id, first_language, outcome, follow_up, notes_enc)
                VALUES (:municipality, :officer, :address, :visitedAt, :advertisement, :language, :outcome, :followUp,
                  :notes)""")
                .param("municipality", municipalityId).param("officer", officerAccountId)
                .param("address", cipher.encrypt(address, ADDRESS)).param("visitedAt", v.visitedAt())
                .param("advertisement", v.advertisementId()).param("language", firstLanguage)
                .param("outcome", v.outcome().name()).param("followUp", v.followUp())
                .param("notes", notes == null ? null : cipher.encrypt(notes, NOTES))
                .update(keys);
        return key(keys);
    }

    /** The municipality's visits in {@code [from, to)}, newest first, of one outcome or all; at most 500. */
    List<Visit> visits(String municipalityId, @Nullable Outcome outcome, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql(VISIT_SELECT + "WHERE municipality_id = :municipality AND visited_at >= :from "
                + "AND visited_at < :to" + (outcome == null ? "" : " AND outcome = :outcome")
                + " ORDER BY visited_at DESC, id DESC LIMIT 500")
                .param("municipality", municipalityId).param("from", from).param("to", to)
                .param("outcome", outcome == null ? null : outcome.name())
                .query(this::visit).list();
    }

    /** The municipality's follow-ups due by {@code by}, of {@code whose} (for officer {@code me}), earliest first. */
    List<Visit> followUpsDue(String municipalityId, LocalDate by, Whose whose, long me) {
        return jdbc.sql(VISIT_SELECT + "WHERE municipality_id = :municipality AND follow_up IS NOT NULL "
                + "AND follow_up <= :by" + switch (whose) {
                    case MINE -> " AND assignee_account_id = :me";
                    case UNASSIGNED -> " AND assignee_account_id IS NULL";
                    case EVERYONE -> "";
                } + " ORDER BY follow_up, id")
                .param("municipality", municipalityId).param("by", by).param("me", me).query(this::visit).list();
    }

    /** Gives a visit of the municipality to {@code assigneeId} (null: nobody) and writes it in its history. */
    boolean assign(String municipalityId, long visitId, @Nullable Long assigneeId, long changedBy, LocalDateTime at) {
        if (jdbc.sql("UPDATE outreach_visit SET assignee_account_id = :assignee WHERE id = :id "
                + "AND municipality_id = :municipality")
                .param("assignee", assigneeId).param("id", visitId).param("municipality", municipalityId)
                .update() == 0) {
            return false;
        }
        assignmentChanged(visitId, assigneeId, changedBy, at);
        return true;
    }

    /** Adds a line to the visit's assignment history: to whom ({@code null}: released), by whom, when (UTC). */
    private void assignmentChanged(long visitId, @Nullable Long assigneeId, long changedBy, LocalDateTime at) {
        jdbc.sql("INSERT INTO outreach_visit_assignment (visit_id, changed_at, assignee_account_id, changed_by) "
                + "VALUES (:visit, :at, :assignee, :by)")
                .param("visit", visitId).param("at", at).param("assignee", assigneeId).param("by", changedBy)
                .update();
    }

    /**
     * Releases every follow-up assigned to {@code accountId} (a disabled account), each change in the visit's
     * assignment history by {@code changedBy}. Returns the visits released.
     */
    List<Long> releaseAllOf(long accountId, long changedBy, LocalDateTime at) {
        List<Long> ids = jdbc.sql("SELECT id FROM outreach_visit WHERE assignee_account_id = :account FOR UPDATE")
                .param("account", accountId).query(Long.class).list();
        jdbc.sql("UPDATE outreach_visit SET assignee_account_id = NULL WHERE assignee_account_id = :account")
                .param("account", accountId).update();
        ids.forEach(id -> assignmentChanged(id, null, changedBy, at));
        return ids;
    }

    /** A visit's assignment history, oldest first (times UTC). */
    List<AssignmentChange> assignments(long visitId) {
        return jdbc.sql("SELECT changed_at, assignee_account_id, changed_by FROM outreach_visit_assignment "
                + "WHERE visit_id = :visit ORDER BY changed_at, id")
                .param("visit", visitId)
                .query(AssignmentChange::fromRow)
                .list();
    }

    Optional<Visit> visit(String municipalityId, long id) {
        return jdbc.sql(VISIT_SELECT + "WHERE municipality_id = :municipality AND id = :id")
                .param("municipality", municipalityId).param("id", id).query(this::visit).optional();
    }

    boolean visitExists(String municipalityId, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM outreach_visit WHERE id = :id AND municipality_id = :municipality")
                .param("id", id).param("municipality", municipalityId).query(Integer.class).single() > 0;
    }

    /** Visits in {@code [from, to)} by outcome; outcomes without visits are absent. */
    Map<Outcome, Integer> countsByOutcome(String municipalityId, LocalDateTime from, LocalDateTime to) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        jdbc.sql("SELECT outcome, COUNT(*) AS visits FROM outreach_visit WHERE municipality_id = :municipality "
                + "AND visited_at >= :from AND visited_at < :to GROUP BY outcome")
                .param("municipality", municipalityId).param("from", from).param("to", to)
                .query((RowCallbackHandler) rs -> counts.put(Outcome.valueOf(rs.getString("outcome")),
                        rs.getInt("visits")));
        return counts;
    }

    /** Links a visit of the municipality to a request; false when there is no such visit. */
    boolean linkRequest(String municipalityId, long visitId, long requestId) {
        return jdbc.sql("UPDATE outreach_visit SET request_id = :request WHERE id = :id "
                + "AND municipality_id = :municipality")
                .param("request", requestId).param("id", visitId).param("municipality", municipalityId)
                .update() > 0;
    }

    /** Clears a visit's follow-up date; false when there is no such visit. */
    boolean clearFollowUp(String municipalityId, long visitId) {
        return jdbc.sql("UPDATE outreach_visit SET follow_up = NULL WHERE id = :id AND municipality_id = :municipality")
                .param("id", visitId).param("municipality", municipalityId).update() > 0;
    }

    private Visit visit(ResultSet rs, int row) throws SQLException {
        String notes = rs.getString("notes_enc");
        String address = rs.getString("address_enc");
        return new Visit(rs.getLong("id"), rs.getObject("visited_at", LocalDateTime.class),
                address == null ? null : cipher.decrypt(address, ADDRESS), rs.getObject("advertisement_id", Long.class),
                rs.getString("first_language"), Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("follow_up", LocalDate.class), notes == null ? null : cipher.decrypt(notes, NOTES),
                rs.getObject("request_id", Long.class), rs.getObject("assignee_account_id", Long.class));
    }

    // ---- retention

    /**
     * Erases the address, notes and follow-up of at most {@code batch} of the municipality's visits with one of
     * {@code outcomes} made before {@code before}; returns how many.
     */
    int forgetAddressesBefore(String municipalityId, List<String> outcomes, LocalDateTime before, int batch) {
        return jdbc.sql("""
                UPDATE outreach_visit SET address_enc = NULL, notes_enc = NULL, follow_up = NULL
                WHERE municipality_id = :municipality AND outcome IN (:outcomes) AND visited_at < :before
                  AND (address_enc IS NOT NULL OR notes_enc IS NOT NULL OR follow_up IS NOT NULL)
                LIMIT :batch""").param("municipality", municipalityId).param("outcomes", outcomes)
                .param("before", before).param("batch", batch).update();
    }

    /** Deletes at most {@code batch} of the municipality's visits made before {@code before}; returns how many. */
    int deleteVisitsBefore(String municipalityId, LocalDateTime before, int batch) {
        return jdbc.sql("DELETE FROM outreach_visit WHERE municipality_id = :municipality AND visited_at < :before "
                + "LIMIT :batch").param("municipality", municipalityId).param("before", before)
                .param("batch", batch).update();
    }

    List<Long> advertisementsLastSeenBefore(String municipalityId, LocalDate before) {
        return jdbc.sql("SELECT id FROM outreach_advertisement WHERE municipality_id = :municipality "
                + "AND last_seen < :before").param("municipality", municipalityId).param("before", before)
                .query(Long.class).list();
    }

    /** Deletes an advertisement; the visits that named it stay, without the link. */
    void deleteAdvertisement(long id) {
        jdbc.sql("UPDATE outreach_visit SET advertisement_id = NULL WHERE advertisement_id = :id").param("id", id)
                .update();
        jdbc.sql("DELETE FROM outreach_advertisement WHERE id = :id").param("id", id).update();
    }
}
