package nl.erkenningsportaal.consultation;

import com.vaadin.flow.component.UI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.ui.GgdDayView;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not part of {@code mvn verify}. Run: {@code mvn test -Dtest=ConsultationBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; writes {@code target/benchmarks/consultation.md}.
 */
class ConsultationBenchmark extends KaribuTest {

    @Autowired
    GgdConsultationService ggd;

    @Autowired
    WorkerBookingService bookings;

    static final int THREADS = 10; // Hikari's default pool size

    @Test
    void bookings_per_second_latency_last_place_race_and_day_view() throws Exception {
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        long location = ggd.createLocation("GGD Benchmark", "Teststraat 1", null);
        LocalDate day = LocalDate.now().plusWeeks(2).with(DayOfWeek.TUESDAY);
        // 8:00-20:00 in 5-minute slots with 40 places: 144 slots, plenty of distinct slots
        ggd.createSeries(new NewSeries(location, DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(20, 0), 5, 40,
                day, day, Set.of("GM0106")));
        SessionSummary session = ggd.sessions(day, day).getLast();
        List<Long> slots = ggd.day(session.id()).slots().stream().map(s -> s.slot().id()).toList();
        int n = 1000;
        // booked first, unmeasured, on the same slots, until the JIT has compiled the booking path and its listeners
        // (300 were too few: 246 bookings/s after 300, 370/s after 1,500; a server that runs all day is warm)
        int warmUp = Integer.getInteger("bench.warmup", 1500);
        List<SignedInUser> workers = new ArrayList<>();
        for (int i = 0; i < warmUp + n; i++) {
            workers.add(accounts.create(Roles.WORKER, null));
        }
        TestAccounts.signOut();

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch warm = new CountDownLatch(warmUp);
        for (int i = 0; i < warmUp; i++) {
            SignedInUser w = workers.get(n + i);
            long slot = slots.get(i % slots.size());
            pool.submit(() -> {
                TestAccounts.signIn(w);
                try {
                    bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
                } catch (Refusal ignored) {
                    // not measured
                } finally {
                    TestAccounts.signOut();
                    warm.countDown();
                }
            });
        }
        warm.await();
        awaitListenersDone(); // the warm-up's confirmations must not be counted against the measured bookings
        CountDownLatch done = new CountDownLatch(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            SignedInUser w = workers.get(i);
            long slot = slots.get(i % slots.size());
            pool.submit(() -> {
                TestAccounts.signIn(w);
                long t = System.nanoTime();
                try {
                    bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
                    latencies.add(System.nanoTime() - t);
                } catch (Refusal ignored) {
                    // counted as not booked
                } finally {
                    TestAccounts.signOut();
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        awaitListenersDone(); // every booking's confirmation (inbox, mail with .ics) and overview count written
        double secondsWithListeners = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        // last place: 50 workers race for one place, repeated
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        ggd.createSeries(new NewSeries(location, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), 5, 1,
                day.plusDays(1), day.plusDays(1), Set.of("GM0106")));
        List<Long> raceSlots = ggd.day(ggd.sessions(day.plusDays(1), day.plusDays(1)).getLast().id()).slots().stream()
                .map(s -> s.slot().id()).toList();
        TestAccounts.signOut();
        List<Long> raceTimes = new ArrayList<>();
        ExecutorService racePool = Executors.newFixedThreadPool(50);
        for (int r = 0; r < 20; r++) {
            long slot = raceSlots.get(r);
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(50);
            for (int i = 0; i < 50; i++) {
                SignedInUser w = workers.get(i);
                racePool.submit(() -> {
                    TestAccounts.signIn(w);
                    try {
                        go.await();
                        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
                    } catch (Exception ignored) {
                        // 49 of 50 are refused
                    } finally {
                        TestAccounts.signOut();
                        finished.countDown();
                    }
                    return null;
                });
            }
            long t = System.nanoTime();
            go.countDown();
            finished.await();
            raceTimes.add(System.nanoTime() - t);
        }
        racePool.shutdown();

        // GGD day view with 40 bookings
        TestAccounts.signIn(accounts.create(Roles.GGD, null));
        ggd.createSeries(new NewSeries(location, DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), 30, 5,
                day.plusDays(2), day.plusDays(2), Set.of("GM0106")));
        SessionSummary full = ggd.sessions(day.plusDays(2), day.plusDays(2)).getLast();
        List<Long> fullSlots = ggd.day(full.id()).slots().stream().map(s -> s.slot().id()).toList();
        for (int i = 0; i < 40; i++) {
            TestAccounts.signIn(workers.get(500 + i));
            bookings.book(new BookingRequest(fullSlots.get(i % fullSlots.size()), "GM0106", "pt", true, Reason.TALK,
                    "Luna"));
        }
        login(Roles.GGD);
        List<Long> renders = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(GgdDayView.class, full.id());
            renders.add(System.nanoTime() - t);
        }

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String report = String.format(Locale.ROOT, """
                # Consultation benchmark

                | measure | value |
                |---|---|
                | bookings on distinct slots, %d threads, after %d warm-up bookings | %d booked in %.2f s = %.0f bookings/s |
                | same, until every confirmation and count was written | %.2f s = %.0f bookings/s |
                | commit latency per booking | p50 %.1f ms, p99 %.1f ms |
                | last-place race, 50 workers, one place (20 rounds) | p50 %.1f ms, p99 %.1f ms until all 50 answered |
                | GGD day view with 40 bookings (Karibu, server side) | p50 %.1f ms |
                """, THREADS, warmUp, sorted.size(), seconds, sorted.size() / seconds, secondsWithListeners,
                sorted.size() / secondsWithListeners, pct(sorted, 0.5), pct(sorted, 0.99),
                pct(sortedCopy(raceTimes), 0.5), pct(sortedCopy(raceTimes), 0.99), pct(sortedCopy(renders.subList(5,
                        renders.size())), 0.5));
        Path out = Path.of("target/benchmarks/consultation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Waits until the event publication registry holds no incomplete publication: all listeners have run. */
    private void awaitListenersDone() throws InterruptedException {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL",
                Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("listeners still busy after 120 s");
            }
            Thread.sleep(5);
        }
    }

    private static List<Long> sortedCopy(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }
}
