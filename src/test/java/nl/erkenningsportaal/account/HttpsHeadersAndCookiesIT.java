package nl.erkenningsportaal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import nl.erkenningsportaal.Application;
import nl.erkenningsportaal.WebClient;
import nl.erkenningsportaal.platform.EmbeddedDatabaseSettings;
import nl.erkenningsportaal.platform.EmbeddedMariaDb;
import nl.erkenningsportaal.platform.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal as docker/compose.yaml runs it, on this machine: a node in the {@code prod} profile (its own schema on
 * the embedded MariaDB server, real keys, an SMTP server) behind HAProxy with docker/haproxy.cfg as it is, and the
 * certificate docker/tls/make-cert.sh makes at a first start. Over HTTPS, a public page, a signed-in page (and the
 * Vaadin answer that carries its personal data) and a static resource carry the security headers of decision 0020;
 * the session and balancer cookies are {@code Secure}, {@code HttpOnly} and {@code SameSite}; plain HTTP only
 * redirects; and after the node restarts, the old session cookie reaches nothing until the person signs in again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpsHeadersAndCookiesIT {

    static final String PASSWORD = "een lang wachtwoord 2026";
    /** The heading of the worker's request page (recognition.my.title in Dutch). */
    static final String MY_REQUEST_TITLE = "Mijn erkenning";
    static final Path WORK = Path.of("target/https-headers");
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private static GreenMail smtp;
    private static ConfigurableApplicationContext node;
    private static Process haproxy;
    private static int nodePort;
    private static int httpsPort;
    private static int httpPort;
    private static SSLContext tls;
    private static Map<String, Object> nodeProperties;

    @BeforeAll
    static void nodeBehindHaproxyWithTls() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HAPROXY), "HAProxy is not installed: apt-get install haproxy");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        EmbeddedMariaDb database = EmbeddedMariaDb.startOnce(new EmbeddedDatabaseSettings(
                TestDatabase.DATA_DIR, "portal", true));
        // a schema of its own: this node's keys are not the other tests' keys
        EmbeddedMariaDb.startOnce(new EmbeddedDatabaseSettings(TestDatabase.DATA_DIR,
                "portal_https", true));
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        nodePort = freePort();
        nodeProperties = Map.ofEntries(
                Map.entry("server.port", nodePort),
                Map.entry("management.server.port", 0),
                Map.entry("spring.datasource.url", database.jdbcUrl("portal_https")),
                Map.entry("spring.datasource.username", "root"),
                Map.entry("spring.datasource.password", ""),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", smtp.getSmtp().getPort()),
                Map.entry("portal.mail.sender-enabled", false),
                Map.entry("portal.crypto.identity-keys", "https1:" + randomKey()),
                Map.entry("portal.crypto.blind-index-key", randomKey()),
                Map.entry("portal.crypto.cookie-key", randomKey()),
                Map.entry("spring.main.banner-mode", "off"));
        node = startNode();

        // HAProxy with docker/haproxy.cfg as it is, but on free local ports and with local paths
        Files.createDirectories(WORK);
        Path certs = Files.createDirectories(WORK.resolve("certs"));
        Files.deleteIfExists(certs.resolve("portal.pem"));
        ProcessBuilder makeCert = new ProcessBuilder("sh", Path.of("docker/tls/make-cert.sh").toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("tls-init.log").toFile());
        makeCert.environment().putAll(Map.of("CERT_DIR", certs.toAbsolutePath().toString(), "IMPORT",
                WORK.resolve("no-given-certificate.pem").toAbsolutePath().toString(), "HAPROXY_OWNER",
                "0:0"));
        assertThat(makeCert.start().waitFor()).as("docker/tls/make-cert.sh").isZero();
        httpsPort = freePort();
        httpPort = freePort();
        String config = Files.readString(Path.of("docker/haproxy.cfg"))
                .replace("/usr/local/etc/haproxy/certs", certs.toAbsolutePath().toString())
                .replace("/usr/local/etc/haproxy/errors/503.http", Path.of("docker/haproxy-503.http")
                        .toAbsolutePath().toString())
                .replace("bind :8443 ", "bind 127.0.0.1:" + httpsPort + " ")
                .replace("bind :8080", "bind 127.0.0.1:" + httpPort)
                .replace("bind :8404", "bind 127.0.0.1:" + freePort())
                .replace("app1:8080", "127.0.0.1:" + nodePort)
                .replace("app2:8080", "127.0.0.1:" + nodePort);
        assertThat(config).doesNotContain(":8443 ", "app1:8080", "/usr/local/etc");
        Path configFile = WORK.resolve("haproxy.cfg");
        Files.writeString(configFile, config);
        ProcessBuilder builder = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", configFile.toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("haproxy.log").toFile());
        builder.environment().put("PORTAL_HTTPS_PORT", Integer.toString(httpsPort));
        haproxy = builder.start();
        tls = WebClient.trusting(certs.resolve("portal.pem"));
        awaitThroughHaproxy();
    }

    /** Command-line arguments: they override application.properties (server.port=${PORT:8080}). */
    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(Application.class).profiles("prod").run(nodeProperties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        if (node != null) {
            node.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static WebClient https() {
        return new WebClient("https://localhost:" + httpsPort, tls);
    }

    @Test
    @Order(1)
    void plain_http_only_redirects_to_https_and_never_reaches_a_node() {
        try (WebClient http = new WebClient("http://localhost:" + httpPort)) {
            HttpResponse<String> answer = http.get("/mijn-aanvraag?taal=nl");
            assertThat(answer.statusCode()).isEqualTo(301);
            assertThat(answer.headers().firstValue("Location"))
                    .contains("https://localhost:" + httpsPort + "/mijn-aanvraag?taal=nl");
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    @Order(2)
    void a_public_page_a_signed_in_page_and_a_static_resource_carry_the_security_headers_and_cookies() {
        try (WebClient visitor = https()) {
            HttpResponse<String> landing = visitor.get("/");
            assertThat(landing.statusCode()).isEqualTo(200);
            assertSecurityHeaders("the landing page", landing);
            assertNotStored("the landing page", landing);
            String session = cookieHeader(landing, "JSESSIONID");
            assertThat(session).as("the session cookie").containsIgnoringCase("; Secure")
                    .containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
            String balancer = cookieHeader(landing, "SERVERID");
            assertThat(balancer).as("HAProxy's cookie").containsIgnoringCase("; Secure")
                    .containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");

            HttpResponse<String> css = visitor.get("/styles/portal.css");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/css"));
            assertSecurityHeaders("a static resource", css);

            String username = "https-" + UUID.randomUUID().toString().substring(0, 8);
            node.getBean(AccountService.class).registerWorker(username, PASSWORD);
            String anonymousSession = visitor.cookie("JSESSIONID").orElseThrow();
            HttpResponse<String> login = visitor.login(username, PASSWORD);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).doesNotContain("error").startsWith("https://localhost:" + httpsPort));
            assertSecurityHeaders("the login answer", login);
            assertThat(visitor.cookie("JSESSIONID")).as("a new session id at sign-in").isPresent().get()
                    .isNotEqualTo(anonymousSession);
            assertThat(cookieHeader(login, "JSESSIONID")).containsIgnoringCase("; Secure")
                    .containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
            // the login throttle's device cookie (decision 0032): Secure with its prefix, for the login only
            assertThat(cookieHeader(login, DeviceCookies.SECURE_NAME)).as("the device cookie")
                    .containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("SameSite=Strict").contains("Path=/login").doesNotContain(username);

            HttpResponse<String> page = visitor.get("/mijn-aanvraag");
            assertSecurityHeaders("the worker's request page", page);
            assertNotStored("the worker's request page", page);
            HttpResponse<String> ui = visitor.vaadinPage("mijn-aanvraag");
            assertThat(ui.body()).as("signed in: the request page, not the login form")
                    .doesNotContain("vaadin-login-form").contains(MY_REQUEST_TITLE);
            assertSecurityHeaders("the request page's contents", ui);
            assertNotStored("the request page's contents (personal data)", ui);
        }
    }

    @Test
    @Order(3)
    void after_the_node_restarts_the_old_session_cookie_reaches_nothing_until_the_person_signs_in_again()
            throws Exception {
        String username = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        node.getBean(AccountService.class).registerWorker(username, PASSWORD);
        try (WebClient person = https()) {
            assertThat(person.login(username, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).doesNotContain("error"));
            assertThat(person.vaadinPage("mijn-aanvraag").body()).doesNotContain("vaadin-login-form")
                    .contains(MY_REQUEST_TITLE);
            String oldSession = person.cookie("JSESSIONID").orElseThrow();

            node.close();
            node = startNode();
            awaitThroughHaproxy();

            try (WebClient replay = https()) {
                replay.setCookie("JSESSIONID", oldSession);
                replay.setCookie("SERVERID", person.cookie("SERVERID").orElseThrow());
                HttpResponse<String> ui = replay.vaadinPage("mijn-aanvraag");
                assertThat(ui.body()).as("the old cookie after the restart").contains("vaadin-login-form")
                        .doesNotContain(MY_REQUEST_TITLE);
                assertThat(replay.cookie("JSESSIONID")).get().isNotEqualTo(oldSession);
            }
            assertThat(person.vaadinPage("mijn-aanvraag").body()).contains("vaadin-login-form");
            assertThat(person.login(username, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).doesNotContain("error"));
            assertThat(person.vaadinPage("mijn-aanvraag").body()).doesNotContain("vaadin-login-form")
                    .contains(MY_REQUEST_TITLE);
        }
    }

    /** Decision 0020 and the prod profile's HSTS, on every answer through the balancer. */
    static void assertSecurityHeaders(String what, HttpResponse<?> answer) {
        var h = answer.headers();
        assertThat(h.firstValue("Strict-Transport-Security")).as(what + ": HSTS in " + h.map()).hasValueSatisfying(v ->
                assertThat(v.replace(" ", "")).contains("max-age=31536000").containsIgnoringCase("includeSubDomains"));
        assertThat(h.firstValue("Content-Security-Policy")).as(what + ": CSP").hasValueSatisfying(csp -> {
            assertThat(csp).contains("default-src 'self'", "connect-src 'self'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data: blob:");
            assertThat(csp).as("no foreign origin").doesNotContain("http:", "https:", "*");
        });
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
        assertThat(h.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p ->
                assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
    }

    static void assertNotStored(String what, HttpResponse<?> answer) {
        assertThat(answer.headers().allValues("Cache-Control")).as(what + ": Cache-Control")
                .anySatisfy(v -> assertThat(v).contains("no-store"));
    }

    static String cookieHeader(HttpResponse<?> answer, String name) {
        List<String> cookies = WebClient.setCookies(answer, name);
        assertThat(cookies).as("Set-Cookie " + name).isNotEmpty();
        return cookies.getFirst();
    }

    private static void awaitThroughHaproxy() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (WebClient probe = https()) {
                if (probe.get("/actuator/health/liveness").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // HAProxy or the node not listening yet
            }
            Thread.sleep(Duration.ofMillis(300));
        }
        throw new AssertionError("the node did not answer through HAProxy: see " + WORK.resolve("haproxy.log"));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
