package nl.erkenningsportaal.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The consultation tables, read and written with plain SQL: the places are counted by the database
 * ({@link #take}: {@code booked = booked + 1 WHERE booked < capacity}), never in Java memory.
 */
@Component
class ConsultationStore {

    static final String SESSION_SELECT = """
            SELECT s.id, s.session_date, s.start_time, s.end_time, l.name, l.address, l.accessibility_notes,
                   s.cancelled, s.cancel_message, s.walk_ins,
                   COALESCE((SELECT SUM(capacity) FROM consultation_slot WHERE session_id = s.id), 0) AS capacity,
                   COALESCE((SELECT SUM(booked) FROM consultation_slot WHERE session_id = s.id), 0) AS booked
            FROM consultation_session s
            JOIN consultation_series r ON r.id = s.series_id
            JOIN consultation_location l ON l.id = r.location_id
            """;

    /** The encryption context of a booking's work name: a value copied into another column does not decrypt. */
    static final String WORK_NAME = "consultation_booking.work_name";

    final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    ConsultationStore(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A work name as stored ({@code work_name_enc}): it can identify the worker, so only ciphertext. */
    @Nullable String sealWorkName(@Nullable String workName) {
        return workName == null ? null : cipher.encrypt(workName, WORK_NAME);
    }

    @Nullable String openWorkName(@Nullable String stored) {
        return stored == null ? null : cipher.decrypt(stored, WORK_NAME);
    }

    /** Takes a place if one is free: true when this caller got it. */
    boolean take(long slotId) {
        return jdbc.update("""
                UPDATE consultation_slot sl JOIN consultation_session s ON s.id = sl.session_id
                SET sl.booked = sl.booked + 1
                WHERE sl.id = ? AND sl.booked < sl.capacity AND NOT s.cancelled""", slotId) == 1;
    }

    void release(long slotId) {
        jdbc.update("UPDATE consultation_slot SET booked = booked - 1 WHERE id = ? AND booked > 0", slotId);
    }

    static SessionSummary session(ResultSet rs, int i) throws SQLException {
        return new SessionSummary(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class),
                rs.getObject(4, LocalTime.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getBoolean(8), rs.getString(9), rs.getInt(11), rs.getInt(12), rs.getInt(10));
    }

    Optional<SessionSummary> session(long sessionId) {
        return jdbc.query(SESSION_SELECT + " WHERE s.id = ?", ConsultationStore::session, sessionId).stream()
                .findFirst();
    }

    List<SlotView> slots(long sessionId) {
        return slots(List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** The slots of several sessions in one query, by session, each list in time order. */
    Map<Long, List<SlotView>> slots(Collection<Long> sessionIds) {
        Map<Long, List<SlotView>> bySession = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return bySession;
        }
        jdbc.query("SELECT session_id, id, start_time, end_time, capacity, booked FROM consultation_slot "
                + "WHERE session_id IN (" + String.join(",", Collections.nCopies(sessionIds.size(), "?"))
                + ") ORDER BY session_id, start_time", (RowCallbackHandler) rs -> bySession
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SlotView(rs.getLong(2),
                                rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getInt(5),
                                rs.getInt(6))), sessionIds.toArray());
        return bySession;
    }

    /** The slot's session, time and whether the session serves the municipality. */
    record SlotContext(long slotId, long sessionId, LocalDate date, LocalTime start, LocalTime end,
            boolean cancelled, String locationName, String locationAddress, boolean servesMunicipality) {
        LocalDateTime startDateTime() {
            return date.atTime(start);
        }
    }

    Optional<SlotContext> slot(long slotId, String municipalityId) {
        return jdbc.query("""
                SELECT sl.id, s.id, s.session_date, sl.start_time, sl.end_time, s.cancelled, l.name, l.address,
                       EXISTS (SELECT 1 FROM consultation_series_municipality m
                               WHERE m.series_id = s.series_id AND m.municipality_id = ?)
                FROM consultation_slot sl
                JOIN consultation_session s ON s.id = sl.session_id
                JOIN consultation_series r ON r.id = s.series_id
                JOIN consultation_location l ON l.id = r.location_id
                WHERE sl.id = ?""", (rs, i) -> new SlotContext(rs.getLong(1), rs.getLong(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class),
                rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)), municipalityId, slotId)
                .stream().findFirst();
    }
}
