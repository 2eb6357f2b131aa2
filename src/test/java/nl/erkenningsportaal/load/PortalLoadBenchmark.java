package nl.erkenningsportaal.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The portal under load, through Vaadin's own client protocol. Not part of {@code mvn verify} (surefire's default
 * includes skip *Benchmark). Run with
 * {@code mvn test -Dtest=PortalLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; writes
 * {@code target/load-report.md}. See docs/benchmarks.md for the settings and docs/decisions/0011.
 *
 * <p>One run: start the portal in its own JVM (start to ready, embedded MariaDB included), seed national-scale data,
 * warm up, measure the live heap per session of four pages (hold N, full GC, measure; hold N more, full GC,
 * measure; difference / N), then hold 100, 200 and 500 concurrent sessions — workers and officers with think times —
 * and report each action's round trips and errors.
 */
class PortalLoadBenchmark {

    static final int PORT = Integer.getInteger("loadbench.port", 8197);
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("loadbench.levels", "100,200,500")
            .split(",")).map(String::trim).filter(l -> !l.isEmpty()).map(Integer::valueOf).toList();
    static final long STEADY_SECONDS = Long.getLong("loadbench.seconds", 120);
    static final long RAMP_SECONDS = Long.getLong("loadbench.ramp", 30);
    static final long THINK_MIN = Long.getLong("loadbench.think.min", 2000);
    static final long THINK_MAX = Long.getLong("loadbench.think.max", 5000);
    static final int HEAP_SESSIONS = Integer.getInteger("loadbench.heap.sessions", 100);
    static final double OFFICER_SHARE = Double.parseDouble(System.getProperty("loadbench.officers.share", "0.2"));
    static final String XMX = System.getProperty("loadbench.xmx", "3g");
    static final Path DIR = Path.of(System.getProperty("loadbench.dir", "target/loadbench"));
    static final int WORKER_ACCOUNTS = 1000;
    static final int OFFICER_ACCOUNTS = 300;

    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();

    @Test
    void portal_under_load() throws Exception {
        StringBuilder report = new StringBuilder("# Load benchmark\n\n");
        report.append(String.format(Locale.ROOT, "Run %s on %d cores (shared: load average at start %.1f). Think time "
                + "%d–%d ms; %d s ramp-up then %d s measured per level; %.0f%% officers, the rest workers. Server: own JVM, "
                + "-Xmx%s, ParallelGC, Vaadin %s, embedded MariaDB.%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), THINK_MIN,
                THINK_MAX, RAMP_SECONDS, STEADY_SECONDS, OFFICER_SHARE * 100, XMX,
                LoadServer.PRODUCTION ? "production mode" : "development mode (component tracker off)"));
        if (Boolean.getBoolean("loadbench.fresh")) {
            deleteTree(DIR.resolve("data"));
        }
        boolean freshData = !Files.exists(DIR.resolve("data"));
        String attach = System.getProperty("loadbench.attach"); // pid:port of a running LoadBenchmarkServer
        try (LoadServer server = attach == null ? new LoadServer(PORT, DIR, XMX, WORKER_ACCOUNTS, OFFICER_ACCOUNTS)
                : new LoadServer(Long.parseLong(attach.split(":")[0]), Integer.parseInt(attach.split(":")[1]), DIR)) {
            Duration ready = server.awaitReady(Duration.ofMinutes(10));
            report.append(String.format(Locale.ROOT, "## Start to ready%n%n**%.1f s** from `java` to the health "
                    + "endpoint answering, embedded MariaDB included (%s data folder), for this benchmark's server: "
                    + "the test class path, no AOT cache. The production start, with the cache, is measured by "
                    + "`StartupBenchmark` (target ≤ 10 s).%n%n",
                    ready.toMillis() / 1000.0, freshData ? "a new" : "an existing"));
            String seeded = server.awaitSeeded(Duration.ofMinutes(20));
            report.append("Data: ").append(seeded).append(" (25,000 requests over twelve municipalities; a year of "
                    + "weekly GGD sessions at four locations).\n\n");
            System.out.println("[loadbench] ready in " + ready + ", data " + seeded);

            Scenarios scenarios = new Scenarios(new Recorder(), WORKER_ACCOUNTS, OFFICER_ACCOUNTS);
            warmUp(server);
            if (HEAP_SESSIONS > 0) {
                Files.deleteIfExists(DIR.resolve("heap-by-class.md"));
                report.append(heap(server));
            }
            int workerOffset = 0;
            for (int level : LEVELS) {
                Recorder recorder = new Recorder();
                phase(server, level, recorder, workerOffset);
                workerOffset += level;
                report.append(String.format(Locale.ROOT, "## %d concurrent sessions%n%n", level)).append(
                        recorder.table()).append('\n');
                System.out.println("[loadbench] " + level + " sessions:\n" + recorder.table());
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target/load-report.md"), report);
            }
        } finally {
            virtualThreads.shutdownNow();
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/load-report.md"), report);
        System.out.println(report);
    }

    /** A few rounds of every scenario, unrecorded, so that the measurements see a warm JIT and warm caches. */
    private void warmUp(LoadServer server) throws Exception {
        Recorder ignored = new Recorder();
        Scenarios s = new Scenarios(ignored, WORKER_ACCOUNTS, OFFICER_ACCOUNTS);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean officer = i % 3 == 0;
            int index = i;
            runs.add(virtualThreads.submit(() -> {
                VirtualBrowser b = new VirtualBrowser(server.base(), virtualThreads);
                try {
                    Think quick = new Think(50, 100, Long.MAX_VALUE);
                    if (officer) {
                        s.signInOfficerAt(b, OFFICER_ACCOUNTS - 1 - index);
                        b.open("");
                        for (int r = 0; r < 5; r++) {
                            s.officerRound(b, quick);
                        }
                    } else {
                        s.signInWorkerAt(b, WORKER_ACCOUNTS - 1 - index);
                        b.open("");
                        for (int r = 0; r < 5; r++) {
                            s.workerRound(b, quick);
                        }
                    }
                } catch (Exception e) {
                    System.out.println("[loadbench] warm-up " + (officer ? "officer" : "worker") + ": " + e);
                } finally {
                    b.close();
                }
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
    }

    // ---- heap per session ----------------------------------------------------------------------------------

    interface Opener {
        void open(VirtualBrowser b, int index) throws Exception;
    }

    private String heap(LoadServer server) throws Exception {
        Scenarios s = new Scenarios(new Recorder(), WORKER_ACCOUNTS, OFFICER_ACCOUNTS);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "## Live heap per session%n%n"
                + "Hold %1$d sessions on the page, full GC, measure; hold %1$d more, full GC, measure; the difference "
                + "divided by %1$d (inside the server JVM: `jcmd GC.class_histogram`, which counts live objects after a "
                + "full GC). Sessions stay open (no unload) until their page type is done; their connections are "
                + "closed first, so the figures are what a session holds, not what an open connection holds. "
                + "*Just opened*: right after the page's first answer. *Idle*: after the server let go of each "
                + "page's last answer (IdleResponseRelease; the sweep runs every %2$d s here, 30 s by default), "
                + "which is what a session holds while its person reads; the targets are compared with this.%n%n"
                + "| page | heap after N (idle) | after 2N (idle) | per session, just opened | per session, idle "
                + "| vs bare page | target |%n"
                + "|---|---:|---:|---:|---:|---:|---|%n", HEAP_SESSIONS, LoadServer.IDLE_SWEEP.toSeconds()));
        int base = WORKER_ACCOUNTS - 700; // worker accounts the load phases do not use
        double bare = measure(server, "bare Vaadin page (one span, test only)", out, -1, null,
                (b, i) -> b.open("loadbench-bare"));
        // the same page for a signed-in worker: what signing in itself adds to a session (the security context,
        // the CSRF token), apart from what the booking page holds
        measure(server, "bare Vaadin page, signed-in worker (test only)", out, bare, null, (b, i) -> {
            s.signInWorkerAt(b, base + 3 * HEAP_SESSIONS + i);
            b.open("loadbench-bare");
        });
        measure(server, "landing page, anonymous (`/`)", out, bare, "≤ 4× bare", (b, i) -> b.open(""));
        measure(server, "signed-in worker, booking page (`/spreekuur`)", out, bare, "≤ 4× bare", (b, i) -> {
            s.signInWorkerAt(b, base + i);
            b.open("spreekuur");
        });
        measure(server, "officer worklist with its first 50 rows (`/handhaving`)", out, bare, "≤ 150 KB", (b, i) -> {
            s.signInOfficerAt(b, i);
            VirtualBrowser.RoundTrip open = b.open("handhaving");
            UiTree.Node grid = b.tree().byTag("vaadin-grid").orElseThrow();
            if (Scenarios.itemKeys(open.body()).isEmpty()) {
                open = b.callServer(grid.id, "setViewportRange", 0, 50);
            }
            Scenarios.confirmUpdates(b, grid.id, open.body());
        });
        return out.append('\n').toString();
    }

    /**
     * Per round: open N more sessions and take a histogram ("opened"), then wait until the server's idle sweep (see
     * {@code IdleResponseRelease}; every {@link LoadServer#IDLE_SWEEP} here) has let go of the pages' last answers
     * and take another ("idle"). Just opened, per session = opened[2] - idle[1]: the newest N sessions as opened,
     * the older ones idle in both. Idle, per session = idle[2] - idle[1]. Returns the idle figure.
     */
    private double measure(LoadServer server, String page, StringBuilder out, double bare, String target,
            Opener opener) throws Exception {
        List<VirtualBrowser> held = new ArrayList<>();
        try {
            long[] opened = new long[3];
            long[] idle = new long[3];
            java.util.Map<String, Long> middle = Map.of();
            for (int round = 0; round < 3; round++) {
                open(server, held, round * HEAP_SESSIONS, opener);
                opened[round] = server.histogram().get(LoadServer.TOTAL_KEY);
                Thread.sleep(LoadServer.IDLE_SWEEP.multipliedBy(2).plusSeconds(3).toMillis());
                java.util.Map<String, Long> histogram = server.histogram();
                idle[round] = histogram.get(LoadServer.TOTAL_KEY);
                if (round == 1) {
                    middle = histogram;
                } else if (round == 2) {
                    writeHeapDifference(page + ", idle", middle, histogram);
                }
                System.out.printf(Locale.ROOT, "[loadbench] %s: %d sessions, live heap %.1f MB opened, %.1f MB idle%n",
                        page, held.size(), opened[round] / 1e6, idle[round] / 1e6);
            }
            double perSession = (idle[2] - idle[1]) / (double) HEAP_SESSIONS;
            double justOpened = (opened[2] - idle[1]) / (double) HEAP_SESSIONS;
            // the first round carries warm-up; the second increment is the measurement. When the two increments
            // disagree wildly, something besides the sessions came or went between the measurements: say so.
            double earlier = (idle[1] - idle[0]) / (double) HEAP_SESSIONS;
            boolean stable = perSession > 0 && earlier > 0 && Math.max(perSession, earlier)
                    <= 2 * Math.min(perSession, earlier);
            String verdict = "";
            if (target != null) {
                boolean met = target.startsWith("≤ 4×") ? perSession <= 4 * bare : perSession <= 150 * 1024;
                verdict = !stable ? target + ": not determined" : target + (met ? ": met" : ": **not met**");
            }
            out.append(String.format(Locale.ROOT, "| %s | %.1f MB | %.1f MB | %.1f KB | **%.1f KB**%s | %s | %s |%n",
                    page, idle[1] / 1e6, idle[2] / 1e6, justOpened / 1024, perSession / 1024,
                    stable ? "" : String.format(Locale.ROOT, " (unstable: N→2N gave %.1f KB)", earlier / 1024),
                    bare <= 0 ? "1.0×" : String.format(Locale.ROOT, "%.1f×", perSession / bare), verdict));
            return perSession;
        } finally {
            held.forEach(VirtualBrowser::close);
        }
    }

    /** What the last N sessions of a page added, class by class: where the heap per session goes. */
    private static void writeHeapDifference(String page, Map<String, Long> before, Map<String, Long> after)
            throws java.io.IOException {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n## %s%n%n| class | bytes per session |%n"
                + "|---|---:|%n", page));
        java.util.Set<String> classes = new java.util.HashSet<>(after.keySet());
        classes.addAll(before.keySet());
        classes.remove(LoadServer.TOTAL_KEY);
        List<Map.Entry<String, Long>> deltas = classes.stream()
                .map(c -> Map.entry(c, after.getOrDefault(c, 0L) - before.getOrDefault(c, 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        // the 25 that grew most, then the 10 that shrank most (something that is not per session went away)
        List<Map.Entry<String, Long>> shown = new ArrayList<>(deltas.subList(0, Math.min(25, deltas.size())));
        deltas.subList(Math.max(25, deltas.size() - 10), deltas.size()).stream().filter(e -> e.getValue() < 0)
                .forEach(shown::add);
        shown.forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f |%n", e.getKey(),
                e.getValue() / (double) HEAP_SESSIONS)));
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("heap-by-class.md"), out, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Opens {@code HEAP_SESSIONS} more sessions, eight at a time. */
    private void open(LoadServer server, List<VirtualBrowser> held, int offset, Opener opener) throws Exception {
        Semaphore parallel = new Semaphore(8);
        List<Future<VirtualBrowser>> opened = new ArrayList<>();
        for (int i = 0; i < HEAP_SESSIONS; i++) {
            int index = offset + i;
            opened.add(virtualThreads.submit(() -> {
                parallel.acquire();
                try {
                    VirtualBrowser b = new VirtualBrowser(server.base(), virtualThreads);
                    opener.open(b, index);
                    // without its connection: Tomcat closes an idle one after its keep-alive time, and its buffers
                    // (about 16 KB) would otherwise count as session memory in one round and vanish in a later one
                    b.disconnect();
                    return b;
                } finally {
                    parallel.release();
                }
            }));
        }
        for (Future<VirtualBrowser> f : opened) {
            held.add(f.get());
        }
    }

    // ---- load phases ----------------------------------------------------------------------------------------

    private void phase(LoadServer server, int sessions, Recorder recorder, int workerOffset) throws Exception {
        Scenarios s = new Scenarios(recorder, WORKER_ACCOUNTS, OFFICER_ACCOUNTS);
        int officers = (int) Math.round(sessions * OFFICER_SHARE);
        long start = System.nanoTime();
        long steady = start + Duration.ofSeconds(RAMP_SECONDS).toNanos();
        long end = steady + Duration.ofSeconds(STEADY_SECONDS).toNanos();
        recorder.steadyFromNanos = steady;
        List<Future<?>> users = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            boolean officer = i < officers;
            int index = officer ? i : (workerOffset + i - officers) % (WORKER_ACCOUNTS - 100);
            long delay = ThreadLocalRandom.current().nextLong(Math.max(1, Duration.ofSeconds(RAMP_SECONDS).toMillis()));
            users.add(virtualThreads.submit(() -> {
                Thread.sleep(delay);
                VirtualBrowser b = new VirtualBrowser(server.base(), virtualThreads).onServerTime(recorder::server);
                try {
                    try {
                        if (officer) {
                            s.signInOfficerAt(b, index);
                        } else {
                            s.signInWorkerAt(b, index);
                        }
                        recorder.record("sign-in: first page", b.open(""));
                    } catch (Exception e) {
                        recorder.error("sign-in", e);
                        debugDump(b, e);
                        return null;
                    }
                    Think think = new Think(THINK_MIN, THINK_MAX, end);
                    while (System.nanoTime() < end) {
                        try {
                            if (officer) {
                                s.officerRound(b, think);
                            } else {
                                s.workerRound(b, think);
                            }
                        } catch (Think.PhaseOver over) {
                            break;
                        } catch (Exception e) {
                            recorder.error(officer ? "officer round" : "worker round", e);
                            debugDump(b, e);
                            b.open(""); // start over on a fresh page, as a user would reload
                        }
                    }
                } finally {
                    b.close();
                }
                return null;
            }));
        }
        for (Future<?> f : users) {
            f.get();
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger DUMPS = new java.util.concurrent.atomic.AtomicInteger();

    /** With {@code -Dloadbench.debug=true}, the first few failing UI trees go to target/loadbench/dump-N.txt. */
    private static void debugDump(VirtualBrowser b, Exception e) {
        if (Boolean.getBoolean("loadbench.debug") && DUMPS.incrementAndGet() <= 5) {
            try {
                Files.writeString(DIR.resolve("dump-" + DUMPS.get() + ".txt"), e + "\n" + b.tree().dump());
            } catch (java.io.IOException ignored) {
                // debugging aid only
            }
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
