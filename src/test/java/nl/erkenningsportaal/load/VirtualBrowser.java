package nl.erkenningsportaal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab as Vaadin's own client would drive it, over plain HTTP: the page, the bootstrap
 * ({@code ?v-r=init}) that creates a UI and hands out its id and CSRF token ({@code Vaadin-Security-Key}), then UIDL
 * requests ({@code POST ?v-r=uidl&v-uiId=N}) carrying that token, the last server sync id and a client message
 * counter, exactly as the browser does. CSRF and sync-id checks stay on in the server; a reply that Vaadin rejects
 * counts as an error. Cookies (the session) live in a cookie manager of this browser alone.
 */
final class VirtualBrowser {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** What one round trip cost, measured by the driver; the browser it came from. */
    record RoundTrip(long nanos, JsonNode body, String raw, VirtualBrowser browser) {}

    static final class ProtocolError extends RuntimeException {
        ProtocolError(String message) {
            super(message);
        }
    }

    private final String base;
    private final HttpClient http;
    private UiTree tree = new UiTree();
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    private final List<ObjectNode> pending = new ArrayList<>();
    private String lastMessage;
    /** The action whose request was the last one this tab sent, and where its server time goes. */
    String lastLabel;
    private BiConsumer<String, Long> serverTimes = (a, ms) -> { };

    VirtualBrowser(String base, Executor executor) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(executor).build();
    }

    /**
     * Vaadin reports in each answer ({@code timings[1]}, development mode's request timing) how long the server
     * worked on the session's previous request; this hands that time to {@code sink} under the previous action.
     */
    VirtualBrowser onServerTime(BiConsumer<String, Long> sink) {
        this.serverTimes = sink;
        return this;
    }

    UiTree tree() {
        return tree;
    }

    /**
     * Opens {@code route} as a fresh page load: the HTML page, the bootstrap that creates a UI, and the first
     * navigation event the client router sends. The previous UI of this tab is closed with the unload beacon.
     * Returns the navigation's round trip.
     */
    RoundTrip open(String route) throws IOException, InterruptedException {
        unload();
        lastLabel = null;
        String html = get("/" + route).body();
        Matcher m = SPRING_CSRF.matcher(html);
        springCsrf = m.find() ? m.group(1) : null;
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(route) + "&query=" + BROWSER_DETAILS);
        JsonNode json = parse(init.body());
        JsonNode appConfig = json.path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (appConfig.isMissingNode() || uidl.isMissingNode()) {
            throw new ProtocolError("no bootstrap in init response: " + init.statusCode());
        }
        uiId = appConfig.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree = new UiTree();
        pending.clear();
        tree.apply(uidl.get("changes"));
        return navigate("/" + route, "");
    }

    private String springCsrf;

    /** Spring Security's CSRF token from the last page (the login form posts it). */
    String springCsrf() {
        return springCsrf == null ? "" : springCsrf;
    }

    /** A client-side navigation: the router's {@code ui-navigate} event on the UI node. */
    RoundTrip navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        return rpc(event(1, "ui-navigate", data));
    }

    /** A mouse click on a component, with the details the browser sends. */
    RoundTrip click(int node) throws IOException, InterruptedException {
        return rpc(event(node, "click", mouse("event.")));
    }

    /** Types a value into a field and leaves it (property sync, then the change event), then clicks a button. */
    RoundTrip typeAndClick(int field, String value, int button) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field);
        sync.put("feature", UiTree.PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        return rpc(sync, event(field, "change", JSON.createObjectNode()), event(button, "click", mouse("event.")));
    }

    /** Sets a synchronised property as the client does (property sync, then the property's change event). */
    RoundTrip setProperty(int node, String property, boolean value) throws IOException, InterruptedException {
        return setProperty(node, property, value, property + "-changed");
    }

    /**
     * Sets a synchronised property as the client does when the DOM event that carries it fires (a details element's
     * {@code open} with {@code toggle}, say): the property sync, then the event.
     */
    RoundTrip setProperty(int node, String property, boolean value, String event)
            throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", UiTree.PROPERTIES);
        sync.put("property", property);
        sync.put("value", value);
        return rpc(sync, event(node, event, JSON.createObjectNode()));
    }

    /** A call of a method the component published to its client ({@code $server.name(args)}). */
    RoundTrip callServer(int node, String method, Object... args) throws IOException, InterruptedException {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        ArrayNode a = call.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            a.addPOJO(arg);
        }
        call.put("promise", 0);
        return rpc(call);
    }

    /** A DOM event with arbitrary event data (e.g. a grid's {@code item-click}). */
    RoundTrip fire(int node, String name, ObjectNode data) throws IOException, InterruptedException {
        return rpc(event(node, name, data));
    }

    static ObjectNode mouse(String prefix) {
        ObjectNode d = JSON.createObjectNode();
        d.put(prefix + "shiftKey", false);
        d.put(prefix + "metaKey", false);
        d.put(prefix + "detail", 1);
        d.put(prefix + "ctrlKey", false);
        d.put(prefix + "clientX", 300);
        d.put(prefix + "clientY", 300);
        d.put(prefix + "altKey", false);
        d.put(prefix + "button", 0);
        d.put(prefix + "screenY", 400);
        d.put(prefix + "screenX", 310);
        return d;
    }

    /**
     * Notifications close on the client after their duration; the client then syncs {@code opened=false}. The
     * driver does the same with its next request, so the server drops them as it would for a real browser.
     */
    private void closeShownNotifications() {
        for (UiTree.Node n : tree.all(x -> "vaadin-notification".equals(x.tag))) {
            JsonNode opened = n.properties.get("opened");
            if (opened != null && opened.asBoolean()) {
                ObjectNode sync = JSON.createObjectNode();
                sync.put("type", "mSync");
                sync.put("node", n.id);
                sync.put("feature", UiTree.PROPERTIES);
                sync.put("property", "opened");
                sync.put("value", false);
                pending.add(sync);
                pending.add(event(n.id, "opened-changed", JSON.createObjectNode()));
                n.properties.put("opened", JSON.getNodeFactory().booleanNode(false));
            }
        }
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", name);
        e.set("data", data);
        return e;
    }

    RoundTrip rpc(ObjectNode... invocations) throws IOException, InterruptedException {
        closeShownNotifications();
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        pending.forEach(rpc::add);
        pending.clear();
        for (ObjectNode i : invocations) {
            rpc.add(i);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        lastMessage = message.toString();
        long t0 = System.nanoTime();
        HttpResponse<String> response = post(lastMessage);
        long nanos = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new ProtocolError("UIDL status " + response.statusCode());
        }
        JsonNode json = parse(response.body());
        JsonNode meta = json.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || json.path("syncId").asInt(-1) < 0) {
            throw new ProtocolError("UIDL rejected: " + meta);
        }
        syncId = json.path("syncId").asInt();
        clientId = json.path("clientId").asInt(clientId + 1);
        tree.apply(json.get("changes"));
        long previous = json.path("timings").path(1).asLong(-1);
        if (lastLabel != null && previous >= 0) {
            serverTimes.accept(lastLabel, previous);
        }
        lastLabel = null;
        return new RoundTrip(nanos, json, response.body(), this);
    }

    private HttpResponse<String> post(String message) throws IOException, InterruptedException {
        return http.send(request(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends the last message once more, as a browser does when the answer to it got lost on the way; returns the
     * raw answer and leaves this tab's state as it was.
     */
    String resendLast() throws IOException, InterruptedException {
        if (lastMessage == null) {
            throw new IllegalStateException("nothing sent yet");
        }
        return post(lastMessage).body();
    }

    /** The beacon a browser sends when it leaves a page: the server closes that UI at once. */
    void unload() throws IOException, InterruptedException {
        lastLabel = null;
        if (uiId < 0) {
            return;
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.putArray("rpc");
        message.put("UNLOAD", true);
        http.send(request(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(),
                HttpResponse.BodyHandlers.discarding());
        uiId = -1;
    }

    /** Spring Security's form login, as the login page's form posts it. Returns where the portal sends us next. */
    String login(String username, String password) throws IOException, InterruptedException {
        String form = "_csrf=" + encode(springCsrf()) + "&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response = http.send(request(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            throw new ProtocolError("login status " + response.statusCode());
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new ProtocolError("login refused");
        }
        return location;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new ProtocolError("GET " + path.replaceAll("\\?.*", "") + " status " + r.statusCode());
        }
        return r;
    }

    /** Every request as a Dutch browser sends it (the portal picks its language from the browser). */
    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5");
    }

    private static JsonNode parse(String body) throws IOException {
        String b = body.startsWith("for(;;);") ? body.substring(8) : body;
        if (b.startsWith("[")) {
            b = b.substring(1, b.length() - 1);
        }
        return JSON.readTree(b);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Drops the connection but keeps the session and its page on the server, as a person reading a page does once
     * the server's keep-alive time has passed: the heap measurement then counts sessions, not open connections.
     */
    void disconnect() {
        http.close();
    }

    void close() {
        try {
            unload();
        } catch (Exception ignored) {
            // the server may be gone already
        }
        http.close();
    }

    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1440&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280"
            + "&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false"
            + "&v-tzid=Europe%2FAmsterdam&v-wn=loadbench&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
            + "&v-wla=SUPPORTED&v-ws=false";
}
