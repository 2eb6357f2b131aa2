package nl.erkenningsportaal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Round trips per action (driver-measured and server-reported), errors and refusals, for one load level. */
final class Recorder {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> server = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    /** Actions before this moment (the ramp-up) are not counted; sign-ins always are. */
    volatile long steadyFromNanos = Long.MIN_VALUE;

    void record(String action, VirtualBrowser.RoundTrip r) {
        record(action, r.nanos());
        r.browser().lastLabel = action;
    }

    void record(String action, long roundTripNanos) {
        if (!action.startsWith("sign-in") && System.nanoTime() < steadyFromNanos) {
            return;
        }
        nanos.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add(roundTripNanos);
    }

    /** The server's own time for an action's request (reported with the tab's next request). */
    void server(String action, long millis) {
        if (!action.startsWith("sign-in") && System.nanoTime() < steadyFromNanos) {
            return;
        }
        server.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    void error(String where, Throwable e) {
        errors.computeIfAbsent(where, k -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(where, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    void refused(String action) {
        if (System.nanoTime() >= steadyFromNanos) {
            refusals.computeIfAbsent(action, k -> new AtomicLong()).incrementAndGet();
        }
    }

    long totalErrors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long count() {
        return nanos.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    /** p-th percentile (0..100) of the driver-measured round trips of {@code action}, in ms; -1 when none. */
    double percentile(String action, double p) {
        ConcurrentLinkedQueue<Long> q = nanos.get(action);
        return q == null || q.isEmpty() ? -1 : pct(new ArrayList<>(q), p) / 1e6;
    }

    /** Percentile over every action but the sign-in steps (the pages a signed-in user waits for). */
    double overallPercentile(double p) {
        List<Long> all = new ArrayList<>();
        nanos.forEach((k, v) -> {
            if (!k.startsWith("sign-in") && !k.contains(" + ")) {
                all.addAll(v);
            }
        });
        return all.isEmpty() ? -1 : pct(all, p) / 1e6;
    }

    double serverPercentile(String action, double p) {
        ConcurrentLinkedQueue<Long> q = server.get(action);
        return q == null || q.isEmpty() ? -1 : pct(new ArrayList<>(q), p);
    }

    private static double pct(List<Long> values, double p) {
        Collections.sort(values);
        int index = (int) Math.ceil(p / 100.0 * values.size()) - 1;
        return values.get(Math.max(0, Math.min(values.size() - 1, index)));
    }

    String table() {
        StringBuilder out = new StringBuilder("| action | n | p50 ms | p95 ms | p99 ms | max ms | server p50 / p95 ms "
                + "| errors | refused |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        TreeMap<String, ConcurrentLinkedQueue<Long>> sorted = new TreeMap<>(nanos);
        errors.keySet().forEach(k -> sorted.putIfAbsent(k, new ConcurrentLinkedQueue<>()));
        sorted.forEach((action, q) -> out.append(String.format(Locale.ROOT,
                "| %s | %d | %s | %s | %s | %s | %s / %s | %d | %d |%n", action, q.size(), ms(percentile(action, 50)),
                ms(percentile(action, 95)), ms(percentile(action, 99)), ms(percentile(action, 100)),
                ms(serverPercentile(action, 50)), ms(serverPercentile(action, 95)),
                errors.getOrDefault(action, new AtomicLong()).get(),
                refusals.getOrDefault(action, new AtomicLong()).get())));
        out.append(String.format(Locale.ROOT, "| **all actions after sign-in** | | **%s** | **%s** | **%s** | | | **%d** "
                + "| |%n", ms(overallPercentile(50)), ms(overallPercentile(95)), ms(overallPercentile(99)),
                totalErrors()));
        if (!firstError.isEmpty()) {
            out.append("\nFirst error per place:\n\n");
            new TreeMap<>(firstError).forEach((k, v) -> out.append("- ").append(k).append(": `")
                    .append(v.replace('`', '\'')).append("`\n"));
        }
        return out.toString();
    }

    private static String ms(double v) {
        return v < 0 ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }
}
