package nl.erkenningsportaal.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's side: coming sessions with free places, booking, rescheduling (atomic: the new place is secured
 * before the old one is given up), cancelling, and the waiting list. Recognition is not required. Nothing holds a
 * place while a worker is still choosing: a place is taken only by the conditional update at the moment of booking.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.WORKER + "')")
public class WorkerBookingService {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final ConsultationStore store;
    private final DeadlockRetry retry;
    private final CurrentUser currentUser;
    private final BookingRuleBook rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WorkerBookingService(ConsultationStore store, DeadlockRetry retry, CurrentUser currentUser,
            BookingRuleBook rules, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.retry = retry;
        this.currentUser = currentUser;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Sessions serving the municipality in the coming weeks, with their slots and free places. */
    public List<OpenSession> comingSessions(String municipalityId) {
        return open(bookable(municipalityId, null));
    }

    /**
     * The coming slots of one session, as they are now; empty when the session is cancelled, past, beyond the
     * weeks that can be booked, or not for the municipality.
     */
    public List<SlotView> comingSlots(long sessionId, String municipalityId) {
        return comingSession(sessionId, municipalityId).map(OpenSession::slots).orElse(List.of());
    }

    /** One coming session with its slots as they are now; empty on the same terms as {@link #comingSlots}. */
    public Optional<OpenSession> comingSession(long sessionId, String municipalityId) {
        return open(bookable(municipalityId, sessionId)).stream().findFirst();
    }

    /** Not cancelled, within the weeks that can be booked, serving the municipality; one of them, or all. */
    private List<SessionSummary> bookable(String municipalityId, @Nullable Long sessionId) {
        LocalDate today = LocalDate.now(clock);
        return store.jdbc.query(ConsultationStore.SESSION_SELECT + """
                 WHERE s.session_date BETWEEN ? AND ? AND NOT s.cancelled AND EXISTS (
                   SELECT 1 FROM consultation_series_municipality m
                   WHERE m.series_id = s.series_id AND m.municipality_id = ?)
                 AND (? IS NULL OR s.id = ?)
                 ORDER BY s.session_date, s.start_time, s.id""", ConsultationStore::session, today,
                today.plusWeeks(rules.current().weeksAhead()), municipalityId, sessionId, sessionId);
    }

    /** The sessions with their slots still to come (one query for all slots); sessions with none left out. */
    private List<OpenSession> open(List<SessionSummary> sessions) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Long, List<SlotView>> slots = store.slots(sessions.stream().map(SessionSummary::id).toList());
        return sessions.stream().map(s -> new OpenSession(s, slots.getOrDefault(s.id(), List.of()).stream()
                .filter(slot -> s.date().atTime(slot.start()).isAfter(now)).toList()))
                .filter(o -> !o.slots().isEmpty()).toList();
    }

    /** Books a place; refused with a clear reason when it is taken, the slot is not for the worker, or too many. */
    public MyBooking book(BookingRequest request) {
        long worker = currentUser.require().id();
        String language = language(request.language());
        String workName = workName(request.workName());
        return retry.inTransaction(() -> {
            ConsultationStore.SlotContext slot = bookable(request.slotId(), request.municipalityId());
            requireBelowLimit(worker);
            requireNotBooked(worker, slot.slotId());
            if (!store.take(slot.slotId())) {
                throw new Refusal("consultation.error.taken");
            }
            long id = insertBooking(slot.slotId(), worker, request.municipalityId(), language, request.interpreter(),
                    request.reason(), workName);
            store.jdbc.update("DELETE FROM consultation_waiting WHERE slot_id = ? AND worker_account_id = ?",
                    slot.slotId(), worker);
            events.publishEvent(new BookingConfirmed(id, worker, request.municipalityId(), slot.startDateTime(),
                    slot.date().atTime(slot.end()), slot.locationName(), slot.locationAddress(), language));
            return own(id, worker);
        });
    }

    /** Moves a booking to another slot in one transaction: the old place is freed only once the new one is held. */
    public MyBooking reschedule(long bookingId, long newSlotId) {
        long worker = currentUser.require().id();
        return retry.inTransaction(() -> {
            MyBooking old = lockOwn(bookingId, worker);
            requireChangeable(old);
            ConsultationStore.SlotContext slot = bookable(newSlotId, old.municipalityId());
            if (slot.slotId() == old.slotId()) {
                throw new Refusal("consultation.error.same-slot");
            }
            requireNotBooked(worker, slot.slotId());
            if (!store.take(slot.slotId())) {
                throw new Refusal("consultation.error.taken");
            }
            store.jdbc.update("UPDATE consultation_booking SET slot_id = ? WHERE id = ?", slot.slotId(), bookingId);
            store.release(old.slotId());
            giveFreedPlace(old.slotId());
            events.publishEvent(new BookingRescheduled(bookingId, worker, old.municipalityId(), slot.startDateTime(),
                    slot.date().atTime(slot.end()), slot.locationName(), slot.locationAddress(), old.language()));
            return own(bookingId, worker);
        });
    }

    public void cancel(long bookingId) {
        long worker = currentUser.require().id();
        retry.inTransaction(() -> {
            MyBooking b = lockOwn(bookingId, worker);
            requireChangeable(b);
            store.jdbc.update("UPDATE consultation_booking SET status = 'CANCELLED' WHERE id = ?", bookingId);
            store.release(b.slotId());
            events.publishEvent(new BookingCancelled(bookingId, worker, b.municipalityId(), b.date().atTime(b.start()),
                    b.date().atTime(b.end()), b.locationName(), b.locationAddress(), b.language()));
            giveFreedPlace(b.slotId());
            return null;
        });
    }

    public List<MyBooking> myBookings() {
        return store.jdbc.query(MY_BOOKINGS + " WHERE b.worker_account_id = ? ORDER BY s.session_date DESC, "
                + "sl.start_time DESC", WorkerBookingService::myBooking, currentUser.require().id());
    }

    /** Joins the waiting list of a full slot; the first in line gets a freed place automatically. */
    public void joinWaitingList(BookingRequest request) {
        long worker = currentUser.require().id();
        String language = language(request.language());
        retry.inTransaction(() -> {
            ConsultationStore.SlotContext slot = bookable(request.slotId(), request.municipalityId());
            requireNotBooked(worker, slot.slotId());
            try {
                store.jdbc.update("INSERT INTO consultation_waiting (slot_id, worker_account_id, municipality_id, "
                        + "language, interpreter, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", slot.slotId(),
                        worker, request.municipalityId(), language, request.interpreter(),
                        request.reason() == null ? null : request.reason().name(), LocalDateTime.now(clock));
            } catch (DuplicateKeyException e) {
                throw new Refusal("consultation.error.already-waiting");
            }
            return null;
        });
    }

    @Transactional
    public void leaveWaitingList(long slotId) {
        store.jdbc.update("DELETE FROM consultation_waiting WHERE slot_id = ? AND worker_account_id = ?", slotId,
                currentUser.require().id());
    }

    public List<MyWaiting> myWaitingLists() {
        return store.jdbc.query("""
                SELECT w.slot_id, s.session_date, sl.start_time, l.name,
                       (SELECT COUNT(*) FROM consultation_waiting o WHERE o.slot_id = w.slot_id
                          AND (o.created_at < w.created_at OR (o.created_at = w.created_at AND o.id <= w.id)))
                FROM consultation_waiting w
                JOIN consultation_slot sl ON sl.id = w.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                JOIN consultation_series r ON r.id = s.series_id
                JOIN consultation_location l ON l.id = r.location_id
                WHERE w.worker_account_id = ? ORDER BY s.session_date, sl.start_time""", (rs, i) -> new MyWaiting(
                rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class), rs.getString(4),
                rs.getInt(5)), currentUser.require().id());
    }

    // ---- internals

    /** A freed place goes to the first in line, in the same transaction; they are told by event. */
    private void giveFreedPlace(long slotId) {
        giveFreedPlace(store, slotId, events, clock, this::newCode);
    }

    static void giveFreedPlace(ConsultationStore store, long slotId, ApplicationEventPublisher events, Clock clock,
            java.util.function.Supplier<String> codes) {
        List<long[]> first = store.jdbc.query("SELECT id, worker_account_id FROM consultation_waiting WHERE slot_id = ? "
                + "ORDER BY created_at, id LIMIT 1 FOR UPDATE", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                slotId);
        if (first.isEmpty() || !store.take(slotId)) {
            return;
        }
        long waitingId = first.getFirst()[0];
        long worker = first.getFirst()[1];
        var w = store.jdbc.queryForMap("SELECT municipality_id, language, interpreter, reason FROM "
                + "consultation_waiting WHERE id = ?", waitingId);
        store.jdbc.update("DELETE FROM consultation_waiting WHERE id = ?", waitingId);
        store.jdbc.update("""
                INSERT INTO consultation_booking (slot_id, worker_account_id, municipality_id, booking_code, language,
                  interpreter, reason, work_name, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'BOOKED', ?)""",
                slotId, worker, w.get("municipality_id"), codes.get(), w.get("language"), w.get("interpreter"),
                w.get("reason"), LocalDateTime.now(clock));
        long bookingId = store.jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        ConsultationStore.SlotContext slot = store.slot(slotId, (String) w.get("municipality_id")).orElseThrow();
        events.publishEvent(new WaitingListPlaceGiven(bookingId, worker, (String) w.get("municipality_id"),
                slot.startDateTime(), slot.date().atTime(slot.end()), slot.locationName(), slot.locationAddress(),
                (String) w.get("language")));
    }

    private ConsultationStore.SlotContext bookable(long slotId, String municipalityId) {
        ConsultationStore.SlotContext slot = store.slot(slotId, municipalityId)
                .orElseThrow(() -> new Refusal("error.not-found"));
        if (!slot.servesMunicipality()) {
            throw new Refusal("consultation.error.not-for-your-municipality");
        }
        if (slot.cancelled()) {
            throw new Refusal("consultation.error.session-cancelled");
        }
        if (!slot.startDateTime().isAfter(LocalDateTime.now(clock))) {
            throw new Refusal("consultation.error.in-past");
        }
        return slot;
    }

    private void requireBelowLimit(long worker) {
        Integer future = store.jdbc.queryForObject("""
                SELECT COUNT(*) FROM consultation_booking b
                JOIN consultation_slot sl ON sl.id = b.slot_id
                JOIN consultation_session s ON s.id = sl.session_id
                WHERE b.worker_account_id = ? AND b.status = 'BOOKED' AND TIMESTAMP(s.session_date, sl.start_time) > ?""",
                Integer.class, worker, LocalDateTime.now(clock));
        int max = rules.current().maxFutureBookings();
        if (future != null && future >= max) {
            throw new Refusal("consultation.error.limit", max);
        }
    }

    private void requireNotBooked(long worker, long slotId) {
        Integer n = store.jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE slot_id = ? AND "
                + "worker_account_id = ? AND status = 'BOOKED'", Integer.class, slotId, worker);
        if (n != null && n > 0) {
            throw new Refusal("consultation.error.double");
        }
    }

    private void requireChangeable(MyBooking b) {
        if (b.status() != BookingStatus.BOOKED) {
            throw new Refusal("consultation.error.not-active");
        }
        Duration cancelUntilBefore = rules.current().cancelUntilBefore();
        if (LocalDateTime.now(clock).plus(cancelUntilBefore).isAfter(b.date().atTime(b.start()))) {
            throw new Refusal("consultation.error.too-late", cancelUntilBefore.toHours());
        }
    }

    private long insertBooking(long slotId, long worker, String municipalityId, String language, boolean interpreter,
            @Nullable Reason reason, @Nullable String workName) {
        try {
            store.jdbc.update("""
                    INSERT INTO consultation_booking (slot_id, worker_account_id, municipality_id, booking_code,
                      language, interpreter, reason, work_name, status, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?)""", slotId, worker, municipalityId, newCode(), language,
                    interpreter, reason == null ? null : reason.name(), workName, LocalDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            // the unique key on (slot, worker, active) is the last guard against a double booking
            throw new Refusal("consultation.error.double");
        }
        return store.jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    String newCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private MyBooking own(long bookingId, long worker) {
        return store.jdbc.query(MY_BOOKINGS + " WHERE b.id = ? AND b.worker_account_id = ?",
                WorkerBookingService::myBooking, bookingId, worker).stream().findFirst()
                .orElseThrow(() -> new Refusal("error.not-found"));
    }

    private MyBooking lockOwn(long bookingId, long worker) {
        store.jdbc.query("SELECT id FROM consultation_booking WHERE id = ? AND worker_account_id = ? FOR UPDATE",
                (rs, i) -> rs.getLong(1), bookingId, worker).stream().findFirst()
                .orElseThrow(() -> new Refusal("error.not-found"));
        return own(bookingId, worker);
    }

    private static String language(String language) {
        String l = language.strip().toLowerCase(Locale.ROOT);
        if (!List.of(Locale.getISOLanguages()).contains(l)) {
            throw new Refusal("consultation.error.language");
        }
        return l;
    }

    private static @Nullable String workName(@Nullable String workName) {
        if (workName == null || workName.isBlank()) {
            return null;
        }
        String w = workName.strip();
        if (w.codePointCount(0, w.length()) > BookingRequest.WORK_NAME_MAX
                || FreeText.holdsForbidden(w, false)) {
            throw new Refusal("consultation.error.work-name", BookingRequest.WORK_NAME_MAX);
        }
        return w;
    }

    static final String MY_BOOKINGS = """
            SELECT b.id, b.slot_id, b.booking_code, s.session_date, sl.start_time, sl.end_time, l.name, l.address,
                   b.language, b.interpreter, b.reason, b.status, b.municipality_id
            FROM consultation_booking b
            JOIN consultation_slot sl ON sl.id = b.slot_id
            JOIN consultation_session s ON s.id = sl.session_id
            JOIN consultation_series r ON r.id = s.series_id
            JOIN consultation_location l ON l.id = r.location_id
            """;

    static MyBooking myBooking(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String reason = rs.getString(11);
        return new MyBooking(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getBoolean(10), reason == null ? null : Reason.valueOf(reason),
                BookingStatus.valueOf(rs.getString(12)), rs.getString(13));
    }

}
