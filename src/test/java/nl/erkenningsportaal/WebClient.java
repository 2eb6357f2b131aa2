package nl.erkenningsportaal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain HTTP client with a cookie jar of its own that keeps every cookie, {@code Secure} ones too (the prod
 * profile marks the session cookie Secure while tests speak plain HTTP to the node, as HAProxy does behind TLS), and
 * follows no redirect, so a test sees each answer's status, headers and cookies as the server sent them.
 */
public final class WebClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf = "";

    public WebClient(String base) {
        this(base, null);
    }

    /** Speaks HTTPS to a server whose certificate {@code tls} trusts (a self-signed one in the tests). */
    public WebClient(String base, @Nullable SSLContext tls) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    /** An SSL context that trusts exactly the certificate(s) in a PEM file (a private key beside them is skipped). */
    public static SSLContext trusting(Path pem) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            Matcher blocks = Pattern.compile("-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", Pattern.DOTALL)
                    .matcher(Files.readString(pem));
            int i = 0;
            while (blocks.find()) {
                try (InputStream in = new java.io.ByteArrayInputStream(
                        blocks.group().getBytes(StandardCharsets.US_ASCII))) {
                    Certificate c = CertificateFactory.getInstance("X.509").generateCertificate(in);
                    trust.setCertificateEntry("cert" + i++, c);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spring Security's CSRF token from the last page that carried one. */
    public String csrfToken() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /**
     * A page as Vaadin builds it for this client: the bootstrap (the UI and the shell) and the first navigation
     * event the browser's router sends, whose answer holds the route's own contents. Returns both answers; the
     * second's headers are those of the answer that carries the page's data.
     */
    public HttpResponse<String> vaadinPage(String route) {
        get("/" + route);
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(route) + "&query=");
        JsonNode config = parse(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            throw new IllegalStateException("no Vaadin bootstrap: " + init.statusCode());
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", uidl.path("Vaadin-Security-Key").asText());
        ObjectNode event = message.putArray("rpc").addObject();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        ObjectNode data = event.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        message.put("syncId", uidl.path("syncId").asInt());
        message.put("clientId", uidl.path("clientId").asInt());
        HttpResponse<String> navigation = send(request("/?v-r=uidl&v-uiId=" + config.path("v-uiId").asInt())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
        return new VaadinPage(navigation, init.body() + "\n" + navigation.body());
    }

    /** An answer whose body is the bootstrap's and the navigation's together. */
    private record VaadinPage(HttpResponse<String> navigation, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return navigation.statusCode();
        }

        @Override
        public HttpRequest request() {
            return navigation.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return navigation.previousResponse();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return navigation.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return navigation.sslSession();
        }

        @Override
        public URI uri() {
            return navigation.uri();
        }

        @Override
        public HttpClient.Version version() {
            return navigation.version();
        }
    }

    private static JsonNode parse(String body) {
        String b = body.startsWith("for(;;);") ? body.substring(8) : body;
        if (b.startsWith("[")) {
            b = b.substring(1, b.length() - 1);
        }
        return JSON.readTree(b);
    }

    /** Spring Security's form login as the login page's form posts it (the page is fetched first for its token). */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("_csrf", csrf, "username", username, "password", password));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Puts a cookie in the jar, e.g. another client's old session cookie. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "nl-NL,nl;q=0.9");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
            Matcher m = SPRING_CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Set-Cookie headers of an answer whose cookie has this name. */
    public static List<String> setCookies(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
