package nl.erkenningsportaal.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal in a child JVM ({@link LoadBenchmarkServer} on the test class path), with its own port and data folder.
 * Knows when it is ready (the readiness probe on its management port answers) and how much live heap it holds (a full GC and a class histogram
 * through {@code jcmd}, measured inside the server's JVM).
 */
final class LoadServer implements AutoCloseable {

    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");

    final int port;
    /** The actuator's port (health, metrics): the web port + 10000. */
    final int managementPort;
    final Path dir;
    private final Process process;
    private final long pid;
    final long startNanos;

    /** Attaches to a server already running (for iterating on the driver): no start, no stop. */
    LoadServer(long pid, int port, Path dir) {
        this.port = port;
        this.managementPort = port + 10_000;
        this.dir = dir;
        this.process = null;
        this.pid = pid;
        this.startNanos = System.nanoTime();
    }

    /** How often the server's IdleResponseRelease sweeps here (30 s by default), so the heap runs wait less. */
    static final Duration IDLE_SWEEP = Duration.ofSeconds(5);

    /** Vaadin's production mode: needs the production bundle that {@code mvn -Pproduction package} writes. */
    static final boolean PRODUCTION = Boolean.getBoolean("loadbench.production");

    LoadServer(int port, Path dir, String xmx, int workers, int officers) throws IOException {
        if (PRODUCTION && !Files.isDirectory(Path.of("target/classes/META-INF/VAADIN/webapp/VAADIN/build"))) {
            throw new IllegalStateException("no production bundle: run mvn -Pproduction -DskipTests package first");
        }
        this.port = port;
        this.managementPort = port + 10_000;
        this.dir = dir;
        Files.createDirectories(dir);
        Files.deleteIfExists(marker());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-Xms" + xmx, "-XX:+UseParallelGC",
                "-Dfile.encoding=UTF-8", "-Duser.timezone=Europe/Amsterdam",
                // Development mode without its per-component stack traces, which production would not keep either;
                // or production mode (-Dloadbench.production=true) on the bundle `mvn -Pproduction package` left
                // in target/classes
                "-Dvaadin.devmode.componentTracker.enabled=false",
                "-Dvaadin.productionMode=" + PRODUCTION,
                // the server's own time per request in every answer (production mode leaves it out otherwise)
                "-Dvaadin.requestTiming=true",
                "-Dloadbench.marker=" + marker().toAbsolutePath(), "-Dloadbench.workers=" + workers,
                "-Dloadbench.officers=" + officers,
                "-cp", System.getProperty("java.class.path")));
        // more JVM options for the server, e.g. -Dloadbench.server.options=-XX:StartFlightRecording=filename=x.jfr
        String extra = System.getProperty("loadbench.server.options", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(LoadBenchmarkServer.class.getName(),
                "--server.port=" + port, "--management.server.port=" + managementPort, "--logging.level.root=warn",
                "--logging.level.nl.erkenningsportaal=info",
                "--logging.level.org.springframework.boot.StartupInfoLogger=info",
                "--portal.mail.sender-enabled=false",
                "--portal.ui.idle-response-sweep=" + IDLE_SWEEP.toSeconds() + "s"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().put("PORTAL_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
        builder.environment().put("PORT", Integer.toString(port));
        startNanos = System.nanoTime();
        process = builder.start();
        pid = process.pid();
    }

    private boolean alive() {
        return process == null || process.isAlive();
    }

    Path marker() {
        return dir.resolve("seeded").toAbsolutePath();
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Waits until the health endpoint answers 200; returns the time from process start. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                if (!alive()) {
                    throw new IllegalStateException("server exited: see " + dir.resolve("server.log"));
                }
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + managementPort + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return Duration.ofNanos(System.nanoTime() - startNanos);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("server not ready within " + limit);
    }

    String awaitSeeded(Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(marker())) {
                return Files.readString(marker());
            }
            if (!alive()) {
                throw new IllegalStateException("server exited: see " + dir.resolve("server.log"));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("data not seeded within " + limit);
    }

    /** Live heap in bytes: {@code jcmd GC.class_histogram} runs a full GC first and counts what survives. */
    long liveHeapBytes() throws IOException, InterruptedException {
        return histogram().getOrDefault(TOTAL_KEY, 0L);
    }

    static final String TOTAL_KEY = "(total)";

    /**
     * Live bytes per class after a full GC ({@code jcmd GC.class_histogram}), and the total (without the GC's filler
     * arrays) under {@link #TOTAL_KEY}; taken twice, as the first full GC may still leave finalizable or soft leftovers.
     */
    Map<String, Long> histogram() throws IOException, InterruptedException {
        Map<String, Long> result = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(2, TimeUnit.MINUTES);
            Matcher m = TOTAL.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no histogram total from jcmd: "
                        + out.substring(0, Math.min(300, out.length())));
            }
            result.clear();
            result.put(TOTAL_KEY, Long.parseLong(m.group(2)));
            Matcher row = ROW.matcher(out);
            while (row.find()) {
                result.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            }
            // the GC's filler arrays (dead space it marks as an object) are not live data: tens of MB of them came
            // and went between measurements of the worker page
            long fillers = result.entrySet().stream().filter(e -> e.getKey().contains("jdk.internal.vm.Filler"))
                    .mapToLong(Map.Entry::getValue).sum();
            result.put(TOTAL_KEY, result.get(TOTAL_KEY) - fillers);
        }
        return result;
    }

    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
