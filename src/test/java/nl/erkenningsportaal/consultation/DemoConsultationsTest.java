package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A new user of the demo finds consultations to book at once: the demo profile adds two weekly series when none
 * runs, at a location that says it is no real one, for every municipality of Drenthe; a restart adds nothing more.
 * The clock stands years ahead, where no other test's series runs; the series are removed afterwards.
 */
@IntegrationTest
class DemoConsultationsTest {

    static final String SESSIONS_OF_THE_DEMO = "SELECT COUNT(*) FROM consultation_session s JOIN consultation_series r "
            + "ON r.id = s.series_id JOIN consultation_location l ON l.id = r.location_id WHERE l.name = ?";

    @Autowired
    ConsultationStore store;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheDemoSeries() {
        clock.reset();
        String ofDemo = "SELECT id FROM consultation_location WHERE name = '" + DemoConsultations.LOCATION + "'";
        String seriesOfDemo = "SELECT id FROM consultation_series WHERE location_id IN (" + ofDemo + ")";
        String sessionsOfDemo = "SELECT id FROM consultation_session WHERE series_id IN (" + seriesOfDemo + ")";
        jdbc.update("DELETE FROM consultation_slot WHERE session_id IN (" + sessionsOfDemo + ")");
        jdbc.update("DELETE FROM consultation_session WHERE series_id IN (" + seriesOfDemo + ")");
        jdbc.update("DELETE FROM consultation_series_municipality WHERE series_id IN (" + seriesOfDemo + ")");
        jdbc.update("DELETE FROM consultation_series WHERE location_id IN (" + ofDemo + ")");
        jdbc.update("DELETE FROM consultation_location WHERE name = ?", DemoConsultations.LOCATION);
    }

    @Test
    void a_demo_start_without_running_series_offers_places_in_every_drenthe_municipality_and_a_restart_adds_none() {
        clock.shift(Duration.ofDays(365L * 30));
        DemoConsultations demo = new DemoConsultations(store, clock, transactions);

        demo.run(null);
        int sessions = count(SESSIONS_OF_THE_DEMO);
        assertThat(sessions).as("a Tuesday and a Thursday in each of the coming eight weeks").isEqualTo(16);
        demo.run(null);
        assertThat(count(SESSIONS_OF_THE_DEMO))
                .as("a restart while the series run adds nothing").isEqualTo(sessions);
        assertThat(count("SELECT COUNT(*) FROM consultation_location WHERE name = ?")).isOne();

        for (String municipality : DemoConsultations.DRENTHE) {
            accounts.signInAs(Roles.WORKER, null);
            List<OpenSession> open = bookings.comingSessions(municipality).stream()
                    .filter(o -> o.session().locationName().equals(DemoConsultations.LOCATION)).toList();
            TestAccounts.signOut();
            assertThat(open).as("a worker of " + municipality + " can book the demo's places").isNotEmpty();
            LocalDate first = open.getFirst().session().date();
            assertThat(first).isAfter(LocalDate.now(clock));
            assertThat(first.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            assertThat(open.getFirst().slots()).allSatisfy(slot -> assertThat(slot.capacity() - slot.booked()).isEqualTo(2));
        }
        assertThat(store.locations().stream().filter(l -> l.name().equals(DemoConsultations.LOCATION)))
                .singleElement().satisfies(l -> assertThat(l.address()).contains("Geen echt adres"));
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class, DemoConsultations.LOCATION);
        return n == null ? 0 : n;
    }
}
