package nl.erkenningsportaal.consultation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a series change does, shown before the GGD confirms it (and returned once it is done): how many sessions
 * change, are added or removed, how many bookings move to a new time or are cancelled, what happens to the people on
 * the waiting lists (their place moves with the time, ends with a time that goes, or becomes a booking where the new
 * capacity frees a place; each of them is told), and the bookings made by phone for a caller, whom the portal cannot
 * tell: the GGD phones them. A waiting list holds only people with an account, so it never adds a caller to phone.
 */
public record SeriesChangePreview(int sessionsChanged, int sessionsAdded, int sessionsRemoved, int bookingsMoved,
        int bookingsCancelled, int waitingMoved, int waitingEnded, int waitingGivenPlace,
        List<CallerToPhone> callersToPhone) {

    /**
     * A booking made for a caller that the change moves or cancels.
     *
     * @param newStart the new time of the booking; null when the change cancels it
     */
    public record CallerToPhone(LocalDate date, LocalTime oldStart, @Nullable LocalTime newStart, String bookingCode) {}

    public boolean changesNothing() {
        return sessionsChanged == 0 && sessionsAdded == 0 && sessionsRemoved == 0;
    }
}
