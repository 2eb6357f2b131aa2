package nl.erkenningsportaal.consultation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The consultation tables, and the only place that holds their SQL ({@link JdbcClient}, named parameters, rows
 * mapped by column name). The places are counted by the database ({@link #take}:
 * {@code booked = booked + 1 WHERE booked < capacity}), never in Java memory.
 */
@Component
class ConsultationStore {

    /** A session with its location and the places of all its slots, as {@link SessionSummary}. */
    private static final String SESSION_SELECT = """
            SELECT s.id, s.session_date AS `date`, s.start_time AS `start`, s.end_time AS `end`,
                   l.name AS location_name, l.address AS location_address, l.accessibility_notes,
                   s.cancelled, s.cancel_message, s.walk_ins,
                   COALESCE((SELECT SUM(capacity) FROM consultation_slot WHERE session_id = s.id), 0) AS capacity,
                   COALESCE((SELECT SUM(booked) FROM consultation_slot WHERE session_id = s.id), 0) AS booked
            FROM consultation_session s
            JOIN consultation_series r ON r.id = s.series_id
            JOIN consultation_location l ON l.id = r.location_id
            """;

    /** A worker's booking with its time and place, as {@link MyBooking}. */
    private static final String BOOKING_SELECT = """
            SELECT b.id, b.slot_id, b.booking_code, s.session_date, sl.start_time, sl.end_time, l.name, l.address,
                   b.language, b.interpreter, b.reason, b.status, b.municipality_id
            FROM consultation_booking b
            JOIN consultation_slot sl ON sl.id = b.slot_id
            JOIN consultation_session s ON s.id = sl.session_id
            JOIN consultation_series r ON r.id = s.series_id
            JOIN consultation_location l ON l.id = r.location_id
            """;

    private static final RowMapper<MyBooking> MY_BOOKING = (rs, i) -> new MyBooking(rs.getLong("id"),
            rs.getLong("slot_id"), rs.getString("booking_code"), rs.getObject("session_date", LocalDate.class),
            rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
            rs.getString("name"), rs.getString("address"), rs.getString("language"), rs.getBoolean("interpreter"),
            reason(rs.getString("reason")), BookingStatus.valueOf(rs.getString("status")),
            rs.getString("municipality_id"));

    /** The encryption context of a booking's work name: a value copied into another column does not decrypt. */
    static final String WORK_NAME = "consultation_booking.work_name";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ConsultationStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A work name as stored ({@code work_name_enc}): it can identify the worker, so only ciphertext. */
    private @Nullable String sealWorkName(@Nullable String workName) {
        return workName == null ? null : cipher.encrypt(workName, WORK_NAME);
    }

    private @Nullable String openWorkName(@Nullable String stored) {
        return stored == null ? null : cipher.decrypt(stored, WORK_NAME);
    }

    static @Nullable Reason reason(@Nullable String name) {
        return name == null ? null : Reason.valueOf(name);
    }

    private static @Nullable String name(@Nullable Reason reason) {
        return reason == null ? null : reason.name();
    }

    private static long key(KeyHolder keys) {
        return Objects.requireNonNull(keys.getKey(), "generated key").longValue();
    }

    // ---- places

    /** Takes a place if one is free: true when this caller got it. */
    boolean take(long slotId) {
        return jdbc.sql("""
                UPDATE consultation_slot sl JOIN consultation_session s ON s.id = sl.session_id
                SET sl.booked = sl.booked + 1
                WHERE sl.id = :slot AND sl.booked < sl.capacity AND NOT s.cancelled""")
                .param("slot", slotId).update() == 1;
    }

    void release(long slotId) {
        // a capacity lowered below the places booked (places_target) comes down with each place freed; every
        // expression reads the row as it was (booked is assigned last), whatever MariaDB's assignment order
        jdbc.sql("""
                UPDATE consultation_slot
                SET capacity = IF(places_target IS NULL, capacity, GREATEST(places_target, booked - 1)),
                    places_target = IF(places_target IS NULL OR places_target >= booked - 1, NULL, places_target),
                    booked = booked - 1
                WHERE id = :slot AND booked > 0""")
                .param("slot", slotId).update();
    }

    // ---- locations, series, sessions and slots

    /** The locations in use (not archived): where a new series can be held. */
    List<Location> locations() {
        return jdbc.sql("SELECT id, name, address, accessibility_notes FROM consultation_location "
                + "WHERE archived_at IS NULL ORDER BY name")
                .query(Location.class).list();
    }

    /** Every location, archived ones too, with how many sessions (not cancelled) it holds from {@code today} on. */
    List<LocationOverview> locationOverview(LocalDate today) {
        return jdbc.sql("""
                SELECT l.id, l.name, l.address, l.accessibility_notes, l.archived_at IS NOT NULL AS archived,
                       (SELECT COUNT(*) FROM consultation_session s JOIN consultation_series r ON r.id = s.series_id
                        WHERE r.location_id = l.id AND NOT s.cancelled AND s.session_date >= :today)
                         AS coming_sessions
                FROM consultation_location l ORDER BY archived, l.name""")
                .param("today", today).query(LocationOverview.class).list();
    }

    /** The sessions (not cancelled) held at a location from {@code today} on. */
    List<SessionSummary> comingSessionsAt(long locationId, LocalDate today) {
        return jdbc.sql(SESSION_SELECT + """
                 WHERE r.location_id = :location AND NOT s.cancelled AND s.session_date >= :today
                 ORDER BY s.session_date, s.start_time, s.id""")
                .param("location", locationId).param("today", today).query(SessionSummary.class).list();
    }

    /** Corrects a location; false when there is no such location. */
    boolean changeLocation(long locationId, String name, String address, @Nullable String accessibilityNotes) {
        return jdbc.sql("UPDATE consultation_location SET name = :name, address = :address, "
                + "accessibility_notes = :notes WHERE id = :location")
                .param("name", name).param("address", address).param("notes", accessibilityNotes)
                .param("location", locationId).update() > 0;
    }

    boolean locationExists(long locationId) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_location WHERE id = :location")
                .param("location", locationId).query(Integer.class).single() > 0;
    }

    /** Archives a location in use; false when it was archived already (or does not exist). */
    boolean archiveLocation(long locationId, LocalDateTime at) {
        return jdbc.sql("UPDATE consultation_location SET archived_at = :at WHERE id = :location "
                + "AND archived_at IS NULL")
                .param("at", at).param("location", locationId).update() == 1;
    }

    /** Takes an archived location back into use; false when it was not archived. */
    boolean reopenLocation(long locationId) {
        return jdbc.sql("UPDATE consultation_location SET archived_at = NULL WHERE id = :location "
                + "AND archived_at IS NOT NULL")
                .param("location", locationId).update() == 1;
    }

    long insertLocation(String name, String address, @Nullable String accessibilityNotes) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consultation_location (name, address, accessibility_notes) "
                + "VALUES (:name, :address, :notes)")
                .param("name", name).param("address", address).param("notes", accessibilityNotes).update(keys);
        return key(keys);
    }

    long insertSeries(NewSeries s) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation_series (location_id, weekday, start_time, end_time, slot_minutes,
                  places_per_slot, first_date, last_date)
                VALUES (:location, :weekday, :start, :end, :slotMinutes, :places, :first, :last)""")
                .param("location", s.locationId()).param("weekday", s.weekday().getValue())
                .param("start", s.start()).param("end", s.end()).param("slotMinutes", s.slotMinutes())
                .param("places", s.placesPerSlot()).param("first", s.firstDate()).param("last", s.lastDate())
                .update(keys);
        long seriesId = key(keys);
        for (String municipalityId : s.municipalityIds()) {
            jdbc.sql("INSERT INTO consultation_series_municipality (series_id, municipality_id) "
                    + "VALUES (:series, :municipality)")
                    .param("series", seriesId).param("municipality", municipalityId).update();
        }
        return seriesId;
    }

    long insertSession(long seriesId, LocalDate date, LocalTime start, LocalTime end) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consultation_session (series_id, session_date, start_time, end_time) "
                + "VALUES (:series, :date, :start, :end)")
                .param("series", seriesId).param("date", date).param("start", start).param("end", end).update(keys);
        return key(keys);
    }

    void insertSlot(long sessionId, LocalTime start, LocalTime end, int capacity) {
        jdbc.sql("INSERT INTO consultation_slot (session_id, start_time, end_time, capacity) "
                + "VALUES (:session, :start, :end, :capacity)")
                .param("session", sessionId).param("start", start).param("end", end).param("capacity", capacity)
                .update();
    }

    Optional<SessionSummary> session(long sessionId) {
        return jdbc.sql(SESSION_SELECT + " WHERE s.id = :session").param("session", sessionId)
                .query(SessionSummary.class).optional();
    }

    List<SessionSummary> sessions(LocalDate from, LocalDate to) {
        return jdbc.sql(SESSION_SELECT + " WHERE s.session_date BETWEEN :from AND :to "
                + "ORDER BY s.session_date, s.start_time")
                .param("from", from).param("to", to).query(SessionSummary.class).list();
    }

    /** Sessions between two dates that are not cancelled and serve the municipality; one of them, or all. */
    List<SessionSummary> bookableSessions(String municipalityId, LocalDate from, LocalDate to,
            @Nullable Long sessionId) {
        return jdbc.sql(SESSION_SELECT + """
                 WHERE s.session_date BETWEEN :from AND :to AND NOT s.cancelled AND EXISTS (
                   SELECT 1 FROM consultation_series_municipality m
                   WHERE m.series_id = s.series_id AND m.municipality_id = :municipality)
                 AND (:session IS NULL OR s.id = :session)
                 ORDER BY s.session_date, s.start_time, s.id""")
                .param("from", from).param("to", to).param("municipality", municipalityId)
                .param("session", sessionId).query(SessionSummary.class).list();
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
        jdbc.sql("SELECT session_id, id, start_time, end_time, capacity, booked FROM consultation_slot "
                + "WHERE session_id IN (:sessions) ORDER BY session_id, start_time")
                .param("sessions", sessionIds)
                .query((RowCallbackHandler) rs -> bySession.computeIfAbsent(rs.getLong("session_id"),
                        k -> new ArrayList<>()).add(new SlotView(rs.getLong("id"),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        rs.getInt("capacity"), rs.getInt("booked"))));
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
        return jdbc.sql("""
                SELECT sl.id AS slot_id, s.id AS session_id, s.session_date AS `date`, sl.start_time AS `start`,
                       sl.end_time AS `end`, s.cancelled, l.name AS location_name, l.address AS location_address,
                       EXISTS (SELECT 1 FROM consultation_series_municipality m
                               WHERE m.series_id = s.series_id AND m.municipality_id = :municipality)
                         AS serves_municipality
                FROM consultation_slot sl
                JOIN consultation_session s ON s.id = sl.session_id
                JOIN consultation_series r ON r.id = s.series_id
                JOIN consultation_location l ON l.id = r.location_id
                WHERE sl.id = :slot""")
                .param("municipality", municipalityId).param("slot", slotId).query(SlotContext.class).optional();
    }

    /** The slot length and places of the series a session belongs to. */
    record SeriesShape(int slotMinutes, int placesPerSlot) {}

    SeriesShape seriesOf(long sessionId) {
        return jdbc.sql("SELECT r.slot_minutes, r.places_per_slot FROM consultation_series r "
                + "JOIN consultation_session s ON s.series_id = r.id WHERE s.id = :session")
                .param("session", sessionId).query(SeriesShape.class).single();
    }

    /** The session's slots by start time, locked until the transaction ends. */
    Map<LocalTime, Long> lockSlotsByStart(long sessionId) {
        Map<LocalTime, Long> byStart = new HashMap<>();
        jdbc.sql("SELECT id, start_time FROM consultation_slot WHERE session_id = :session ORDER BY id FOR UPDATE")
                .param("session", sessionId)
                .query((RowCallbackHandler) rs -> byStart.put(rs.getObject("start_time", LocalTime.class),
                        rs.getLong("id")));
        return byStart;
    }

    /** Whether a slot holds a booking that is not cancelled, or a waiting list. */
    boolean inUse(long slotId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM consultation_booking WHERE slot_id = :slot AND status <> 'CANCELLED')
                     + (SELECT COUNT(*) FROM consultation_waiting WHERE slot_id = :slot)""")
                .param("slot", slotId).query(Integer.class).single() > 0;
    }

    /** Removes a slot with its cancelled bookings (they have nothing left to say). */
    void deleteSlot(long slotId) {
        jdbc.sql("DELETE FROM consultation_booking WHERE slot_id = :slot AND status = 'CANCELLED'")
                .param("slot", slotId).update();
        jdbc.sql("DELETE FROM consultation_slot WHERE id = :slot").param("slot", slotId).update();
    }

    void changeSessionTimes(long sessionId, LocalTime start, LocalTime end) {
        jdbc.sql("UPDATE consultation_session SET start_time = :start, end_time = :end WHERE id = :session")
                .param("start", start).param("end", end).param("session", sessionId).update();
    }

    /** Sets a slot's capacity unless more places are booked; true when it changed. */
    boolean changeCapacity(long slotId, int capacity) {
        return jdbc.sql("UPDATE consultation_slot SET capacity = :capacity, places_target = NULL "
                + "WHERE id = :slot AND booked <= :capacity")
                .param("capacity", capacity).param("slot", slotId).update() > 0;
    }

    /** Adds {@code delta} walk-ins, never below zero; true when the session exists and it changed. */
    boolean countWalkIn(long sessionId, int delta) {
        return jdbc.sql("UPDATE consultation_session SET walk_ins = walk_ins + :delta "
                + "WHERE id = :session AND walk_ins + :delta >= 0")
                .param("delta", delta).param("session", sessionId).update() > 0;
    }

    /** A booking that held a place, and its worker (none for a booking made for a caller). */
    record BookedWorker(long bookingId, @Nullable Long workerAccountId) {}

    List<BookedWorker> bookedIn(long sessionId) {
        return jdbc.sql("SELECT b.id AS booking_id, b.worker_account_id FROM consultation_booking b "
                + "JOIN consultation_slot sl ON sl.id = b.slot_id WHERE sl.session_id = :session "
                + "AND b.status = 'BOOKED'")
                .param("session", sessionId).query(BookedWorker.class).list();
    }

    /** Cancels the session with its message; its bookings are cancelled, its places and waiting lists end. */
    void cancelSession(long sessionId, String message) {
        jdbc.sql("UPDATE consultation_session SET cancelled = TRUE, cancel_message = :message WHERE id = :session")
                .param("message", message).param("session", sessionId).update();
        jdbc.sql("UPDATE consultation_booking b JOIN consultation_slot sl ON sl.id = b.slot_id "
                + "SET b.status = 'CANCELLED' WHERE sl.session_id = :session AND b.status = 'BOOKED'")
                .param("session", sessionId).update();
        jdbc.sql("UPDATE consultation_slot SET booked = 0 WHERE session_id = :session")
                .param("session", sessionId).update();
        jdbc.sql("DELETE w FROM consultation_waiting w JOIN consultation_slot sl ON sl.id = w.slot_id "
                + "WHERE sl.session_id = :session")
                .param("session", sessionId).update();
    }

    // ---- bookings

    /** A new booking that holds a place; the unique key on (slot, worker, active) refuses a second one. */
    long insertBooking(long slotId, long worker, String municipalityId, String code, String language,
            boolean interpreter, @Nullable Reason reason, @Nullable String workName, LocalDateTime createdAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation_booking (slot_id, worker_account_id, municipality_id, booking_code,
                  language, interpreter, reason, work_name_enc, status, created_at)
                VALUES (:slot, :worker, :municipality, :code, :language, :interpreter, :reason, :workName,
                  'BOOKED', :createdAt)""")
                .param("slot", slotId).param("worker", worker).param("municipality", municipalityId)
                .param("code", code).param("language", language).param("interpreter", interpreter)
                .param("reason", name(reason)).param("workName", sealWorkName(workName)).param("createdAt", createdAt)
                .update(keys);
        return key(keys);
    }

    /** A booking for someone who phones: no account, only the code read out to her; marked {@code by_phone}. */
    long insertCallerBooking(long slotId, String municipalityId, String code, String language, boolean interpreter,
            LocalDateTime createdAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consultation_booking (slot_id, worker_account_id, municipality_id, booking_code, language,
                  interpreter, status, created_at, by_phone)
                VALUES (:slot, NULL, :municipality, :code, :language, :interpreter, 'BOOKED', :createdAt, TRUE)""")
                .param("slot", slotId).param("municipality", municipalityId).param("code", code)
                .param("language", language).param("interpreter", interpreter).param("createdAt", createdAt)
                .update(keys);
        return key(keys);
    }

    /** The booking with this code, whoever made it, as the GGD sees it on the phone. */
    Optional<CallerBooking> bookingByCode(String code) {
        return jdbc.sql("""
                SELECT b.id, b.booking_code AS code, b.slot_id, s.session_date AS `date`, sl.start_time AS `start`,
                       sl.end_time AS `end`, l.name AS location_name, l.address AS location_address,
                       b.municipality_id, b.language, b.status, b.by_phone
                FROM consultation_booking b
                JOIN consultation_slot sl ON sl.id = b.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                JOIN consultation_series r ON r.id = s.series_id
                JOIN consultation_location l ON l.id = r.location_id
                WHERE b.booking_code = :code""")
                .param("code", code).query(CallerBooking.class).optional();
    }

    /** Locks the booking with this code until the transaction ends (if there is one). */
    void lockBookingByCode(String code) {
        jdbc.sql("SELECT id FROM consultation_booking WHERE booking_code = :code FOR UPDATE")
                .param("code", code).query(Long.class).list();
    }

    /** The worker who made a booking herself; empty for a booking made for a caller. */
    Optional<Long> workerOf(long bookingId) {
        return jdbc.sql("SELECT worker_account_id FROM consultation_booking WHERE id = :booking "
                + "AND worker_account_id IS NOT NULL")
                .param("booking", bookingId).query(Long.class).optional();
    }

    /** The session of a booking and how many places that session has left (none when cancelled). */
    record SessionPlaces(long sessionId, LocalDate sessionDate, int free) {}

    Optional<SessionPlaces> placesOfBooking(long bookingId) {
        return jdbc.sql("""
                SELECT s.id AS session_id, s.session_date,
                       IF(s.cancelled, 0, (SELECT COALESCE(SUM(capacity - booked), 0) FROM consultation_slot
                                           WHERE session_id = s.id)) AS free
                FROM consultation_booking b
                JOIN consultation_slot sl ON sl.id = b.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                WHERE b.id = :booking""")
                .param("booking", bookingId).query(SessionPlaces.class).optional();
    }

    Optional<MyBooking> ownBooking(long bookingId, long worker) {
        return jdbc.sql(BOOKING_SELECT + " WHERE b.id = :booking AND b.worker_account_id = :worker")
                .param("booking", bookingId).param("worker", worker).query(MY_BOOKING).optional();
    }

    /** Locks the worker's own booking until the transaction ends; false when it is not theirs. */
    boolean lockOwnBooking(long bookingId, long worker) {
        return jdbc.sql("SELECT id FROM consultation_booking WHERE id = :booking AND worker_account_id = :worker "
                + "FOR UPDATE")
                .param("booking", bookingId).param("worker", worker).query(Long.class).optional().isPresent();
    }

    /** The worker's bookings, the newest appointment first. */
    List<MyBooking> bookingsOf(long worker) {
        return jdbc.sql(BOOKING_SELECT + " WHERE b.worker_account_id = :worker "
                + "ORDER BY s.session_date DESC, sl.start_time DESC")
                .param("worker", worker).query(MY_BOOKING).list();
    }

    /** The worker's bookings in date order, for their data export. */
    List<MyBooking> bookingsByDate(long worker) {
        return jdbc.sql(BOOKING_SELECT + " WHERE b.worker_account_id = :worker ORDER BY s.session_date")
                .param("worker", worker).query(MY_BOOKING).list();
    }

    void moveBooking(long bookingId, long slotId) {
        jdbc.sql("UPDATE consultation_booking SET slot_id = :slot WHERE id = :booking")
                .param("slot", slotId).param("booking", bookingId).update();
    }

    void setStatus(long bookingId, BookingStatus status) {
        jdbc.sql("UPDATE consultation_booking SET status = :status WHERE id = :booking")
                .param("status", status.name()).param("booking", bookingId).update();
    }

    /** The worker's bookings that hold a place and start after {@code now}. */
    int comingBookings(long worker, LocalDateTime now) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM consultation_booking b
                JOIN consultation_slot sl ON sl.id = b.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                WHERE b.worker_account_id = :worker AND b.status = 'BOOKED'
                  AND TIMESTAMP(s.session_date, sl.start_time) > :now""")
                .param("worker", worker).param("now", now).query(Integer.class).single();
    }

    boolean holdsPlace(long worker, long slotId) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_booking WHERE slot_id = :slot "
                + "AND worker_account_id = :worker AND status = 'BOOKED'")
                .param("slot", slotId).param("worker", worker).query(Integer.class).single() > 0;
    }

    /** The municipality of a booking that is not cancelled. */
    Optional<String> municipalityOfActiveBooking(long bookingId) {
        return jdbc.sql("SELECT municipality_id FROM consultation_booking WHERE id = :booking "
                + "AND status <> 'CANCELLED'")
                .param("booking", bookingId).query(String.class).optional();
    }

    /** A booking on the GGD's day list: its own booking code, never a worker, name or recognition number. */
    record DayRow(long id, long slotId, String bookingCode, @Nullable String workName, String language,
            boolean interpreter, @Nullable Reason reason, BookingStatus status) {}

    List<DayRow> dayBookings(long sessionId) {
        return jdbc.sql("""
                SELECT b.id, b.slot_id, b.booking_code, b.work_name_enc, b.language, b.interpreter, b.reason, b.status
                FROM consultation_booking b JOIN consultation_slot sl ON sl.id = b.slot_id
                WHERE sl.session_id = :session AND b.status <> 'CANCELLED' ORDER BY b.created_at""")
                .param("session", sessionId)
                .query((rs, i) -> new DayRow(rs.getLong("id"), rs.getLong("slot_id"), rs.getString("booking_code"),
                        openWorkName(rs.getString("work_name_enc")), rs.getString("language"), rs.getBoolean("interpreter"),
                        reason(rs.getString("reason")), BookingStatus.valueOf(rs.getString("status"))))
                .list();
    }

    // ---- waiting lists

    void insertWaiting(long slotId, long worker, String municipalityId, String language, boolean interpreter,
            @Nullable Reason reason, LocalDateTime createdAt) {
        jdbc.sql("""
                INSERT INTO consultation_waiting (slot_id, worker_account_id, municipality_id, language, interpreter,
                  reason, created_at) VALUES (:slot, :worker, :municipality, :language, :interpreter, :reason,
                  :createdAt)""")
                .param("slot", slotId).param("worker", worker).param("municipality", municipalityId)
                .param("language", language).param("interpreter", interpreter).param("reason", name(reason))
                .param("createdAt", createdAt).update();
    }

    void leaveWaiting(long slotId, long worker) {
        jdbc.sql("DELETE FROM consultation_waiting WHERE slot_id = :slot AND worker_account_id = :worker")
                .param("slot", slotId).param("worker", worker).update();
    }

    /** The worker's places on waiting lists, with their position in line. */
    List<MyWaiting> waitingOf(long worker) {
        return jdbc.sql("""
                SELECT w.slot_id, s.session_date AS `date`, sl.start_time AS `start`, l.name AS location_name,
                       (SELECT COUNT(*) FROM consultation_waiting o WHERE o.slot_id = w.slot_id
                          AND (o.created_at < w.created_at OR (o.created_at = w.created_at AND o.id <= w.id)))
                         AS `position`
                FROM consultation_waiting w
                JOIN consultation_slot sl ON sl.id = w.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                JOIN consultation_series r ON r.id = s.series_id
                JOIN consultation_location l ON l.id = r.location_id
                WHERE w.worker_account_id = :worker ORDER BY s.session_date, sl.start_time""")
                .param("worker", worker).query(MyWaiting.class).list();
    }

    /** The first in line for a slot, locked until the transaction ends. */
    record Waiting(long id, long workerAccountId, String municipalityId, String language, boolean interpreter,
            @Nullable String reason) {}

    Optional<Waiting> lockFirstWaiting(long slotId) {
        return jdbc.sql("SELECT id, worker_account_id, municipality_id, language, interpreter, reason "
                + "FROM consultation_waiting WHERE slot_id = :slot ORDER BY created_at, id LIMIT 1 FOR UPDATE")
                .param("slot", slotId).query(Waiting.class).optional();
    }

    void deleteWaiting(long waitingId) {
        jdbc.sql("DELETE FROM consultation_waiting WHERE id = :id").param("id", waitingId).update();
    }

    /** Waiting-list lengths of a session's slots, by slot. */
    Map<Long, Integer> waitingCounts(long sessionId) {
        Map<Long, Integer> waiting = new HashMap<>();
        jdbc.sql("SELECT w.slot_id, COUNT(*) AS waiting_count FROM consultation_waiting w "
                + "JOIN consultation_slot sl ON sl.id = w.slot_id WHERE sl.session_id = :session GROUP BY w.slot_id")
                .param("session", sessionId)
                .query((RowCallbackHandler) rs -> waiting.put(rs.getLong("slot_id"), rs.getInt("waiting_count")));
        return waiting;
    }

    /** The worker's waiting-list places as stored (slot and time), for their data export. */
    List<Map<String, Object>> waitingRowsOf(long worker) {
        return jdbc.sql("SELECT slot_id, created_at FROM consultation_waiting WHERE worker_account_id = :worker")
                .param("worker", worker).query().listOfRows();
    }

    // ---- booking rules

    private record RulesRow(int maxFutureBookings, int cancelUntilBeforeMinutes, int weeksAhead,
            int shortNoticeMinutes, int reminderBeforeMinutes, LocalDateTime changedAt) {
        BookingRules toRules() {
            return new BookingRules(maxFutureBookings, Duration.ofMinutes(cancelUntilBeforeMinutes), weeksAhead,
                    Duration.ofMinutes(shortNoticeMinutes), Duration.ofMinutes(reminderBeforeMinutes),
                    changedAt.toInstant(ZoneOffset.UTC));
        }
    }

    /** The newest {@code limit} versions of the booking rules, newest first. */
    List<BookingRules> bookingRules(int limit) {
        return jdbc.sql("""
                SELECT max_future_bookings, cancel_until_before_minutes, weeks_ahead, short_notice_minutes,
                       reminder_before_minutes, changed_at
                FROM consultation_booking_rules ORDER BY id DESC LIMIT :limit""")
                .param("limit", limit).query(RulesRow.class).stream().map(RulesRow::toRules).toList();
    }

    void insertBookingRules(BookingRules rules, Instant at) {
        jdbc.sql("""
                INSERT INTO consultation_booking_rules (max_future_bookings, cancel_until_before_minutes, weeks_ahead,
                    short_notice_minutes, reminder_before_minutes, changed_at)
                VALUES (:max, :cancel, :weeks, :shortNotice, :reminder, :at)""")
                .param("max", rules.maxFutureBookings()).param("cancel", rules.cancelUntilBefore().toMinutes())
                .param("weeks", rules.weeksAhead()).param("shortNotice", rules.shortNotice().toMinutes())
                .param("reminder", rules.reminderBefore().toMinutes())
                .param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    // ---- a series changed from a date on (issue 20)

    /** A series as it stands now, with its location's name. */
    record SeriesRow(long id, long locationId, String locationName, String locationAddress, int weekday,
            LocalTime startTime,
            LocalTime endTime, int slotMinutes, int placesPerSlot, LocalDate firstDate, LocalDate lastDate) {}

    private static final String SERIES_SELECT = """
            SELECT r.id, r.location_id, l.name AS location_name, l.address AS location_address, r.weekday, r.start_time, r.end_time, r.slot_minutes,
                   r.places_per_slot, r.first_date, r.last_date
            FROM consultation_series r JOIN consultation_location l ON l.id = r.location_id
            """;

    /** The series whose last date is not before {@code from}, by weekday and start. */
    List<SeriesRow> seriesRunningFrom(LocalDate from) {
        return jdbc.sql(SERIES_SELECT + " WHERE r.last_date >= :from ORDER BY r.weekday, r.start_time, r.id")
                .param("from", from).query(SeriesRow.class).list();
    }

    /** The series, locked until the transaction ends when {@code lock}. */
    Optional<SeriesRow> series(long seriesId, boolean lock) {
        return jdbc.sql(SERIES_SELECT + " WHERE r.id = :series" + (lock ? " FOR UPDATE" : ""))
                .param("series", seriesId).query(SeriesRow.class).optional();
    }

    /** Locks the slots of the series' sessions from {@code from} on: no booking slips in while they change. */
    void lockSlotsOfSeriesFrom(long seriesId, LocalDate from) {
        jdbc.sql("""
                SELECT sl.id FROM consultation_slot sl JOIN consultation_session s ON s.id = sl.session_id
                WHERE s.series_id = :series AND s.session_date >= :from ORDER BY sl.id FOR UPDATE""")
                .param("series", seriesId).param("from", from).query(Long.class).list();
    }

    /** A session of a series with its date, times and whether it was cancelled. */
    record SeriesSession(long id, LocalDate sessionDate, LocalTime startTime, LocalTime endTime,
            boolean cancelled) {}

    /** Every session of the series (cancelled ones too), in date order. */
    List<SeriesSession> sessionsOfSeries(long seriesId) {
        return jdbc.sql("SELECT id, session_date, start_time, end_time, cancelled FROM consultation_session "
                + "WHERE series_id = :series ORDER BY session_date, start_time, id")
                .param("series", seriesId).query(SeriesSession.class).list();
    }

    /** A booking that holds a place in one of the sessions; no worker for a booking made for a caller. */
    record HeldBooking(long id, long slotId, @Nullable Long workerAccountId, String bookingCode,
            String municipalityId, String language, boolean byPhone) {}

    List<HeldBooking> heldBookings(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT b.id, b.slot_id, b.worker_account_id, b.booking_code, b.municipality_id, b.language, b.by_phone
                FROM consultation_booking b JOIN consultation_slot sl ON sl.id = b.slot_id
                WHERE sl.session_id IN (:sessions) AND b.status = 'BOOKED' ORDER BY b.created_at, b.id""")
                .param("sessions", sessionIds).query(HeldBooking.class).list();
    }

    /** Whether any booking (in any state) or waiting-list place was ever made in the session. */
    boolean everUsed(long sessionId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM consultation_booking b JOIN consultation_slot sl ON sl.id = b.slot_id
                        WHERE sl.session_id = :session)
                     + (SELECT COUNT(*) FROM consultation_waiting w JOIN consultation_slot sl ON sl.id = w.slot_id
                        WHERE sl.session_id = :session)""")
                .param("session", sessionId).query(Integer.class).single() > 0;
    }

    /** Deletes a session nobody ever booked, with its slots. */
    void deleteUnusedSession(long sessionId) {
        jdbc.sql("DELETE FROM consultation_slot WHERE session_id = :session").param("session", sessionId).update();
        jdbc.sql("DELETE FROM consultation_session WHERE id = :session").param("session", sessionId).update();
    }

    /** Moves a slot to other times (its bookings and waiting list stay with it). */
    void moveSlot(long slotId, LocalTime start, LocalTime end) {
        jdbc.sql("UPDATE consultation_slot SET start_time = :start, end_time = :end WHERE id = :slot")
                .param("start", start).param("end", end).param("slot", slotId).update();
    }

    /**
     * Sets a slot's capacity; below the places already booked, the capacity stays at what is booked and
     * {@code places_target} holds the new one, which each cancellation approaches ({@link #release}).
     */
    void setCapacityKeepingBookings(long slotId, int capacity) {
        jdbc.sql("UPDATE consultation_slot SET places_target = IF(booked > :capacity, :capacity, NULL), "
                + "capacity = GREATEST(:capacity, booked) WHERE id = :slot")
                .param("capacity", capacity).param("slot", slotId).update();
    }

    /** A place on a waiting list of one of the sessions: whose, and for which slot. */
    record WaitingPlace(long id, long slotId, long workerAccountId, String municipalityId) {}

    /** The waiting-list places of the sessions' slots, each slot's in line order (as {@link #lockFirstWaiting}). */
    List<WaitingPlace> waitingPlaces(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT w.id, w.slot_id, w.worker_account_id, w.municipality_id
                FROM consultation_waiting w JOIN consultation_slot sl ON sl.id = w.slot_id
                WHERE sl.session_id IN (:sessions) ORDER BY w.slot_id, w.created_at, w.id""")
                .param("sessions", sessionIds).query(WaitingPlace.class).list();
    }

    void deleteWaitingOfSlot(long slotId) {
        jdbc.sql("DELETE FROM consultation_waiting WHERE slot_id = :slot").param("slot", slotId).update();
    }

    void changeSeries(long seriesId, LocalDate lastDate, LocalTime start, LocalTime end, int places) {
        jdbc.sql("UPDATE consultation_series SET last_date = :last, start_time = :start, end_time = :end, "
                + "places_per_slot = :places WHERE id = :series")
                .param("last", lastDate).param("start", start).param("end", end).param("places", places)
                .param("series", seriesId).update();
    }

    void insertSeriesChange(SeriesChangeRecord c) {
        jdbc.sql("""
                INSERT INTO consultation_series_change (series_id, changed_by, changed_at, from_date, last_date_before,
                  last_date_after, start_before, start_after, end_before, end_after, places_before, places_after,
                  sessions_changed, sessions_added, sessions_removed, bookings_moved, bookings_cancelled,
                  waiting_moved, waiting_ended, waiting_given_place)
                VALUES (:series, :by, :at, :from, :lastBefore, :lastAfter, :startBefore, :startAfter, :endBefore,
                  :endAfter, :placesBefore, :placesAfter, :changed, :added, :removed, :moved, :cancelled,
                  :waitingMoved, :waitingEnded, :waitingGiven)""")
                .param("series", c.seriesId()).param("by", c.changedBy())
                .param("at", LocalDateTime.ofInstant(c.changedAt(), ZoneOffset.UTC)).param("from", c.fromDate())
                .param("lastBefore", c.lastDateBefore()).param("lastAfter", c.lastDateAfter())
                .param("startBefore", c.startBefore()).param("startAfter", c.startAfter())
                .param("endBefore", c.endBefore()).param("endAfter", c.endAfter())
                .param("placesBefore", c.placesBefore()).param("placesAfter", c.placesAfter())
                .param("changed", c.sessionsChanged()).param("added", c.sessionsAdded())
                .param("removed", c.sessionsRemoved()).param("moved", c.bookingsMoved())
                .param("cancelled", c.bookingsCancelled()).param("waitingMoved", c.waitingMoved())
                .param("waitingEnded", c.waitingEnded()).param("waitingGiven", c.waitingGivenPlace()).update();
    }

    private record SeriesChangeRow(long seriesId, @Nullable Long changedBy, LocalDateTime changedAt,
            LocalDate fromDate, LocalDate lastDateBefore, LocalDate lastDateAfter, LocalTime startBefore,
            LocalTime startAfter, LocalTime endBefore, LocalTime endAfter, int placesBefore, int placesAfter,
            int sessionsChanged, int sessionsAdded, int sessionsRemoved, int bookingsMoved, int bookingsCancelled,
            @Nullable Integer waitingMoved, @Nullable Integer waitingEnded, @Nullable Integer waitingGivenPlace) {
        SeriesChangeRecord toRecord() {
            return new SeriesChangeRecord(seriesId, changedBy, changedAt.toInstant(ZoneOffset.UTC), fromDate,
                    lastDateBefore, lastDateAfter, startBefore, startAfter, endBefore, endAfter, placesBefore,
                    placesAfter, sessionsChanged, sessionsAdded, sessionsRemoved, bookingsMoved, bookingsCancelled,
                    waitingMoved, waitingEnded, waitingGivenPlace);
        }
    }

    /** The changes of a series, newest first. */
    List<SeriesChangeRecord> seriesChanges(long seriesId) {
        return jdbc.sql("""
                SELECT series_id, changed_by, changed_at, from_date, last_date_before, last_date_after, start_before,
                       start_after, end_before, end_after, places_before, places_after, sessions_changed,
                       sessions_added, sessions_removed, bookings_moved, bookings_cancelled, waiting_moved,
                       waiting_ended, waiting_given_place
                FROM consultation_series_change WHERE series_id = :series ORDER BY id DESC LIMIT 200""")
                .param("series", seriesId).query(SeriesChangeRow.class).stream().map(SeriesChangeRow::toRecord)
                .toList();
    }

    /** Forgets who made series changes before {@code before} (UTC); at most {@code batch}; how many. */
    int forgetSeriesChangeAuthorsBefore(LocalDateTime before, int batch) {
        return jdbc.sql("UPDATE consultation_series_change SET changed_by = NULL WHERE changed_by IS NOT NULL "
                + "AND changed_at < :before LIMIT :batch")
                .param("before", before).param("batch", batch).update();
    }

    // ---- retention and erasure

    /** Deletes at most {@code batch} of the municipality's bookings of sessions before {@code before}; how many. */
    int deleteBookingsBefore(String municipalityId, LocalDate before, int batch) {
        return jdbc.sql("""
                DELETE FROM consultation_booking
                WHERE municipality_id = :municipality AND slot_id IN (
                    SELECT sl.id FROM consultation_slot sl JOIN consultation_session s ON s.id = sl.session_id
                    WHERE s.session_date < :before)
                LIMIT :batch""")
                .param("municipality", municipalityId).param("before", before).param("batch", batch).update();
    }

    /** Deletes at most {@code batch} waiting-list places for sessions up to {@code lastDay}; returns how many. */
    int deleteWaitingUpTo(LocalDate lastDay, int batch) {
        return jdbc.sql("""
                DELETE FROM consultation_waiting
                WHERE slot_id IN (
                    SELECT sl.id FROM consultation_slot sl JOIN consultation_session s ON s.id = sl.session_id
                    WHERE s.session_date <= :lastDay)
                LIMIT :batch""")
                .param("lastDay", lastDay).param("batch", batch).update();
    }

    /** Erases the worker's bookings and waiting-list places; places still held are freed first. */
    void eraseWorker(long worker) {
        jdbc.sql("UPDATE consultation_slot sl JOIN consultation_booking b ON b.slot_id = sl.id "
                + "SET sl.booked = sl.booked - 1 WHERE b.worker_account_id = :worker AND b.status = 'BOOKED'")
                .param("worker", worker).update();
        jdbc.sql("DELETE FROM consultation_booking WHERE worker_account_id = :worker").param("worker", worker)
                .update();
        jdbc.sql("DELETE FROM consultation_waiting WHERE worker_account_id = :worker").param("worker", worker)
                .update();
    }

    /** Of {@code accountIds}, those with a booking or a place on a waiting list. */
    List<Long> accountsWithBookingOrPlace(Collection<Long> accountIds) {
        return jdbc.sql("""
                SELECT worker_account_id FROM consultation_booking WHERE worker_account_id IN (:ids)
                UNION SELECT worker_account_id FROM consultation_waiting WHERE worker_account_id IN (:ids)""")
                .param("ids", accountIds).query(Long.class).list();
    }
}
