package nl.erkenningsportaal.recognition;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not part of {@code mvn verify} (surefire's default includes skip *Benchmark). Run with
 * {@code mvn test -Dtest=RecognitionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; writes
 * {@code target/benchmarks/recognition.md}.
 */
class RecognitionBenchmark extends KaribuTest {

    @Autowired
    RecognitionSeeder seeder;

    @Autowired
    RequestCrypto crypto;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void worklist_and_request_page_with_25000_requests() throws Exception {
        StringBuilder report = new StringBuilder("# Recognition benchmark\n\n");

        // encryption cost per request (all identity fields + blind index)
        Identity identity = RecognitionFixtures.identity("Łucja Nowak", "9401 AB");
        for (int i = 0; i < 2000; i++) {
            crypto.store(new RecognitionRequest(), identity);
        }
        int n = 20_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            crypto.store(new RecognitionRequest(), identity);
        }
        double encryptMicros = (System.nanoTime() - t0) / 1000.0 / n;
        RecognitionRequest stored = new RecognitionRequest();
        crypto.store(stored, identity);
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            crypto.identity(stored);
        }
        double decryptMicros = (System.nanoTime() - t0) / 1000.0 / n;
        report.append(String.format(Locale.ROOT, "| measure | value |%n|---|---|%n"
                + "| encrypt one request (10 fields + blind index) | %.1f µs |%n"
                + "| decrypt one identity | %.1f µs |%n", encryptMicros, decryptMicros));

        long seedStart = System.nanoTime();
        int existing = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class);
        seeder.seed(Math.max(0, 25_000 - existing));
        int total = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request", Integer.class);
        report.append(String.format(Locale.ROOT, "| requests in the database | %d (seeded in %d ms) |%n", total,
                (System.nanoTime() - seedStart) / 1_000_000));

        login(Roles.OFFICER, "GM0106");
        List<Long> serviceTimes = new ArrayList<>();
        List<Long> viewTimes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long s = System.nanoTime();
            officers.worklist(WorklistFilter.ALL, 0, 50);
            officers.count(WorklistFilter.ALL);
            officers.countsByStatus();
            serviceTimes.add(System.nanoTime() - s);
            s = System.nanoTime();
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("handhaving");
            Grid<RequestSummary> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class);
            GridKt._fetch(grid, 0, 50);
            viewTimes.add(System.nanoTime() - s);
        }
        long requestId = officers.worklist(WorklistFilter.ALL, 0, 1).getFirst().id();
        List<Long> pageTimes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long s = System.nanoTime();
            UI.getCurrent().navigate(nl.erkenningsportaal.recognition.ui.RequestView.class, requestId);
            officers.revealIdentity(requestId, RecognitionFixtures.INTAKE);
            pageTimes.add(System.nanoTime() - s);
        }
        report.append(row("worklist first page, service (list + count + counts per status)", serviceTimes));
        report.append(row("worklist view rendered with first 50 rows (Karibu, server side)", viewTimes));
        report.append(row("request page rendered + identity opened (audited)", pageTimes));
        Path out = Path.of("target/benchmarks/recognition.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private static String row(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos.subList(10, nanos.size())); // drop warm-up
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | p50 %.1f ms, p95 %.1f ms |%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6);
    }
}
