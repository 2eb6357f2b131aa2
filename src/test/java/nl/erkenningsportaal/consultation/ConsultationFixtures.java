package nl.erkenningsportaal.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.stereotype.Component;

/** GGD sessions for tests. */
@Component
public class ConsultationFixtures {

    private final GgdConsultationService ggd;
    private final TestAccounts accounts;

    ConsultationFixtures(GgdConsultationService ggd, TestAccounts accounts) {
        this.ggd = ggd;
        this.accounts = accounts;
    }

    /** A series on next week's Monday (one session), 09:00–11:00 in 30-minute slots, serving Assen and De Wolden. */
    public SessionSummary sessionNextWeek(int placesPerSlot) {
        return sessionNextWeek(placesPerSlot, "GGD Assen");
    }

    /** The same, at a location of its own name: a test finds its session on the page by that name. */
    public SessionSummary sessionNextWeek(int placesPerSlot, String place) {
        SignedInUser staff = accounts.create(Roles.GGD, null);
        TestAccounts.signIn(staff);
        long location = ggd.createLocation(place, "Voorbeeldstraat 1, Assen", "Lift aanwezig");
        LocalDate monday = LocalDate.now().plusWeeks(1).with(DayOfWeek.MONDAY);
        ggd.createSeries(new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), 30,
                placesPerSlot, monday, monday, Set.of("GM0106", "GM1690")));
        // the newest session of that day is the one just made (another test may have moved a session later that day)
        SessionSummary session = ggd.sessions(monday, monday).stream()
                .max(java.util.Comparator.comparingLong(SessionSummary::id)).orElseThrow();
        TestAccounts.signOut();
        return session;
    }

    /** Every slot of the session, in time order. */
    public java.util.List<Long> slots(SessionSummary session) {
        SignedInUser staff = accounts.create(Roles.GGD, null);
        TestAccounts.signIn(staff);
        java.util.List<Long> slots = ggd.day(session.id()).slots().stream().map(s -> s.slot().id()).toList();
        TestAccounts.signOut();
        return slots;
    }

    public long firstSlot(SessionSummary session) {
        SignedInUser staff = accounts.create(Roles.GGD, null);
        TestAccounts.signIn(staff);
        long slot = ggd.day(session.id()).slots().getFirst().slot().id();
        TestAccounts.signOut();
        return slot;
    }
}
