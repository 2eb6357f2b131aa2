package nl.erkenningsportaal.consultation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.FieldLabel;
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
    private final BookingRuleBook rules;
    private final AuditService audit;
    private final CurrentUser currentUser;

    GgdConsultationService(ConsultationStore store, ApplicationEventPublisher events, Clock clock,
            BookingRuleBook rules, AuditService audit, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.rules = rules;
        this.audit = audit;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    // ---- booking rules

    /** The booking rules that hold now. */
    public BookingRules currentRules() {
        return rules.current();
    }

    /** The changes of the booking rules, newest first. */
    public List<BookingRules> rulesHistory() {
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
        audit.record(AuditAction.RULES_CHANGED, "BOOKING_RULES", Roles.GGD, describe(before) + " -> " + describe(next));
        return rules.current();
    }

    private static String describe(BookingRules r) {
        return "max=" + r.maxFutureBookings() + " cancelHours=" + r.cancelUntilBefore().toHours() + " weeks="
                + r.weeksAhead() + " shortNoticeHours=" + r.shortNotice().toHours() + " reminderHours="
                + r.reminderBefore().toHours();
    }

    // ---- booking for someone who phones

    /** The booking with this code (as the caller reads it out), whoever made it. */
    public Optional<CallerBooking> callerBooking(String code) {
        return store.bookingByCode(normaliseCode(code));
    }

    /**
     * Books a place for someone who phones, without an account: the slot must serve her municipality, lie ahead and
     * have a place free. Returns the booking with the code to read out to her. Audited without anything about her.
     */
    @Transactional
    public CallerBooking bookForCaller(long slotId, String municipalityId, String language, boolean interpreter) {
        String lang = callerLanguage(language);
        ConsultationStore.SlotContext slot = bookableForCaller(slotId, municipalityId);
        if (!store.take(slot.slotId())) {
            throw new Refusal("consultation.error.taken");
        }
        String code = newCallerCode();
        store.insertCallerBooking(slot.slotId(), municipalityId, code, lang, interpreter, LocalDateTime.now(clock));
        CallerBooking booking = callerBooking(code).orElseThrow();
        audit.record(AuditAction.BOOKED_FOR_CALLER, "BOOKING", Long.toString(booking.id()), "booked");
        events.publishEvent(new BookedForCaller(booking.id(), slot.sessionId()));
        return booking;
    }

    /**
     * Moves the booking with this code to another slot (the old place is freed only once the new one is held). A
     * worker's own booking is moved the same way and she is told in the portal, as when she moves it herself.
     */
    @Transactional
    public CallerBooking moveForCaller(String code, long newSlotId) {
        CallerBooking old = activeByCode(code);
        ConsultationStore.SlotContext slot = bookableForCaller(newSlotId, old.municipalityId());
        if (slot.slotId() == old.slotId()) {
            throw new Refusal("consultation.error.same-slot");
        }
        if (!store.take(slot.slotId())) {
            throw new Refusal("consultation.error.taken");
        }
        store.moveBooking(old.id(), slot.slotId());
        store.release(old.slotId());
        audit.record(AuditAction.BOOKED_FOR_CALLER, "BOOKING", Long.toString(old.id()), "moved");
        Optional<Long> worker = store.workerOf(old.id());
        if (worker.isPresent()) {
            events.publishEvent(new BookingRescheduled(old.id(), worker.get(), old.municipalityId(), slot.startDateTime(),
                    slot.date().atTime(slot.end()), slot.locationName(), slot.locationAddress(), old.language()));
        } else {
            events.publishEvent(new BookedForCaller(old.id(), slot.sessionId()));
        }
        return callerBooking(old.code()).orElseThrow();
    }

    /** Cancels the booking with this code; a worker's own booking tells her in the portal. */
    @Transactional
    public void cancelForCaller(String code) {
        CallerBooking b = activeByCode(code);
        store.setStatus(b.id(), BookingStatus.CANCELLED);
        store.release(b.slotId());
        audit.record(AuditAction.BOOKED_FOR_CALLER, "BOOKING", Long.toString(b.id()), "cancelled");
        Optional<Long> worker = store.workerOf(b.id());
        if (worker.isPresent()) {
            events.publishEvent(new BookingCancelled(b.id(), worker.get(), b.municipalityId(), b.date().atTime(b.start()),
                    b.date().atTime(b.end()), b.locationName(), b.locationAddress(), b.language()));
        }
    }

    private CallerBooking activeByCode(String code) {
        store.lockBookingByCode(normaliseCode(code));
        CallerBooking b = callerBooking(code).orElseThrow(() -> new Refusal("consultation.error.code-unknown"));
        if (b.status() != BookingStatus.BOOKED) {
            throw new Refusal("consultation.error.not-active");
        }
        return b;
    }

    private ConsultationStore.SlotContext bookableForCaller(long slotId, String municipalityId) {
        ConsultationStore.SlotContext slot = store.slot(slotId, municipalityId)
                .orElseThrow(() -> new Refusal("error.not-found"));
        if (!slot.servesMunicipality()) {
            throw new Refusal("consultation.error.not-for-municipality");
        }
        if (slot.cancelled()) {
            throw new Refusal("consultation.error.session-cancelled");
        }
        if (!slot.startDateTime().isAfter(LocalDateTime.now(clock))) {
            throw new Refusal("consultation.error.in-past");
        }
        return slot;
    }

    private static String callerLanguage(String language) {
        String l = language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of(java.util.Locale.getISOLanguages()).contains(l)) {
            throw new Refusal("consultation.error.language");
        }
        return l;
    }

    private static String normaliseCode(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
    }

    private final java.security.SecureRandom random = new java.security.SecureRandom();

    private String newCallerCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(WorkerBookingService.CODE_ALPHABET.charAt(random.nextInt(
                    WorkerBookingService.CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    // ---- a series changed from a date on (issue 20)

    /** How far ahead a series may run: a last date beyond this is a typing error. */
    static final int SERIES_MAX_YEARS_AHEAD = 2;

    /** The series that still run (their last date is today or later), by weekday and time. */
    public List<SeriesSummary> series() {
        return store.seriesRunningFrom(LocalDate.now(clock)).stream().map(r -> new SeriesSummary(r.id(),
                r.locationName(), DayOfWeek.of(r.weekday()), r.startTime(), r.endTime(), r.slotMinutes(),
                r.placesPerSlot(), r.firstDate(), r.lastDate())).toList();
    }

    /** The changes of a series, newest first. */
    public List<SeriesChangeRecord> seriesHistory(long seriesId) {
        return store.seriesChanges(seriesId);
    }

    /** What {@link #changeSeries} would do, changing nothing; refused as it would be. */
    public SeriesChangePreview previewSeriesChange(long seriesId, SeriesChange change) {
        ConsultationStore.SeriesRow series = store.series(seriesId, false)
                .orElseThrow(() -> new Refusal("error.not-found"));
        return plan(series, change, false);
    }

    /**
     * Changes a series from {@code change.fromDate()} on: sessions before that date and sessions already begun stay
     * as they are. A later last date adds sessions, an earlier one removes the sessions after it (cancelled with
     * their bookings, the booked workers told; a session nobody ever booked is deleted). New times move the sessions
     * and their slots: the n-th slot keeps its bookings at the n-th new time and the workers are told; bookings of
     * slots the new times no longer hold move to a free place of the same session, else they are cancelled and the
     * worker is told. A new capacity applies to the slots from the date on, never cancelling a booking: a slot with
     * more bookings takes no new one until it is below the new capacity. Bookings made for a caller cannot be told by
     * the portal: the result lists them for the GGD to phone. Kept in the series' history and audited.
     */
    @Transactional
    public SeriesChangePreview changeSeries(long seriesId, SeriesChange change) {
        ConsultationStore.SeriesRow series = store.series(seriesId, true)
                .orElseThrow(() -> new Refusal("error.not-found"));
        if (!change.fromDate().isBefore(LocalDate.now(clock))) {
            store.lockSlotsOfSeriesFrom(seriesId, change.fromDate());
        }
        SeriesChangePreview done = plan(series, change, true);
        store.changeSeries(seriesId, change.lastDate(), change.start(), change.end(), change.placesPerSlot());
        store.insertSeriesChange(new SeriesChangeRecord(seriesId, currentUser.require().id(), clock.instant(),
                change.fromDate(), series.lastDate(), change.lastDate(), series.startTime(), change.start(),
                series.endTime(), change.end(), series.placesPerSlot(), change.placesPerSlot(), done.sessionsChanged(),
                done.sessionsAdded(), done.sessionsRemoved(), done.bookingsMoved(), done.bookingsCancelled(),
                done.waitingMoved(), done.waitingEnded(), done.waitingGivenPlace()));
        audit.record(AuditAction.SERIES_CHANGED, "SERIES", Long.toString(seriesId), "from=" + change.fromDate()
                + " last=" + series.lastDate() + "->" + change.lastDate() + " times=" + series.startTime() + "-"
                + series.endTime() + "->" + change.start() + "-" + change.end() + " places="
                + series.placesPerSlot() + "->" + change.placesPerSlot() + " sessions changed/added/removed="
                + done.sessionsChanged() + "/" + done.sessionsAdded() + "/" + done.sessionsRemoved()
                + " bookings moved/cancelled=" + done.bookingsMoved() + "/" + done.bookingsCancelled()
                + " waiting moved/ended/given a place=" + done.waitingMoved() + "/" + done.waitingEnded() + "/"
                + done.waitingGivenPlace());
        return done;
    }

    private void validate(ConsultationStore.SeriesRow series, SeriesChange c, LocalDate today) {
        FreeText.plausible(c.fromDate());
        FreeText.plausible(c.lastDate());
        if (c.fromDate().isBefore(today)) {
            throw new Refusal("consultation.series.error.from-past", new FieldLabel(FROM_DATE));
        }
        if (c.lastDate().isBefore(series.firstDate())) {
            throw new Refusal("consultation.series.error.last-before-first", new FieldLabel(LAST_DATE),
                    series.firstDate().toString());
        }
        if (c.lastDate().isBefore(c.fromDate())) {
            throw new Refusal("consultation.series.error.last-before-from", new FieldLabel(LAST_DATE));
        }
        if (c.lastDate().isAfter(today.plusYears(SERIES_MAX_YEARS_AHEAD))) {
            throw new Refusal("consultation.series.error.last-too-far", new FieldLabel(LAST_DATE),
                    SERIES_MAX_YEARS_AHEAD);
        }
        if (c.placesPerSlot() < 1 || c.placesPerSlot() > NewSeries.MAX_PLACES) {
            throw new Refusal("consultation.series.error.places", new FieldLabel(PLACES), NewSeries.MAX_PLACES);
        }
        if (!c.end().isAfter(c.start())) {
            throw new Refusal("consultation.series.error.end-before-start", new FieldLabel(END));
        }
        if (Duration.between(c.start(), c.end()).toMinutes() % series.slotMinutes() != 0) {
            throw new Refusal("consultation.series.error.slot-length", new FieldLabel(END), series.slotMinutes());
        }
    }

    static final String FROM_DATE = "consultation.series.from-date";
    static final String LAST_DATE = "consultation.last-date";
    static final String PLACES = "consultation.places-per-slot";
    static final String END = "consultation.end";

    /**
     * Works out (and with {@code apply} carries out) a series change. One pass serves the preview and the change, so
     * what the GGD was shown is what happens (unless someone booked in between: the change then reports its own
     * counts).
     */
    private SeriesChangePreview plan(ConsultationStore.SeriesRow series, SeriesChange c, boolean apply) {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        validate(series, c, today);
        Duration reminderBefore = rules.current().reminderBefore(); // read once, not once per place given
        List<ConsultationStore.SeriesSession> all = store.sessionsOfSeries(series.id());
        List<ConsultationStore.SeriesSession> affected = all.stream()
                .filter(s -> !s.cancelled() && !s.sessionDate().isBefore(c.fromDate())
                        && s.sessionDate().atTime(s.startTime()).isAfter(now))
                .toList();
        List<Long> ids = affected.stream().map(ConsultationStore.SeriesSession::id).toList();
        Map<Long, List<SlotView>> slotsBySession = store.slots(ids);
        Map<Long, List<ConsultationStore.HeldBooking>> held = new HashMap<>();
        for (ConsultationStore.HeldBooking b : store.heldBookings(ids)) {
            held.computeIfAbsent(b.slotId(), k -> new ArrayList<>()).add(b);
        }
        Map<Long, List<ConsultationStore.WaitingPlace>> waiting = new HashMap<>();
        for (ConsultationStore.WaitingPlace w : store.waitingPlaces(ids)) {
            waiting.computeIfAbsent(w.slotId(), k -> new ArrayList<>()).add(w);
        }
        int changed = 0;
        int added = 0;
        int removed = 0;
        int moved = 0;
        int cancelled = 0;
        int waitingMoved = 0;
        int waitingEnded = 0;
        int waitingGiven = 0;
        List<SeriesChangePreview.CallerToPhone> callers = new ArrayList<>();
        for (ConsultationStore.SeriesSession s : affected) {
            List<SlotView> old = slotsBySession.getOrDefault(s.id(), List.of());
            List<LocalTime[]> wanted = s.sessionDate().isAfter(c.lastDate()) ? List.of()
                    : slotTimes(s.sessionDate(), c.start(), c.end(), series.slotMinutes());
            if (wanted.isEmpty()) {
                // after the new last date (or every new slot falls in the hour the clocks skip): the session goes
                List<ConsultationStore.HeldBooking> gone = old.stream()
                        .flatMap(sl -> held.getOrDefault(sl.id(), List.of()).stream()).toList();
                removed++;
                cancelled += gone.size();
                for (ConsultationStore.HeldBooking b : gone) {
                    if (b.workerAccountId() == null) {
                        callers.add(new SeriesChangePreview.CallerToPhone(s.sessionDate(), slotStart(old, b.slotId()),
                                null, b.bookingCode()));
                    }
                }
                List<ConsultationStore.WaitingPlace> waitingGone = old.stream()
                        .flatMap(sl -> waiting.getOrDefault(sl.id(), List.of()).stream()).toList();
                waitingEnded += waitingGone.size();
                if (apply) {
                    removeSession(series, s, gone);
                    for (ConsultationStore.WaitingPlace w : waitingGone) {
                        waitingEnded(series, s, w, slotStart(old, w.slotId()));
                    }
                }
                continue;
            }
            boolean sessionChanges = old.size() != wanted.size() || !s.startTime().equals(c.start())
                    || !s.endTime().equals(c.end());
            Map<Integer, Integer> bookedAt = new HashMap<>();
            Set<Integer> movedSlots = new HashSet<>();
            for (int k = 0; k < Math.min(old.size(), wanted.size()); k++) {
                SlotView slot = old.get(k);
                LocalTime[] to = wanted.get(k);
                bookedAt.put(k, slot.booked());
                boolean timeMoves = !slot.start().equals(to[0]);
                boolean capacityChanges = slot.capacity() != Math.max(c.placesPerSlot(), slot.booked());
                sessionChanges |= timeMoves || capacityChanges;
                if (apply) {
                    store.moveSlot(slot.id(), to[0], to[1]);
                    store.setCapacityKeepingBookings(slot.id(), c.placesPerSlot());
                }
                if (timeMoves) {
                    movedSlots.add(k);
                    for (ConsultationStore.HeldBooking b : held.getOrDefault(slot.id(), List.of())) {
                        moved++;
                        told(series, s, b, slot.start(), to, apply, callers);
                    }
                }
            }
            // slots the new times no longer hold: their bookings go to a free place of the session, or are cancelled
            for (int k = wanted.size(); k < old.size(); k++) {
                SlotView slot = old.get(k);
                for (ConsultationStore.HeldBooking b : held.getOrDefault(slot.id(), List.of())) {
                    int target = freePlace(wanted.size(), bookedAt, c.placesPerSlot(), old, held, b);
                    if (target >= 0) {
                        bookedAt.merge(target, 1, Integer::sum);
                        moved++;
                        // a worker who waited for that slot now holds a place in it: her waiting place ends
                        boolean waitedThere = b.workerAccountId() != null && waiting.getOrDefault(
                                old.get(target).id(), new ArrayList<>()).removeIf(
                                w -> w.workerAccountId() == b.workerAccountId());
                        if (apply) {
                            long to = old.get(target).id();
                            if (waitedThere) {
                                store.leaveWaiting(to, b.workerAccountId());
                            }
                            if (!store.take(to)) {
                                throw new IllegalStateException("a place counted free was taken under a lock");
                            }
                            store.moveBooking(b.id(), to);
                            store.release(slot.id());
                        }
                        told(series, s, b, slot.start(), wanted.get(target), apply, callers);
                    } else {
                        cancelled++;
                        if (b.workerAccountId() == null) {
                            callers.add(new SeriesChangePreview.CallerToPhone(s.sessionDate(), slot.start(), null,
                                    b.bookingCode()));
                        }
                        if (apply) {
                            store.setStatus(b.id(), BookingStatus.CANCELLED);
                            store.release(slot.id());
                            if (b.workerAccountId() != null) {
                                events.publishEvent(new BookingCancelled(b.id(), b.workerAccountId(),
                                        b.municipalityId(), s.sessionDate().atTime(slot.start()),
                                        s.sessionDate().atTime(slot.end()), series.locationName(),
                                        series.locationAddress(), b.language()));
                            }
                        }
                    }
                }
                List<ConsultationStore.WaitingPlace> waitingGone = waiting.getOrDefault(slot.id(), List.of());
                waitingEnded += waitingGone.size();
                if (apply) {
                    store.deleteWaitingOfSlot(slot.id());
                    store.deleteSlot(slot.id());
                    for (ConsultationStore.WaitingPlace w : waitingGone) {
                        waitingEnded(series, s, w, slot.start());
                    }
                }
            }
            // the waiting lists of the slots that stay: a place the new capacity frees goes to the first in line
            // (once the bookings of dropped slots found theirs); the others keep their place and hear of a new time
            for (int k = 0; k < Math.min(old.size(), wanted.size()); k++) {
                SlotView slot = old.get(k);
                List<ConsultationStore.WaitingPlace> line = waiting.getOrDefault(slot.id(), List.of());
                int given = Math.min(line.size(), Math.max(0, c.placesPerSlot() - bookedAt.getOrDefault(k, 0)));
                waitingGiven += given;
                if (apply) {
                    for (int g = 0; g < given; g++) {
                        if (!WorkerBookingService.giveFreedPlace(store, slot.id(), events, clock,
                                this::newCallerCode, reminderBefore)) {
                            throw new IllegalStateException("a place counted free was taken under a lock");
                        }
                    }
                }
                if (movedSlots.contains(k)) {
                    for (ConsultationStore.WaitingPlace w : line.subList(given, line.size())) {
                        waitingMoved++;
                        if (apply) {
                            events.publishEvent(new WaitingListMoved(w.workerAccountId(), w.municipalityId(),
                                    s.sessionDate().atTime(slot.start()), s.sessionDate().atTime(wanted.get(k)[0]),
                                    series.locationName()));
                        }
                    }
                }
            }
            if (apply) {
                for (int k = old.size(); k < wanted.size(); k++) {
                    store.insertSlot(s.id(), wanted.get(k)[0], wanted.get(k)[1], c.placesPerSlot());
                }
                store.changeSessionTimes(s.id(), c.start(), c.end());
            }
            if (sessionChanges) {
                changed++;
            }
        }
        // a later last date: new sessions after the old one, on the series' weekday
        Set<LocalDate> running = new HashSet<>();
        all.stream().filter(s -> !s.cancelled()).forEach(s -> running.add(s.sessionDate()));
        LocalDate begin = c.fromDate();
        if (!series.lastDate().isBefore(begin)) {
            begin = series.lastDate().plusDays(1);
        }
        if (begin.isBefore(series.firstDate())) {
            begin = series.firstDate();
        }
        if (begin.isBefore(today)) {
            begin = today;
        }
        int remaining = (int) all.stream().filter(s -> !s.cancelled()).count() - removed;
        for (LocalDate d = begin.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(series.weekday())));
                !d.isAfter(c.lastDate()); d = d.plusWeeks(1)) {
            if (running.contains(d)) {
                continue;
            }
            List<LocalTime[]> slots = slotTimes(d, c.start(), c.end(), series.slotMinutes());
            if (slots.isEmpty()) {
                continue;
            }
            if (remaining + added + 1 > MAX_SESSIONS_PER_SERIES) {
                throw new Refusal("consultation.series.error.too-many", new FieldLabel(LAST_DATE),
                        MAX_SESSIONS_PER_SERIES);
            }
            added++;
            if (apply) {
                long sessionId = store.insertSession(series.id(), d, c.start(), c.end());
                for (LocalTime[] slot : slots) {
                    store.insertSlot(sessionId, slot[0], slot[1], c.placesPerSlot());
                }
            }
        }
        SeriesChangePreview result = new SeriesChangePreview(changed, added, removed, moved, cancelled,
                waitingMoved, waitingEnded, waitingGiven, List.copyOf(callers));
        if (result.changesNothing() && c.lastDate().equals(series.lastDate()) && c.start().equals(series.startTime())
                && c.end().equals(series.endTime()) && c.placesPerSlot() == series.placesPerSlot()) {
            throw new Refusal("consultation.series.error.nothing");
        }
        return result;
    }

    /** The first new slot (by index) with a free place that the booking's worker does not already hold; or -1. */
    private static int freePlace(int slots, Map<Integer, Integer> bookedAt, int places, List<SlotView> old,
            Map<Long, List<ConsultationStore.HeldBooking>> held, ConsultationStore.HeldBooking b) {
        for (int j = 0; j < slots; j++) {
            if (bookedAt.getOrDefault(j, 0) >= places) {
                continue;
            }
            boolean sameWorker = b.workerAccountId() != null && held.getOrDefault(old.get(j).id(), List.of()).stream()
                    .anyMatch(o -> b.workerAccountId().equals(o.workerAccountId()));
            if (!sameWorker) {
                return j;
            }
        }
        return -1;
    }

    private static LocalTime slotStart(List<SlotView> slots, long slotId) {
        return slots.stream().filter(sl -> sl.id() == slotId).findFirst().map(SlotView::start).orElseThrow();
    }

    /** A booking moved to {@code to}: its worker is told (inbox, mail with the updated invitation); a caller listed. */
    private void told(ConsultationStore.SeriesRow series, ConsultationStore.SeriesSession s,
            ConsultationStore.HeldBooking b, LocalTime from, LocalTime[] to, boolean apply,
            List<SeriesChangePreview.CallerToPhone> callers) {
        if (b.workerAccountId() == null) {
            callers.add(new SeriesChangePreview.CallerToPhone(s.sessionDate(), from, to[0], b.bookingCode()));
        } else if (apply) {
            events.publishEvent(new BookingRescheduled(b.id(), b.workerAccountId(), b.municipalityId(),
                    s.sessionDate().atTime(to[0]), s.sessionDate().atTime(to[1]), series.locationName(),
                    series.locationAddress(), b.language()));
        }
    }

    /** A waiting-list place ended with the time it was for: the worker is told (inbox, discreet mail). */
    private void waitingEnded(ConsultationStore.SeriesRow series, ConsultationStore.SeriesSession s,
            ConsultationStore.WaitingPlace w, LocalTime start) {
        events.publishEvent(new WaitingListEnded(w.workerAccountId(), w.municipalityId(),
                s.sessionDate().atTime(start), series.locationName()));
    }

    /** A session after the new last date: deleted when nobody ever booked it, else cancelled and its workers told. */
    private void removeSession(ConsultationStore.SeriesRow series, ConsultationStore.SeriesSession s,
            List<ConsultationStore.HeldBooking> gone) {
        if (!store.everUsed(s.id())) {
            store.deleteUnusedSession(s.id());
            return;
        }
        store.cancelSession(s.id(), "");
        events.publishEvent(new SessionCancelled(s.id(),
                gone.stream().map(ConsultationStore.HeldBooking::id).toList(),
                gone.stream().map(ConsultationStore.HeldBooking::workerAccountId).filter(Objects::nonNull).distinct()
                        .toList(),
                s.sessionDate().atTime(s.startTime()), series.locationName(), ""));
    }

    // ---- locations

    /** The locations in use (not archived): where a new series can be held. */
    public List<Location> locations() {
        return store.locations();
    }

    /** Every location, archived ones too, with how many coming sessions each still has. */
    public List<LocationOverview> locationOverview() {
        return store.locationOverview(LocalDate.now(clock));
    }

    /** The coming sessions (not cancelled) held at a location: what archiving it leaves in place. */
    public List<SessionSummary> comingSessionsAt(long locationId) {
        return store.comingSessionsAt(locationId, LocalDate.now(clock));
    }

    /**
     * Corrects a location's name, address or accessibility notes (they show with every session held there). Refused,
     * and nothing changed, for an empty name or address or one that is too long.
     */
    @Transactional
    public void changeLocation(long locationId, String name, String address, @Nullable String accessibilityNotes) {
        String cleanName = FreeText.line(name, Location.NAME_MAX, "consultation.location-name");
        String cleanAddress = FreeText.line(address, Location.ADDRESS_MAX, "consultation.location-address");
        String cleanNotes = FreeText.optionalLine(accessibilityNotes, Location.NOTES_MAX, "consultation.location-accessibility");
        if (!store.changeLocation(locationId, cleanName, cleanAddress, cleanNotes)) {
            throw new Refusal("error.not-found");
        }
        audit.record(AuditAction.RULES_CHANGED, "LOCATION", Long.toString(locationId), "changed");
    }

    /**
     * Archives a location: no new series can be held there; the sessions already planned there stay (see
     * {@link #comingSessionsAt}). Archiving again changes nothing.
     */
    @Transactional
    public void archiveLocation(long locationId) {
        if (!store.locationExists(locationId)) {
            throw new Refusal("error.not-found");
        }
        if (store.archiveLocation(locationId, LocalDateTime.now(clock))) {
            audit.record(AuditAction.RULES_CHANGED, "LOCATION", Long.toString(locationId), "archived");
        }
    }

    /** Takes an archived location back into use. */
    @Transactional
    public void reopenLocation(long locationId) {
        if (store.reopenLocation(locationId)) {
            audit.record(AuditAction.RULES_CHANGED, "LOCATION", Long.toString(locationId), "reopened");
        }
    }

    @Transactional
    public long createLocation(String name, String address, @Nullable String accessibilityNotes) {
        return store.insertLocation(FreeText.line(name, Location.NAME_MAX, "consultation.location-name"),
                FreeText.line(address, Location.ADDRESS_MAX, "consultation.location-address"),
                FreeText.optionalLine(accessibilityNotes, Location.NOTES_MAX,
                        "consultation.location-accessibility"));
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
        int sessions = insertSeries(store, s);
        if (sessions == 0) {
            // rolls the series back: nothing was created
            throw new Refusal("consultation.error.no-slots");
        }
        return sessions;
    }

    /**
     * Stores a series checked already, with its sessions and slots; returns the number of sessions (none when every
     * slot falls in the hour skipped when the clocks go forward). Static, so no proxy of this class stands between:
     * the demo profile's {@link DemoConsultations} uses it too, without a signed-in GGD member.
     */
    static int insertSeries(ConsultationStore store, NewSeries s) {
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

    /**
     * Changes one slot's capacity; never below the places already booked. The places a higher capacity frees go to
     * the first in line on the slot's waiting list, who are told as when a cancellation frees a place.
     */
    @Transactional
    public void changeCapacity(long slotId, int capacity) {
        if (capacity <= 0 || capacity > NewSeries.MAX_PLACES) {
            throw new Refusal("consultation.error.capacity", NewSeries.MAX_PLACES);
        }
        if (!store.changeCapacity(slotId, capacity)) {
            throw new Refusal("consultation.error.capacity-below-booked");
        }
        Duration reminderBefore = rules.current().reminderBefore();
        while (WorkerBookingService.giveFreedPlace(store, slotId, events, clock, this::newCallerCode,
                reminderBefore)) {
            // each turn books the first in line and takes her off the list, until no place or nobody is left
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

    /**
     * Cancels a session with a message; every booked worker is told (event), places and waiting lists end and the
     * people on them are told too.
     */
    @Transactional
    public void cancelSession(long sessionId, String message) {
        SessionSummary s = store.session(sessionId).orElseThrow(() -> new Refusal("error.not-found"));
        if (s.cancelled()) {
            return;
        }
        String text = FreeText.lines(message, Location.NOTES_MAX, "consultation.cancel-message");
        List<ConsultationStore.BookedWorker> booked = store.bookedIn(sessionId);
        List<ConsultationStore.WaitingPlace> waiting = store.waitingPlaces(List.of(sessionId));
        List<SlotView> slots = store.slots(sessionId);
        store.cancelSession(sessionId, text);
        for (ConsultationStore.WaitingPlace w : waiting) {
            events.publishEvent(new WaitingListEnded(w.workerAccountId(), w.municipalityId(),
                    s.date().atTime(slotStart(slots, w.slotId())), s.locationName()));
        }
        events.publishEvent(new SessionCancelled(sessionId,
                booked.stream().map(ConsultationStore.BookedWorker::bookingId).toList(),
                booked.stream().map(ConsultationStore.BookedWorker::workerAccountId).filter(Objects::nonNull).distinct()
                        .toList(),
                s.date().atTime(s.start()), s.locationName(), text));
    }
}
