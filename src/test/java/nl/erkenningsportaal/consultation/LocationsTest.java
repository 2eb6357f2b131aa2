package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The GGD's locations: archiving one shows the sessions still planned there and leaves them bookable, but no new
 * series can be held there until it is taken back into use; a correction with an empty name changes nothing.
 */
@IntegrationTest
class LocationsTest {

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static final LocalDate MONDAY = LocalDate.now().plusWeeks(2).with(DayOfWeek.MONDAY);

    NewSeries oneMondayAt(long location) {
        return new NewSeries(location, DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(14, 0), 30, 2, MONDAY,
                MONDAY, Set.of("GM0106"));
    }

    @Test
    void an_archived_location_keeps_its_planned_sessions_bookable_but_takes_no_new_series() {
        accounts.signInAs(Roles.GGD, null);
        String name = "Wijkcentrum " + UUID.randomUUID().toString().substring(0, 6);
        long location = ggd.createLocation(name, "Voorbeeldweg 3, Assen", null);
        ggd.createSeries(oneMondayAt(location));
        assertThat(ggd.comingSessionsAt(location)).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(MONDAY));
        assertThat(ggd.locationOverview()).filteredOn(l -> l.id() == location).singleElement()
                .satisfies(l -> {
                    assertThat(l.archived()).isFalse();
                    assertThat(l.comingSessions()).isEqualTo(1);
                });

        ggd.archiveLocation(location);
        assertThat(ggd.locations()).extracting(Location::id).doesNotContain(location);
        assertThat(ggd.locationOverview()).filteredOn(l -> l.id() == location).singleElement()
                .satisfies(l -> assertThat(l.archived()).isTrue());
        assertThatThrownBy(() -> ggd.createSeries(oneMondayAt(location))).isInstanceOf(Refusal.class)
                .hasMessage("error.not-found");
        assertThat(ggd.comingSessionsAt(location)).as("the planned session stays").hasSize(1);

        accounts.signInAs(Roles.WORKER, null);
        assertThat(bookings.comingSessions("GM0106")).extracting(o -> o.session().locationName()).contains(name);

        accounts.signInAs(Roles.GGD, null);
        ggd.reopenLocation(location);
        assertThat(ggd.createSeries(oneMondayAt(location))).isEqualTo(1);
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("LOCATION", Long.toString(location))).extracting(e -> e.reason())
                .containsExactly("reopened", "archived");
    }

    @Test
    void a_correction_shows_with_its_sessions_and_an_empty_name_changes_nothing() {
        accounts.signInAs(Roles.GGD, null);
        long location = ggd.createLocation("Oud gebouw", "Voorbeeldweg 4, Assen", null);
        ggd.createSeries(oneMondayAt(location));

        assertThatThrownBy(() -> ggd.changeLocation(location, "  ", "Voorbeeldweg 5, Assen", null))
                .isInstanceOf(Refusal.class);
        assertThat(ggd.comingSessionsAt(location).getFirst().locationAddress()).isEqualTo("Voorbeeldweg 4, Assen");

        ggd.changeLocation(location, "Nieuw gebouw", "Voorbeeldweg 5, Assen", "Lift aanwezig");
        SessionSummary session = ggd.comingSessionsAt(location).getFirst();
        assertThat(session.locationName()).isEqualTo("Nieuw gebouw");
        assertThat(session.accessibilityNotes()).isEqualTo("Lift aanwezig");
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("LOCATION", Long.toString(location)))
                .filteredOn(e -> e.action() == AuditAction.RULES_CHANGED).hasSize(1);
    }

    @Test
    void only_the_ggd_changes_or_archives_a_location() {
        accounts.signInAs(Roles.GGD, null);
        long location = ggd.createLocation("Alleen GGD", "Voorbeeldweg 6, Assen", null);
        for (String role : new String[] {Roles.OFFICER, Roles.WORKER, Roles.COORDINATOR, Roles.ADMIN}) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> ggd.archiveLocation(location)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ggd.changeLocation(location, "X", "Y", null)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        accounts.signInAs(Roles.GGD, null);
        assertThat(ggd.locations()).extracting(Location::name).contains("Alleen GGD");
    }
}
