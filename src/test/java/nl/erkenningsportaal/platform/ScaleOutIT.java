package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.erkenningsportaal.Application;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.browser.BrowserTest;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.Reason;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two portal nodes on one MariaDB behind a real HAProxy (Debian's package) with sticky sessions — the deployment of
 * docker/compose.yaml, in one JVM: this test's application is node app1, a second Spring application is app2, and
 * HAProxy balances between them with an inserted {@code SERVERID} cookie and health checks. A worker's story runs in
 * Chromium through the balancer; the last place is raced for on both nodes; a daily job is claimed once; and when
 * app2 stops, its worker lands on app1's login page (sessions are not replicated) and finds what she saved. That
 * every mail goes out once from two nodes is shown by {@code notification.TwoNodesIT}.
 */
class ScaleOutIT extends BrowserTest {

    static final String PASSWORD = "een lang wachtwoord 2026";
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private static ConfigurableApplicationContext app2;
    private static int port2;
    private static Process haproxy;
    private static int balancer;

    @Autowired
    ApplicationContext app1;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void twoNodesBehindHaproxy() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HAPROXY) || Files.isExecutable(Path.of("/usr/bin/haproxy")),
                "HAProxy is not installed: apt-get install haproxy (.ci/run installs it)");
        if (haproxy != null && app2 != null) {
            return;
        }
        long started = System.nanoTime();
        if (haproxy == null) {
            port2 = freePort();
            balancer = freePort();
            Path config = Path.of("target/haproxy/haproxy.cfg");
            Files.createDirectories(config.getParent());
            Files.writeString(config, haproxyConfig(balancer, port, port2));
            Path binary = Files.isExecutable(HAPROXY) ? HAPROXY : Path.of("/usr/bin/haproxy");
            haproxy = new ProcessBuilder(binary.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
                    .redirectOutput(Path.of("target/haproxy/haproxy.log").toFile()).start();
        }
        // every test starts with both nodes up, whichever ran before: a test that stopped app2 gets it back here,
        // on the same port, and HAProxy's health check takes it in again
        startApp2();
        awaitHealthy(Duration.ofSeconds(30));
        System.out.printf("Scale-out: second node and HAProxy ready in %d ms (app1 :%d, app2 :%d, balancer :%d)%n",
                (System.nanoTime() - started) / 1_000_000, port, port2, balancer);
    }

    /** app2 is added after this test's application (app1) has started: it shares app1's MariaDB. */
    private void startApp2() {
        // command-line arguments: they override application.properties (server.port=${PORT:8080})
        app2 = new SpringApplicationBuilder(Application.class).profiles("test", "demo")
                .run("--server.port=" + port2, "--spring.main.banner-mode=off");
        // starting app2 made its security context strategy the global one; this test signs in on app1
        SecurityContextHolder.setContextHolderStrategy(app1.getBean(SecurityContextHolderStrategy.class));
    }

    @AfterAll
    static void stopAll() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        if (app2 != null) {
            app2.close();
        }
    }

    /** The balancer of docker/haproxy.cfg, on local ports. */
    static String haproxyConfig(int front, int port1, int port2) {
        return """
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout tunnel 1h
                    option redispatch
                    retries 2
                    errorfile 503 %s
                frontend portal
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie SERVERID insert indirect nocache httponly
                    option httpchk GET /actuator/health/liveness
                    http-check expect status 200
                    server app1 127.0.0.1:%d check inter 1s fall 2 rise 2 cookie app1
                    server app2 127.0.0.1:%d check inter 1s fall 2 rise 2 cookie app2
                """.formatted(Path.of("docker/haproxy-503.http").toAbsolutePath(), front, port1, port2);
    }

    @Override
    protected String url(String path) {
        return "http://localhost:" + balancer + "/" + path;
    }

    @Test
    void a_worker_works_through_the_balancer_and_lands_on_the_login_page_of_the_other_node_when_hers_stops() {
        // a fresh visitor gets a node chosen by the balancer and a cookie that keeps her there
        open("");
        Optional<String> assigned = serverCookie(context);
        assertThat(assigned).as("HAProxy's SERVERID cookie").get().isIn("app1", "app2");
        context.clearCookies();

        // this worker's session lives on app2 (as if the balancer had chosen it)
        context.addCookies(List.of(new Cookie("SERVERID", "app2").setDomain("localhost").setPath("/")));
        String username = "scale-" + UUID.randomUUID().toString().substring(0, 6);
        signUp(username, PASSWORD);
        login(username, PASSWORD);
        open("mijn-aanvraag");
        fillRequestForm("Ana Souza");
        button("Aanvraag versturen").click();
        page.getByText("Uw aanvraag is binnen").waitFor();
        assertThat(serverCookie(context)).contains("app2");
        screenshot("scale-out-1-saved-on-app2");

        // app2 stops: the next click reaches app1, which knows no session, so she sees the login page, not an error
        long stop = System.nanoTime();
        app2.close();
        app2 = null;
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten")).first().click();
        page.waitForURL(u -> u.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
        settle();
        long toLogin = (System.nanoTime() - stop) / 1_000_000;
        assertThat(page.locator("vaadin-login-form").isVisible()).isTrue();
        screenshot("scale-out-2-login-on-app1");

        // she logs in again and what she saved is there
        login(username, PASSWORD);
        assertThat(serverCookie(context)).contains("app1");
        open("mijn-aanvraag");
        page.getByText("Uw aanvraag is binnen").waitFor();
        System.out.printf("Scale-out: after app2 stopped, its worker saw app1's login page %d ms later%n", toLogin);
    }

    @Test
    void the_last_place_raced_for_on_both_nodes_is_booked_once() throws Exception {
        long slot = fixtures.firstSlot(fixtures.sessionNextWeek(1));
        List<SignedInUser> workers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            workers.add(accounts.create(Roles.WORKER, null));
        }
        List<WorkerBookingService> nodes = List.of(app1.getBean(WorkerBookingService.class),
                app2.getBean(WorkerBookingService.class));
        List<SecurityContextHolderStrategy> strategies = List.of(app1.getBean(SecurityContextHolderStrategy.class),
                app2.getBean(SecurityContextHolderStrategy.class));
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            SignedInUser w = workers.get(i);
            int node = i % 2;
            attempts.add(() -> {
                SecurityContextHolderStrategy strategy = strategies.get(node);
                var ctx = strategy.createEmptyContext();
                ctx.setAuthentication(TestAccounts.signIn(w));
                strategy.setContext(ctx);
                try {
                    nodes.get(node).book(new BookingRequest(slot, "GM0106", "pt", true, Reason.STI_TEST, "Luna"));
                    return "BOOKED";
                } catch (Refusal r) {
                    return r.messageKey();
                } finally {
                    strategy.clearContext();
                }
            });
        }
        List<String> outcomes = race(attempts);
        assertThat(outcomes).filteredOn("BOOKED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("consultation.error.taken"::equals).hasSize(workers.size() - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_booking WHERE slot_id = ? AND status = "
                + "'BOOKED'", Integer.class, slot)).isEqualTo(1);
    }

    @Test
    void a_daily_job_claimed_on_both_nodes_at_once_runs_once() throws Exception {
        String job = "scale-out-" + UUID.randomUUID();
        List<JobRuns> nodes = List.of(app1.getBean(JobRuns.class), app2.getBean(JobRuns.class));
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JobRuns node = nodes.get(i % 2);
            attempts.add(() -> node.claim(job, "2026-11-29") ? "RAN" : "SKIPPED");
        }
        assertThat(race(attempts)).filteredOn("RAN"::equals).hasSize(1);
    }

    private static List<String> race(List<Callable<String>> attempts) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> attempt : attempts) {
                results.add(pool.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Optional<String> serverCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> "SERVERID".equals(c.name)).map(c -> c.value).findFirst();
    }

    private static void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (System.nanoTime() < deadline && seen.size() < 2) {
            try {
                // a fresh client each time has no cookie, so round-robin alternates between healthy nodes
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + balancer + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("SERVERID="))
                        .forEach(c -> seen.add(c.substring("SERVERID=".length(), c.indexOf(';'))));
            } catch (IOException e) {
                // HAProxy not listening yet
            }
            Thread.sleep(200);
        }
        assertThat(seen).as("both nodes answer through HAProxy").containsExactlyInAnyOrder("app1", "app2");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
