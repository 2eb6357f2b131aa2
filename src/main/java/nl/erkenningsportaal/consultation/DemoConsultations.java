package nl.erkenningsportaal.consultation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: consultations a new user can book at once. Without them the worker's booking page says there
 * is no place, and the GGD's screens are empty, until someone makes a series. At a start on which no series runs
 * for at least another week, this adds two weekly series for the coming eight weeks at one location whose name and
 * address say it is not a real consultation (an invented address or opening hour must never look real). The
 * {@code prod} profile refuses to start with the demo profile; the tests switch this off
 * ({@code portal.demo.consultations=false}) so that their own series are the only ones.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "portal.demo.consultations", havingValue = "true", matchIfMissing = true)
@Order(1)
class DemoConsultations implements ApplicationRunner {

    static final String LOCATION = "Demo-spreekuur (geen echt spreekuur)";
    static final String ADDRESS = "Geen echt adres: alleen voor de demo";
    static final int WEEKS = 8;
    /** The twelve municipalities of Drenthe (CBS codes), so a worker of any of them finds a place. */
    static final Set<String> DRENTHE = Set.of("GM0106", "GM0109", "GM0114", "GM0118", "GM0119", "GM1680", "GM1681",
            "GM1690", "GM1699", "GM1701", "GM1730", "GM1731");

    private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

    private final ConsultationStore store;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoConsultations(ConsultationStore store, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer sessions = transaction.execute(status -> addWhenNoneRuns());
        if (sessions != null && sessions > 0) {
            log.info("Demo consultations: {} sessions in the coming {} weeks at '{}' (profile 'demo')", sessions,
                    WEEKS, LOCATION);
        }
    }

    /** The series, when none runs for at least another week; returns the number of sessions added. */
    int addWhenNoneRuns() {
        LocalDate today = LocalDate.now(clock);
        if (!store.seriesRunningFrom(today.plusWeeks(1)).isEmpty()) {
            return 0;
        }
        long location = store.locations().stream().filter(l -> l.name().equals(LOCATION)).mapToLong(Location::id)
                .findFirst().orElseGet(() -> store.insertLocation(LOCATION, ADDRESS, null));
        LocalDate first = today.plusDays(1);
        LocalDate last = today.plusWeeks(WEEKS);
        return GgdConsultationService.insertSeries(store, new NewSeries(location, DayOfWeek.TUESDAY,
                LocalTime.of(13, 0), LocalTime.of(16, 0), 30, 2, first, last, DRENTHE))
                + GgdConsultationService.insertSeries(store, new NewSeries(location, DayOfWeek.THURSDAY,
                        LocalTime.of(9, 30), LocalTime.of(12, 0), 30, 2, first, last, DRENTHE));
    }
}
