package nl.erkenningsportaal.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GGD staff: locations, series that generate sessions and slots, the day view of a session (by booking code, never a
 * name and never a recognition number: care stays apart from enforcement), attendance, walk-ins, changing or
 * cancelling a session. Officers reach none of this.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.GGD + "')")
public class GgdConsultationService {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int MAX_SESSIONS_PER_SERIES = 120;

    private final ConsultationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BookingRuleBook rules;
    private final AuditService audit;

    GgdConsultationService(ConsultationStore store, ApplicationEventPublisher events, Clock clock,
            BookingRuleBook rules, AuditService audit) {
        this.rules = rules;
        this.audit = audit;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    // ---- booking rules

    /** The booking rules that hold now. */
    public BookingRules bookingRules() {
        return rules.current();
    }

    /** The changes of the booking rules, newest first. */
    public List<BookingRules> bookingRulesHistory() {
        return rules.history(100);
    }

    /**
     * Sets new booking rules, from the next booking, move or cancellation on (bookings already made stay); refused with
     * a clear message, and nothing changed, when a value makes no sense. Audited with the old and new values.
     */
    @Transactional
    public BookingRules changeBookingRules(BookingRules next) {
        next.validate();
        BookingRules before = rules.current();
        rules.change(next, clock.instant());
        audit.record(AuditAction.RULES_CHANGED, "BOOKING_RULES", "GGD", describe(before) + " -> " + describe(next));
        return rules.current();
    }

    private static String describe(BookingRules r) {
        return "max=" + r.maxFutureBookings() + " cancelHours=" + r.cancelUntilBefore().toHours() + " weeks="
                + r.weeksAhead() + " shortNoticeHours=" + r.shortNotice().toHours();
    }

    // ---- locations

    public List<Location> locations() {
        return store.jdbc.query("SELECT id, name, address, accessibility_notes FROM consultation_location ORDER BY name",
                (rs, i) -> new Location(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    @Transactional
    public long createLocation(String name, String address, @Nullable String accessibilityNotes) {
        store.jdbc.update("INSERT INTO consultation_location (name, address, accessibility_notes) VALUES (?, ?, ?)",
                FreeText.line(name, Location.NAME_MAX), FreeText.line(address, Location.ADDRESS_MAX),
                FreeText.optionalLine(accessibilityNotes, Location.NOTES_MAX));
        return store.jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    /** Creates a series and generates its sessions and slots; returns the number of sessions. */
    @Transactional
    public int createSeries(NewSeries s) {
        if (s.placesPerSlot() <= 0 || s.placesPerSlot() > NewSeries.MAX_PLACES) {
            throw new Refusal("consultation.error.capacity", NewSeries.MAX_PLACES);
        }
        if (!s.end().isAfter(s.start())) {
            throw new Refusal("consultation.error.end-before-start");
        }
        long minutes = Duration.between(s.start(), s.end()).toMinutes();
        if (s.slotMinutes() <= 0 || minutes % s.slotMinutes() != 0) {
            throw new Refusal("consultation.error.slot-length");
        }
        LocalDate today = LocalDate.now(clock);
        FreeText.plausible(s.firstDate());
        FreeText.plausible(s.lastDate());
        if (s.firstDate().isBefore(today) || s.lastDate().isBefore(s.firstDate())) {
            throw new Refusal("consultation.error.in-past");
        }
        if (s.municipalityIds().isEmpty()) {
            throw new Refusal("consultation.error.no-municipality");
        }
        if (locations().stream().noneMatch(l -> l.id() == s.locationId())) {
            throw new Refusal("error.not-found");
        }
        store.jdbc.update("""
                INSERT INTO consultation_series (location_id, weekday, start_time, end_time, slot_minutes,
                  places_per_slot, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", s.locationId(),
                s.weekday().getValue(), s.start(), s.end(), s.slotMinutes(), s.placesPerSlot(), s.firstDate(),
                s.lastDate());
        long seriesId = store.jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        for (String m : s.municipalityIds()) {
            store.jdbc.update("INSERT INTO consultation_series_municipality (series_id, municipality_id) VALUES (?, ?)",
                    seriesId, m);
        }
        int sessions = 0;
        for (LocalDate d = s.firstDate().with(TemporalAdjusters.nextOrSame(s.weekday()));
                !d.isAfter(s.lastDate()) && sessions < MAX_SESSIONS_PER_SERIES; d = d.plusWeeks(1)) {
            List<LocalTime[]> slots = slotTimes(d, s.start(), s.end(), s.slotMinutes());
            if (slots.isEmpty()) {
                continue; // every slot falls in the hour skipped when the clocks go forward: no session that night
            }
            store.jdbc.update("INSERT INTO consultation_session (series_id, session_date, start_time, end_time) "
                    + "VALUES (?, ?, ?, ?)", seriesId, d, s.start(), s.end());
            long sessionId = store.jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            for (LocalTime[] slot : slots) {
                store.jdbc.update("INSERT INTO consultation_slot (session_id, start_time, end_time, capacity) "
                        + "VALUES (?, ?, ?, ?)", sessionId, slot[0], slot[1], s.placesPerSlot());
            }
            sessions++;
        }
        if (sessions == 0) {
            // rolls the series back: nothing was created
            throw new Refusal("consultation.error.no-slots");
        }
        return sessions;
    }

    /**
     * The slots of a session on a date, in local (Europe/Amsterdam) time. On the last Sunday of March the hour
     * 02:00–03:00 does not exist: slots starting in it are skipped. On the last Sunday of October 02:00–03:00
     * happens twice; slots are kept once, by their local time (the first occurrence), which is what the people at
     * the desk read on the clock.
     */
    static List<LocalTime[]> slotTimes(LocalDate date, LocalTime start, LocalTime end, int slotMinutes) {
        List<LocalTime[]> slots = new ArrayList<>();
        for (LocalTime t = start; t.plusMinutes(slotMinutes).compareTo(end) <= 0 && !t.plusMinutes(slotMinutes)
                .equals(LocalTime.MIDNIGHT); t = t.plusMinutes(slotMinutes)) {
            LocalDateTime local = date.atTime(t);
            if (AMSTERDAM.getRules().getValidOffsets(local).isEmpty()) {
                continue; // skipped by the clock change
            }
            slots.add(new LocalTime[] {t, t.plusMinutes(slotMinutes)});
        }
        return slots;
    }

    public List<SessionSummary> sessions(LocalDate from, LocalDate to) {
        return store.jdbc.query(ConsultationStore.SESSION_SELECT + " WHERE s.session_date BETWEEN ? AND ? "
                + "ORDER BY s.session_date, s.start_time", ConsultationStore::session, from, to);
    }

    /**
     * Per slot the bookings by their own booking code (a recognised worker's too: the GGD never learns a recognition
     * number), work name, language, interpreter, reason.
     */
    public DayView day(long sessionId) {
        SessionSummary session = store.session(sessionId).orElseThrow(() -> new Refusal("error.not-found"));
        Map<Long, List<DayBooking>> bySlot = new HashMap<>();
        store.jdbc.query("""
                SELECT b.id, b.slot_id, b.booking_code, b.work_name, b.language, b.interpreter, b.reason, b.status
                FROM consultation_booking b JOIN consultation_slot sl ON sl.id = b.slot_id
                WHERE sl.session_id = ? AND b.status <> 'CANCELLED' ORDER BY b.created_at""", rs -> {
                    String reason = rs.getString(7);
                    bySlot.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new DayBooking(rs.getLong(1),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                            reason == null ? null : Reason.valueOf(reason), BookingStatus.valueOf(rs.getString(8))));
                }, sessionId);
        Map<Long, Integer> waiting = new HashMap<>();
        store.jdbc.query("SELECT w.slot_id, COUNT(*) FROM consultation_waiting w JOIN consultation_slot sl ON "
                + "sl.id = w.slot_id WHERE sl.session_id = ? GROUP BY w.slot_id",
                rs -> {
                    waiting.put(rs.getLong(1), rs.getInt(2));
                }, sessionId);
        return new DayView(session, store.slots(sessionId).stream().map(slot -> new DaySlot(slot,
                bySlot.getOrDefault(slot.id(), List.of()), waiting.getOrDefault(slot.id(), 0))).toList());
    }

    @Transactional
    public void markAttendance(long bookingId, BookingStatus status) {
        if (status != BookingStatus.ATTENDED && status != BookingStatus.NO_SHOW) {
            throw new Refusal("consultation.error.attendance");
        }
        List<String> municipality = store.jdbc.queryForList("SELECT municipality_id FROM consultation_booking "
                + "WHERE id = ? AND status <> 'CANCELLED'", String.class, bookingId);
        if (municipality.isEmpty()) {
            throw new Refusal("error.not-found");
        }
        // attended or not, the place stays counted as used: the slot's counter does not change
        store.jdbc.update("UPDATE consultation_booking SET status = ? WHERE id = ?", status.name(), bookingId);
        events.publishEvent(new AttendanceRecorded(bookingId, municipality.getFirst(), status));
    }

    @Transactional
    public int countWalkIn(long sessionId, int delta) {
        if (delta != 1 && delta != -1) {
            throw new Refusal("consultation.error.attendance");
        }
        int changed = store.jdbc.update("UPDATE consultation_session SET walk_ins = walk_ins + ? WHERE id = ? "
                + "AND walk_ins + ? >= 0", delta, sessionId, delta);
        if (changed == 0) {
            throw new Refusal("error.not-found");
        }
        events.publishEvent(new WalkInsCounted(sessionId, delta));
        return store.session(sessionId).orElseThrow().walkIns();
    }

    /** Changes one slot's capacity; never below the places already booked. */
    @Transactional
    public void changeCapacity(long slotId, int capacity) {
        if (capacity <= 0 || capacity > NewSeries.MAX_PLACES) {
            throw new Refusal("consultation.error.capacity", NewSeries.MAX_PLACES);
        }
        if (store.jdbc.update("UPDATE consultation_slot SET capacity = ? WHERE id = ? AND booked <= ?", capacity,
                slotId, capacity) == 0) {
            throw new Refusal("consultation.error.capacity-below-booked");
        }
    }

    /**
     * Changes one session's times (the series and its other sessions stay as they are). Slots keep their place by
     * start time, so no booked worker's time moves: slots inside the new times that did not exist are added with
     * the series' places, slots outside them are removed, and that is refused while any of them holds a booking or
     * a waiting list. The session's slots are locked first, so a booking cannot slip into a slot being removed.
     */
    @Transactional
    public void changeTimes(long sessionId, LocalTime start, LocalTime end) {
        SessionSummary s = store.session(sessionId).orElseThrow(() -> new Refusal("error.not-found"));
        if (s.cancelled()) {
            throw new Refusal("consultation.error.session-cancelled");
        }
        if (s.date().isBefore(LocalDate.now(clock))) {
            throw new Refusal("consultation.error.in-past");
        }
        if (!end.isAfter(start)) {
            throw new Refusal("consultation.error.end-before-start");
        }
        int slotMinutes = store.jdbc.queryForObject("SELECT r.slot_minutes FROM consultation_series r JOIN "
                + "consultation_session s ON s.series_id = r.id WHERE s.id = ?", Integer.class, sessionId);
        int places = store.jdbc.queryForObject("SELECT r.places_per_slot FROM consultation_series r JOIN "
                + "consultation_session s ON s.series_id = r.id WHERE s.id = ?", Integer.class, sessionId);
        if (Duration.between(start, end).toMinutes() % slotMinutes != 0) {
            throw new Refusal("consultation.error.slot-length");
        }
        Map<LocalTime, Long> existing = new HashMap<>();
        store.jdbc.query("SELECT id, start_time FROM consultation_slot WHERE session_id = ? ORDER BY id FOR UPDATE",
                rs -> {
                    existing.put(rs.getObject(2, LocalTime.class), rs.getLong(1));
                }, sessionId);
        List<LocalTime[]> wanted = slotTimes(s.date(), start, end, slotMinutes);
        if (wanted.isEmpty()) {
            throw new Refusal("consultation.error.no-slots"); // all in the hour skipped when the clocks go forward
        }
        Set<LocalTime> wantedStarts = new HashSet<>();
        wanted.forEach(w -> wantedStarts.add(w[0]));
        List<Long> removed = existing.entrySet().stream().filter(e -> !wantedStarts.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        for (long slotId : removed) {
            Integer inUse = store.jdbc.queryForObject("""
                    SELECT (SELECT COUNT(*) FROM consultation_booking WHERE slot_id = ? AND status <> 'CANCELLED')
                         + (SELECT COUNT(*) FROM consultation_waiting WHERE slot_id = ?)""", Integer.class, slotId,
                    slotId);
            if (inUse != null && inUse > 0) {
                throw new Refusal("consultation.error.times-drop-booked");
            }
        }
        for (long slotId : removed) {
            // cancelled bookings of a slot that no longer exists have nothing left to say
            store.jdbc.update("DELETE FROM consultation_booking WHERE slot_id = ? AND status = 'CANCELLED'", slotId);
            store.jdbc.update("DELETE FROM consultation_slot WHERE id = ?", slotId);
        }
        for (LocalTime[] slot : wanted) {
            if (!existing.containsKey(slot[0])) {
                store.jdbc.update("INSERT INTO consultation_slot (session_id, start_time, end_time, capacity) "
                        + "VALUES (?, ?, ?, ?)", sessionId, slot[0], slot[1], places);
            }
        }
        store.jdbc.update("UPDATE consultation_session SET start_time = ?, end_time = ? WHERE id = ?", start, end,
                sessionId);
    }

    /** Cancels a session with a message; every booked worker is told (event), places and waiting lists end. */
    @Transactional
    public void cancelSession(long sessionId, String message) {
        SessionSummary s = store.session(sessionId).orElseThrow(() -> new Refusal("error.not-found"));
        if (s.cancelled()) {
            return;
        }
        String text = FreeText.lines(message, Location.NOTES_MAX);
        List<long[]> booked = store.jdbc.query("SELECT b.id, b.worker_account_id FROM consultation_booking b JOIN "
                + "consultation_slot sl ON sl.id = b.slot_id WHERE sl.session_id = ? AND b.status = 'BOOKED'",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, sessionId);
        store.jdbc.update("UPDATE consultation_session SET cancelled = TRUE, cancel_message = ? WHERE id = ?", text,
                sessionId);
        store.jdbc.update("UPDATE consultation_booking b JOIN consultation_slot sl ON sl.id = b.slot_id SET "
                + "b.status = 'CANCELLED' WHERE sl.session_id = ? AND b.status = 'BOOKED'", sessionId);
        store.jdbc.update("UPDATE consultation_slot SET booked = 0 WHERE session_id = ?", sessionId);
        store.jdbc.update("DELETE w FROM consultation_waiting w JOIN consultation_slot sl ON sl.id = w.slot_id "
                + "WHERE sl.session_id = ?", sessionId);
        events.publishEvent(new SessionCancelled(sessionId, booked.stream().map(b -> b[0]).toList(),
                booked.stream().map(b -> b[1]).distinct().toList(), s.date().atTime(s.start()), s.locationName(), text));
    }
}
