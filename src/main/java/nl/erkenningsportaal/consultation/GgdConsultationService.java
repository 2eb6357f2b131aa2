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
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
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

    GgdConsultationService(ConsultationStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public List<Location> locations() {
        return store.locations();
    }

    @Transactional
    public long createLocation(String name, String address, @Nullable String accessibilityNotes) {
        return store.insertLocation(FreeText.line(name, Location.NAME_MAX),
                FreeText.line(address, Location.ADDRESS_MAX),
                FreeText.optionalLine(accessibilityNotes, Location.NOTES_MAX));
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
        long seriesId = store.insertSeries(s);
        int sessions = 0;
        for (LocalDate d = s.firstDate().with(TemporalAdjusters.nextOrSame(s.weekday()));
                !d.isAfter(s.lastDate()) && sessions < MAX_SESSIONS_PER_SERIES; d = d.plusWeeks(1)) {
            List<LocalTime[]> slots = slotTimes(d, s.start(), s.end(), s.slotMinutes());
            if (slots.isEmpty()) {
                continue; // every slot falls in the hour skipped when the clocks go forward: no session that night
            }
            long sessionId = store.insertSession(seriesId, d, s.start(), s.end());
            for (LocalTime[] slot : slots) {
                store.insertSlot(sessionId, slot[0], slot[1], s.placesPerSlot());
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
        return store.sessions(from, to);
    }

    /**
     * Per slot the bookings by their own booking code (a recognised worker's too: the GGD never learns a recognition
     * number), work name, language, interpreter, reason.
     */
    public DayView day(long sessionId) {
        SessionSummary session = store.session(sessionId).orElseThrow(() -> new Refusal("error.not-found"));
        Map<Long, List<DayBooking>> bySlot = new HashMap<>();
        for (ConsultationStore.DayRow b : store.dayBookings(sessionId)) {
            bySlot.computeIfAbsent(b.slotId(), k -> new ArrayList<>()).add(new DayBooking(b.id(), b.bookingCode(),
                    b.workName(), b.language(), b.interpreter(), b.reason(), b.status()));
        }
        Map<Long, Integer> waiting = store.waitingCounts(sessionId);
        return new DayView(session, store.slots(sessionId).stream().map(slot -> new DaySlot(slot,
                bySlot.getOrDefault(slot.id(), List.of()), waiting.getOrDefault(slot.id(), 0))).toList());
    }

    @Transactional
    public void markAttendance(long bookingId, BookingStatus status) {
        if (status != BookingStatus.ATTENDED && status != BookingStatus.NO_SHOW) {
            throw new Refusal("consultation.error.attendance");
        }
        String municipality = store.municipalityOfActiveBooking(bookingId)
                .orElseThrow(() -> new Refusal("error.not-found"));
        // attended or not, the place stays counted as used: the slot's counter does not change
        store.setStatus(bookingId, status);
        events.publishEvent(new AttendanceRecorded(bookingId, municipality, status));
    }

    @Transactional
    public int countWalkIn(long sessionId, int delta) {
        if (delta != 1 && delta != -1) {
            throw new Refusal("consultation.error.attendance");
        }
        if (!store.countWalkIn(sessionId, delta)) {
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
        if (!store.changeCapacity(slotId, capacity)) {
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
        ConsultationStore.SeriesShape series = store.seriesOf(sessionId);
        int slotMinutes = series.slotMinutes();
        int places = series.placesPerSlot();
        if (Duration.between(start, end).toMinutes() % slotMinutes != 0) {
            throw new Refusal("consultation.error.slot-length");
        }
        Map<LocalTime, Long> existing = store.lockSlotsByStart(sessionId);
        List<LocalTime[]> wanted = slotTimes(s.date(), start, end, slotMinutes);
        if (wanted.isEmpty()) {
            throw new Refusal("consultation.error.no-slots"); // all in the hour skipped when the clocks go forward
        }
        Set<LocalTime> wantedStarts = new HashSet<>();
        wanted.forEach(w -> wantedStarts.add(w[0]));
        List<Long> removed = existing.entrySet().stream().filter(e -> !wantedStarts.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        for (long slotId : removed) {
            if (store.inUse(slotId)) {
                throw new Refusal("consultation.error.times-drop-booked");
            }
        }
        for (long slotId : removed) {
            // cancelled bookings of a slot that no longer exists have nothing left to say
            store.deleteSlot(slotId);
        }
        for (LocalTime[] slot : wanted) {
            if (!existing.containsKey(slot[0])) {
                store.insertSlot(sessionId, slot[0], slot[1], places);
            }
        }
        store.changeSessionTimes(sessionId, start, end);
    }

    /** Cancels a session with a message; every booked worker is told (event), places and waiting lists end. */
    @Transactional
    public void cancelSession(long sessionId, String message) {
        SessionSummary s = store.session(sessionId).orElseThrow(() -> new Refusal("error.not-found"));
        if (s.cancelled()) {
            return;
        }
        String text = FreeText.lines(message, Location.NOTES_MAX);
        List<ConsultationStore.BookedWorker> booked = store.bookedIn(sessionId);
        store.cancelSession(sessionId, text);
        events.publishEvent(new SessionCancelled(sessionId,
                booked.stream().map(ConsultationStore.BookedWorker::bookingId).toList(),
                booked.stream().map(ConsultationStore.BookedWorker::workerAccountId).distinct().toList(),
                s.date().atTime(s.start()), s.locationName(), text));
    }
}
