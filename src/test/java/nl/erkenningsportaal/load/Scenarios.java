package nl.erkenningsportaal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.erkenningsportaal.account.LoadAccounts;
import nl.erkenningsportaal.account.Totp;

/**
 * What the virtual users do, in the portal's own words (Dutch texts from the translation bundles): a worker reads
 * information pages and books and cancels a GGD slot; an officer pages through the worklist and opens requests.
 * Components are found in the UI tree as a user finds them — by tag, accessible name or visible text — and used
 * through Vaadin's own protocol (clicks, property changes with their DOM event, a grid's published methods); the
 * driver knows nothing of any one page's inner workings.
 */
final class Scenarios {

    static final Properties NL = load("i18n/consultation.properties", "i18n/security.properties",
            "i18n/core.properties");

    static final String BOOK = NL.getProperty("consultation.book");
    static final String CANCEL = NL.getProperty("consultation.cancel");
    static final String WAIT = NL.getProperty("consultation.wait");
    static final String CLOSE_DIALOG = NL.getProperty("action.cancel");
    static final String BOOKED = NL.getProperty("consultation.booked");
    static final String CANCELLED = NL.getProperty("consultation.cancelled-done");
    static final String VERIFY = NL.getProperty("security.second-factor.verify");

    private final Recorder recorder;
    private final int workerAccounts;
    private final int officerAccounts;
    /** The last TOTP step used per officer account: a code is accepted once per account. */
    private static final ConcurrentHashMap<String, Long> lastStep = new ConcurrentHashMap<>();

    Scenarios(Recorder recorder, int workerAccounts, int officerAccounts) {
        this.recorder = recorder;
        this.workerAccounts = workerAccounts;
        this.officerAccounts = officerAccounts;
    }

    // ---- sign-in -------------------------------------------------------------------------------------------

    void signInWorkerAt(VirtualBrowser b, int index) throws Exception {
        String user = LoadAccounts.worker(index % workerAccounts);
        b.open("login");
        long t0 = System.nanoTime();
        b.login(user, LoadAccounts.PASSWORD);
        recorder.record("sign-in: password (form post)", System.nanoTime() - t0);
    }

    void signInOfficerAt(VirtualBrowser b, int index) throws Exception {
        String user = LoadAccounts.officer(index % officerAccounts);
        b.open("login");
        long t0 = System.nanoTime();
        b.login(user, LoadAccounts.PASSWORD);
        recorder.record("sign-in: password (form post)", System.nanoTime() - t0);
        b.open(""); // the portal forwards a password-only login to the second-factor page
        UiTree.Node field = b.tree().first(n -> "vaadin-text-field".equals(n.tag)
                && "one-time-code".equals(n.attribute("autocomplete")))
                .orElseThrow(() -> new VirtualBrowser.ProtocolError("no second-factor field"));
        UiTree.Node verify = b.tree().buttonsWithText(VERIFY).stream().findFirst()
                .orElseThrow(() -> new VirtualBrowser.ProtocolError("no verify button"));
        for (int attempt = 0; attempt < 3; attempt++) {
            VirtualBrowser.RoundTrip r = b.typeAndClick(field.id, code(user), verify.id);
            recorder.record("sign-in: second factor", r);
            if (r.raw().contains("vaadin-redirect-pending")) {
                return; // accepted: the page reloads at the start page
            }
            if (Boolean.getBoolean("loadbench.debug")) {
                System.out.println("[loadbench] second factor refused for " + user + ": "
                        + r.raw().substring(0, Math.min(1500, r.raw().length())));
            }
            // this step's code was used already (by an earlier run): the next attempt takes the next step
        }
        throw new VirtualBrowser.ProtocolError("second factor refused");
    }

    /** A code for a time step this account has not used yet (the next step's code is accepted one step early). */
    private String code(String user) throws InterruptedException {
        while (true) {
            long now = Totp.step(Instant.now());
            long[] chosen = {-1};
            lastStep.compute(user, (k, last) -> {
                long step = last == null ? now : Math.max(now, last + 1);
                if (step <= now + 1) {
                    chosen[0] = step;
                    return step;
                }
                return last;
            });
            if (chosen[0] >= 0) {
                return Totp.codeAt(LoadAccounts.TOTP_SECRET, Instant.ofEpochSecond(chosen[0] * Totp.STEP_SECONDS));
            }
            Thread.sleep(1000);
        }
    }

    // ---- worker ----------------------------------------------------------------------------------------------

    void workerRound(VirtualBrowser b, Think think) throws Exception {
        think.pause();
        recorder.record("info: index page", b.navigate("/informatie", "link"));
        List<UiTree.Node> links = b.tree().all(n -> "a".equals(n.tag)
                && n.properties.getOrDefault("href", null) == null
                && n.attribute("href").startsWith("informatie/"));
        if (!links.isEmpty()) {
            think.pause();
            String href = links.get(ThreadLocalRandom.current().nextInt(links.size())).attribute("href");
            recorder.record("info: read a page", b.navigate(href, "link"));
        }
        think.pause();
        recorder.record("book: consultation page", b.navigate("/spreekuur", "link"));
        // the coming sessions are the browser's own details elements, folded until the worker opens one
        List<UiTree.Node> sessions = b.tree().all(n -> "details".equals(n.tag));
        if (sessions.isEmpty()) {
            throw new VirtualBrowser.ProtocolError("no coming session on the booking page");
        }
        think.pause();
        UiTree.Node session = sessions.get(ThreadLocalRandom.current().nextInt(sessions.size()));
        if (!opened(session)) {
            // the worker opens a folded session: the browser toggles it, and the server sends its times
            recorder.record("book: open a session's times", b.setProperty(session.id, "open", true, "toggle"));
        }
        List<UiTree.Node> times = b.tree().subtree(session).stream().filter(n -> "vaadin-button".equals(n.tag)
                && (UiTree.accessibleName(n).startsWith(BOOK + " ") || UiTree.accessibleName(n).startsWith(WAIT + " ")))
                .toList();
        List<UiTree.Node> bookable = times.stream().filter(n -> UiTree.accessibleName(n).startsWith(BOOK + " "))
                .toList();
        if (bookable.isEmpty()) {
            if (!times.isEmpty()) {
                recorder.refused("book: choose a slot (dialog)"); // every time of this session is full
                return;
            }
            throw new VirtualBrowser.ProtocolError("no bookable slot shown");
        }
        think.pause();
        recorder.record("book: choose a slot (dialog)", b.click(bookable.get(ThreadLocalRandom.current()
                .nextInt(bookable.size())).id));
        // the dialog just opened is the newest: its buttons have the highest node ids
        UiTree.Node confirm = b.tree().all(n -> "vaadin-button".equals(n.tag) && UiTree.accessibleName(n).isEmpty()
                && (BOOK.equals(b.tree().text(n)) || WAIT.equals(b.tree().text(n)))).stream().reduce((x, c) -> c)
                .orElseThrow(() -> new VirtualBrowser.ProtocolError("no confirm button in the dialog"));
        if (WAIT.equals(b.tree().text(confirm))) {
            // the time filled up between showing and choosing it: the dialog offers its waiting list instead
            recorder.refused("book: confirm");
            closeDialog(b, think);
            return;
        }
        think.pause();
        VirtualBrowser.RoundTrip booked = b.click(confirm.id);
        recorder.record("book: confirm", booked);
        if (!booked.raw().contains(BOOKED)) {
            // someone else took the time first: the dialog closes and the page says why
            recorder.refused("book: confirm");
            return;
        }
        UiTree.Node cancel = b.tree().buttonsLabelled(CANCEL + " ").stream().findFirst()
                .orElseThrow(() -> new VirtualBrowser.ProtocolError("booked, but no cancel button"));
        think.pause();
        VirtualBrowser.RoundTrip cancelled = b.click(cancel.id);
        recorder.record("book: cancel", cancelled);
        if (!cancelled.raw().contains(CANCELLED)) {
            recorder.refused("book: cancel");
        }
    }

    private static boolean opened(UiTree.Node details) {
        JsonNode open = details.properties.get("open");
        return open != null && open.asBoolean();
    }

    /**
     * Closes the newest dialog with its cancel button, as a person would.
     */
    private void closeDialog(VirtualBrowser b, Think think) throws IOException, InterruptedException {
        think.pause();
        UiTree.Node close = b.tree().buttonsWithText(CLOSE_DIALOG).stream().reduce((x, c) -> c)
                .orElseThrow(() -> new VirtualBrowser.ProtocolError("no way to close the dialog"));
        recorder.record("book: close the dialog", b.click(close.id));
    }

    // ---- officer -----------------------------------------------------------------------------------------------

    void officerRound(VirtualBrowser b, Think think) throws Exception {
        think.pause();
        VirtualBrowser.RoundTrip open = b.navigate("/handhaving", "link");
        UiTree.Node grid = b.tree().byTag("vaadin-grid")
                .orElseThrow(() -> new VirtualBrowser.ProtocolError("no worklist grid"));
        List<String> keys = itemKeys(open.body());
        if (keys.isEmpty()) {
            // the rows did not come with the page: ask for them as the grid does once it knows its size
            recorder.record("worklist: open (page without rows)", open);
            VirtualBrowser.RoundTrip first = b.callServer(grid.id, "setViewportRange", 0, 50);
            recorder.record("worklist: first 50 rows", first);
            keys = itemKeys(first.body());
            confirmUpdates(b, grid.id, first.body());
        } else {
            // the first 50 rows arrive with the page itself
            recorder.record("worklist: open with first 50 rows", open);
            confirmUpdates(b, grid.id, open.body());
        }
        for (int page = 1; page <= 2; page++) {
            think.pause();
            VirtualBrowser.RoundTrip next = b.callServer(grid.id, "setViewportRange", page * 50, 50);
            recorder.record("worklist: scroll to next 50 rows", next);
            List<String> more = itemKeys(next.body());
            if (!more.isEmpty()) {
                keys = more; // rows outside the viewport are dropped by the server's data communicator
            }
            confirmUpdates(b, grid.id, next.body());
        }
        if (keys.isEmpty()) {
            throw new VirtualBrowser.ProtocolError("worklist without rows");
        }
        think.pause();
        ObjectNode click = VirtualBrowser.mouse("event.detail.");
        click.put("event.detail.itemKey", keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
        click.put("event.detail.internalColumnId", "col0");
        VirtualBrowser.RoundTrip request = b.fire(grid.id, "item-click", click);
        recorder.record("request: open from the worklist", request);
        if (!request.raw().contains("handhaving/aanvraag/")) {
            if (Boolean.getBoolean("loadbench.debug")) {
                System.out.println("[loadbench] item click: " + click + " -> "
                        + request.raw().substring(0, Math.min(2000, request.raw().length())));
            }
            throw new VirtualBrowser.ProtocolError("request page did not open");
        }
    }

    /** The grid's rows arrive as {@code $connector.set(start, items)} calls; each item has a {@code key}. */
    static List<String> itemKeys(JsonNode response) {
        List<String> keys = new ArrayList<>();
        for (JsonNode exec : response.path("execute")) {
            String script = exec.path(exec.size() - 1).asText();
            if (script.contains("$connector.set(")) {
                for (JsonNode arg : exec) {
                    if (arg.isArray()) {
                        arg.forEach(item -> {
                            if (item.has("key")) {
                                keys.add(item.get("key").asText());
                            }
                        });
                    }
                }
            }
        }
        return keys;
    }

    /** The client confirms every data update ({@code $connector.confirm(id)}) with {@code confirmUpdate(id)}. */
    static void confirmUpdates(VirtualBrowser b, int grid, JsonNode response) throws Exception {
        for (JsonNode exec : response.path("execute")) {
            String script = exec.path(exec.size() - 1).asText();
            if (script.contains("$connector.confirm(")) {
                for (int i = 0; i < exec.size() - 1; i++) {
                    if (exec.get(i).isInt()) {
                        b.callServer(grid, "confirmUpdate", exec.get(i).asInt());
                    }
                }
            }
        }
    }

    private static Properties load(String... resources) {
        Properties p = new Properties();
        for (String r : resources) {
            try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(r)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(r, e);
            }
        }
        return p;
    }
}
