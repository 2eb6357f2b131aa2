package nl.erkenningsportaal.load;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.account.LoadAccounts;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.GgdConsultationService;
import nl.erkenningsportaal.consultation.NewSeries;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.RecognitionSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The server side of {@code PortalLoadBenchmark} ({@code loadbench} profile, test sources only): registers the bare
 * page, and once the portal is ready seeds national-scale data in the background — 25,000 recognition requests over
 * the twelve municipalities, a year of GGD sessions, the load accounts — then writes the marker file named by
 * {@code loadbench.marker}. Seeding is idempotent, so a kept data folder is seeded once.
 */
@Component
@Profile("loadbench")
class LoadBenchmarkSupport implements VaadinServiceInitListener {

    static final List<String> MUNICIPALITIES = List.of("GM1680", "GM0106", "GM1681", "GM0109", "GM1690", "GM0114",
            "GM0118", "GM0119", "GM1731", "GM1699", "GM1730", "GM1701");
    static final int REQUESTS = 25_000;

    private static final Logger log = LoggerFactory.getLogger(LoadBenchmarkSupport.class);

    private final RecognitionSeeder requests;
    private final LoadAccounts accounts;
    private final TestAccounts testAccounts;
    private final GgdConsultationService ggd;
    private final JdbcTemplate jdbc;

    LoadBenchmarkSupport(RecognitionSeeder requests, LoadAccounts accounts, TestAccounts testAccounts,
            GgdConsultationService ggd, JdbcTemplate jdbc) {
        this.requests = requests;
        this.accounts = accounts;
        this.testAccounts = testAccounts;
        this.ggd = ggd;
        this.jdbc = jdbc;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute("loadbench-bare", BarePage.class);
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInBackground() {
        Thread.ofPlatform().name("loadbench-seed").start(this::seed);
    }

    private void seed() {
        try {
            long t0 = System.nanoTime();
            int existing = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class);
            requests.seed(Math.max(0, REQUESTS - existing));
            accounts.create(Integer.getInteger("loadbench.workers", 800),
                    Integer.getInteger("loadbench.officers", 300), MUNICIPALITIES);
            seedConsultationYear();
            // a round cut off by the end of a level between booking and cancelling leaves its booking; over many
            // runs on a kept data folder those filled the coming sessions, and later runs measured mostly refusals.
            // Every run starts with every place free (the load accounts are the only ones booking here).
            int left = jdbc.update("UPDATE consultation_booking SET status = 'CANCELLED' WHERE status = 'BOOKED'");
            jdbc.update("UPDATE consultation_slot SET booked = 0 WHERE booked <> 0");
            log.info("load benchmark: {} bookings of earlier runs cancelled", left);
            String summary = String.format("requests=%d sessions=%d slots=%d seconds=%.1f",
                    jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM consultation_session", Integer.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM consultation_slot", Integer.class),
                    (System.nanoTime() - t0) / 1e9);
            log.info("load benchmark data ready: {}", summary);
            Files.writeString(Path.of(System.getProperty("loadbench.marker", "target/loadbench/seeded")), summary);
        } catch (Exception e) {
            log.error("load benchmark seeding failed", e);
            System.exit(3);
        }
    }

    /**
     * Four GGD locations with weekly walk-in afternoons for a year from tomorrow (20-minute slots, 3 places): Assen
     * twice a week for the middle of Drenthe, Emmen, Hoogeveen and Meppel once each for their parts.
     */
    private void seedConsultationYear() {
        int existing = jdbc.queryForObject("SELECT COUNT(*) FROM consultation_series", Integer.class);
        if (existing > 0) {
            return;
        }
        TestAccounts.signIn(testAccounts.create(Roles.GGD, null));
        try {
            LocalDate first = LocalDate.now().plusDays(1);
            LocalDate last = first.plusYears(1);
            long assen = ggd.createLocation("GGD Assen", "Mercuriusweg 1, Assen", null);
            long emmen = ggd.createLocation("GGD Emmen", "Boermarkeweg 1, Emmen", null);
            long hoogeveen = ggd.createLocation("GGD Hoogeveen", "Schutstraat 1, Hoogeveen", null);
            long meppel = ggd.createLocation("GGD Meppel", "Zuideinde 1, Meppel", null);
            Set<String> middle = Set.of("GM0106", "GM1680", "GM1681", "GM0109", "GM1699", "GM1730");
            series(assen, DayOfWeek.TUESDAY, first, last, middle);
            series(assen, DayOfWeek.THURSDAY, first, last, middle);
            series(emmen, DayOfWeek.WEDNESDAY, first, last, Set.of("GM0114", "GM0109", "GM1681"));
            series(hoogeveen, DayOfWeek.MONDAY, first, last, Set.of("GM0118", "GM1690", "GM1730"));
            series(meppel, DayOfWeek.FRIDAY, first, last, Set.of("GM0119", "GM1701", "GM1731", "GM1690"));
        } finally {
            TestAccounts.signOut();
        }
    }

    private void series(long location, DayOfWeek day, LocalDate first, LocalDate last, Set<String> municipalities) {
        ggd.createSeries(new NewSeries(location, day, LocalTime.of(13, 0), LocalTime.of(16, 0), 20, 3, first, last,
                municipalities));
    }
}
