package nl.erkenningsportaal.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.FieldLabel;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's side: coming sessions with free places, booking, rescheduling (atomic: the new place is secured
 * before the old one is given up), cancelling, and the waiting list. Recognition is not required. Nothing holds a
 * place while a worker is still choosing: a place is taken only by the conditional update at the moment of booking.
 *
 * <p>Reads are read-only transactions. A booking, move, cancellation or waiting-list place runs in a read-write
 * transaction of its own that {@link DeadlockRetry} starts again after a deadlock; those methods are not transactional
 * themselves ({@code NEVER}: a caller's transaction would make the retry join it, and a deadlock victim cannot commit).
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
        return store.bookableSessions(municipalityId, today, today.plusWeeks(rules.current().weeksAhead()), sessionId);
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
    @Transactional(propagation = Propagation.NEVER)
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
            store.leaveWaiting(slot.slotId(), worker);
            events.publishEvent(new BookingConfirmed(id, worker, request.municipalityId(), slot.startDateTime(),
                    slot.date().atTime(slot.end()), slot.locationName(), slot.locationAddress(), language,
                    rules.current().reminderBefore()));
            return own(id, worker);
        });
    }

    /** Moves a booking to another slot in one transaction: the old place is freed only once the new one is held. */
    @Transactional(propagation = Propagation.NEVER)
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
            store.moveBooking(bookingId, slot.slotId());
            store.release(old.slotId());
            giveFreedPlace(old.slotId());
            events.publishEvent(new BookingRescheduled(bookingId, worker, old.municipalityId(), slot.startDateTime(),
                    slot.date().atTime(slot.end()), slot.locationName(), slot.locationAddress(), old.language()));
            return own(bookingId, worker);
        });
    }

    @Transactional(propagation = Propagation.NEVER)
    public void cancel(long bookingId) {
        long worker = currentUser.require().id();
        retry.inTransaction(() -> {
            MyBooking b = lockOwn(bookingId, worker);
            requireChangeable(b);
            store.setStatus(bookingId, BookingStatus.CANCELLED);
            store.release(b.slotId());
            events.publishEvent(new BookingCancelled(bookingId, worker, b.municipalityId(), b.date().atTime(b.start()),
                    b.date().atTime(b.end()), b.locationName(), b.locationAddress(), b.language()));
            giveFreedPlace(b.slotId());
            return null;
        });
    }

    public List<MyBooking> myBookings() {
        return store.bookingsOf(currentUser.require().id());
    }

    /** Joins the waiting list of a full slot; the first in line gets a freed place automatically. */
    @Transactional(propagation = Propagation.NEVER)
    public void joinWaitingList(BookingRequest request) {
        long worker = currentUser.require().id();
        String language = language(request.language());
        retry.inTransaction(() -> {
            ConsultationStore.SlotContext slot = bookable(request.slotId(), request.municipalityId());
            requireNotBooked(worker, slot.slotId());
            try {
                store.insertWaiting(slot.slotId(), worker, request.municipalityId(), language, request.interpreter(),
                        request.reason(), LocalDateTime.now(clock));
            } catch (DuplicateKeyException e) {
                throw new Refusal("consultation.error.already-waiting");
            }
            return null;
        });
    }

    @Transactional
    public void leaveWaitingList(long slotId) {
        store.leaveWaiting(slotId, currentUser.require().id());
    }

    public List<MyWaiting> myWaitingLists() {
        return store.waitingOf(currentUser.require().id());
    }

    // ---- internals

    /** A freed place goes to the first in line, in the same transaction; they are told by event. */
    private void giveFreedPlace(long slotId) {
        giveFreedPlace(store, slotId, events, clock, this::newCode, rules.current().reminderBefore());
    }

    /** Gives a free place of the slot to the first in line, who is told by event; false when there was none. */
    static boolean giveFreedPlace(ConsultationStore store, long slotId, ApplicationEventPublisher events, Clock clock,
            java.util.function.Supplier<String> codes, Duration reminderBefore) {
        Optional<ConsultationStore.Waiting> first = store.lockFirstWaiting(slotId);
        if (first.isEmpty() || !store.take(slotId)) {
            return false;
        }
        ConsultationStore.Waiting w = first.get();
        store.deleteWaiting(w.id());
        long bookingId = store.insertBooking(slotId, w.workerAccountId(), w.municipalityId(), codes.get(),
                w.language(), w.interpreter(), ConsultationStore.reason(w.reason()), null, LocalDateTime.now(clock));
        ConsultationStore.SlotContext slot = store.slot(slotId, w.municipalityId()).orElseThrow();
        events.publishEvent(new WaitingListPlaceGiven(bookingId, w.workerAccountId(), w.municipalityId(),
                slot.startDateTime(), slot.date().atTime(slot.end()), slot.locationName(), slot.locationAddress(),
                w.language(), reminderBefore));
        return true;
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
        int max = rules.current().maxFutureBookings();
        if (store.comingBookings(worker, LocalDateTime.now(clock)) >= max) {
            throw new Refusal("consultation.error.limit", max);
        }
    }

    private void requireNotBooked(long worker, long slotId) {
        if (store.holdsPlace(worker, slotId)) {
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
            return store.insertBooking(slotId, worker, municipalityId, newCode(), language, interpreter, reason,
                    workName, LocalDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            // the unique key on (slot, worker, active) is the last guard against a double booking
            throw new Refusal("consultation.error.double");
        }
    }

    String newCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private MyBooking own(long bookingId, long worker) {
        return store.ownBooking(bookingId, worker).orElseThrow(() -> new Refusal("error.not-found"));
    }

    private MyBooking lockOwn(long bookingId, long worker) {
        if (!store.lockOwnBooking(bookingId, worker)) {
            throw new Refusal("error.not-found");
        }
        return own(bookingId, worker);
    }

    private static String language(String language) {
        String l = language.strip().toLowerCase(Locale.ROOT);
        if (!List.of(Locale.getISOLanguages()).contains(l)) {
            throw new Refusal("consultation.error.language");
        }
        return l;
    }

    /** The label of the booking dialog's work name field, which a refusal of the work name names. */
    static final String WORK_NAME_FIELD = "consultation.work-name-optional";

    private static @Nullable String workName(@Nullable String workName) {
        if (workName == null || workName.isBlank()) {
            return null;
        }
        String w = workName.strip();
        // the refusal names the field (issue 23): the booking dialog shows it there
        FieldLabel field = new FieldLabel(WORK_NAME_FIELD);
        if (w.codePointCount(0, w.length()) > BookingRequest.WORK_NAME_MAX) {
            throw new Refusal("consultation.error.work-name", BookingRequest.WORK_NAME_MAX, field);
        }
        if (FreeText.holdsForbidden(w, false)) {
            throw new Refusal("error.invisible-characters", field);
        }
        return w;
    }
}
