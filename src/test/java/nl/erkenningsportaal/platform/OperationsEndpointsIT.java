package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.WebClient;
import nl.erkenningsportaal.account.AccountService;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;

/**
 * What operations watch (docs/operations.md), on the running portal: Prometheus metrics and health per concern answer
 * on the management port, which listens on the loopback interface only, and not on the public port, where only the
 * load balancer's liveness probe answers (status only). The portal's own counts move when people act.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.quick-exit-url=about:blank")
@ActiveProfiles({"test", "demo"})
class OperationsEndpointsIT {

    static final String PASSWORD = "een lang wachtwoord 2026";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    AccountService accountService;

    @Autowired
    RecognitionFixtures recognitionFixtures;

    @Autowired
    ConsultationFixtures consultationFixtures;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    JobRuns jobRuns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext ctx;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private WebClient management() {
        return new WebClient("http://localhost:" + managementPort);
    }

    private WebClient publicPort() {
        return new WebClient("http://localhost:" + port);
    }

    @Test
    void metrics_and_health_answer_on_the_management_port_and_not_on_the_public_one() {
        try (WebClient management = management(); WebClient visitor = publicPort()) {
            assertThat(visitor.get("/").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = management.get("/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections_active",
                    "http_server_requests_seconds_count", "tomcat_sessions_active_current_sessions",
                    "portal_sessions_vaadin", "portal_sessions_signed_in", "portal_bookings_total",
                    "portal_login_attempts_total", "portal_mail_outbox", "portal_events_incomplete");

            // there, these addresses are just unknown pages of the portal (Vaadin's "not found")
            HttpResponse<String> publicMetrics = visitor.get("/actuator/prometheus");
            assertThat(publicMetrics.body()).as("no metrics on the public port")
                    .doesNotContain("# TYPE", "jvm_memory", "hikaricp");
            assertThat(publicMetrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/html"));
            for (String concern : List.of("", "/database", "/mail", "/jobs", "/readiness")) {
                assertThat(visitor.get("/actuator/health" + concern).body()).as("health" + concern)
                        .doesNotContain("\"components\"", "\"status\"", "diskSpace");
            }

            // the load balancer's probe stays on the public port, and says no more than that the node lives
            HttpResponse<String> liveness = visitor.get("/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void the_management_port_listens_on_the_loopback_interface_only() throws IOException {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(others::add);
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "this machine has no other interface");
        for (InetAddress address : others) {
            assertThat(connects(address, port)).as("the public port on " + address).isTrue();
            assertThat(connects(address, managementPort)).as("the management port on " + address).isFalse();
        }
        assertThat(connects(InetAddress.getLoopbackAddress(), managementPort)).isTrue();
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException | SocketTimeoutException refused) {
            return false;
        }
    }

    @Test
    void one_health_endpoint_per_concern_and_a_late_job_turns_jobs_down() {
        try (WebClient management = management()) {
            HttpResponse<String> database = management.get("/actuator/health/database");
            assertThat(database.statusCode()).isEqualTo(200);
            assertThat(database.body()).contains("\"db\"", "\"status\":\"UP\"").doesNotContain("\"mail\"");
            HttpResponse<String> mail = management.get("/actuator/health/mail");
            assertThat(mail.body()).contains("\"smtp\"", "\"outbox\"", "\"dead\"").doesNotContain("\"db\"");
            HttpResponse<String> jobs = management.get("/actuator/health/jobs");
            assertThat(jobs.body()).contains("\"jobRuns\"").doesNotContain("\"db\"", "\"mail\"");

            // a job that ran three days ago and not since: late
            String job = "late-" + UUID.randomUUID().toString().substring(0, 8);
            LocalDateTime threeDaysAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(3);
            jdbc.update("INSERT INTO job_run (job, period, claimed_at) VALUES (?, ?, ?)", job,
                    threeDaysAgo.toLocalDate().toString(), threeDaysAgo);
            try {
                HttpResponse<String> late = management.get("/actuator/health/jobs");
                assertThat(late.statusCode()).isEqualTo(503);
                assertThat(late.body()).contains("\"status\":\"DOWN\"", job);
                // it runs again: no longer late
                assertThat(jobRuns.claim(job, LocalDate.now().toString())).isTrue();
                HttpResponse<String> again = management.get("/actuator/health/jobs");
                assertThat(again.body()).contains(job);
                assertThat(again.body()).doesNotContain("\"" + job + "\":{\"late\":true");
                assertThat(again.body()).contains("\"late\":false");
            } finally {
                jdbc.update("DELETE FROM job_run WHERE job = ?", job);
            }
        }
    }

    @Test
    void bookings_logins_sessions_and_job_runs_move_their_counts() {
        try (WebClient management = management()) {
            double booked = value(management, "portal_bookings_total\\{[^}]*change=\"confirmed\"[^}]*}");
            double failed = value(management, "portal_login_attempts_total\\{[^}]*outcome=\"failed\"[^}]*}");
            double signedIn = value(management, "portal_sessions_signed_in\\{[^}]*kind=\"worker\"[^}]*}");

            long slot = consultationFixtures.firstSlot(consultationFixtures.sessionNextWeek(3));
            recognitionFixtures.signedInWorker();
            bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
            TestAccounts.signOut();
            assertThat(value(management, "portal_bookings_total\\{[^}]*change=\"confirmed\"[^}]*}"))
                    .isEqualTo(booked + 1);

            String username = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
            accountService.registerWorker(username, PASSWORD);
            try (WebClient person = publicPort()) {
                assertThat(person.login(username, "not the password at all").headers().firstValue("Location"))
                        .hasValueSatisfying(l -> assertThat(l).contains("error"));
                assertThat(value(management, "portal_login_attempts_total\\{[^}]*outcome=\"failed\"[^}]*}"))
                        .isEqualTo(failed + 1);
                assertThat(person.login(username, PASSWORD).headers().firstValue("Location"))
                        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
                assertThat(value(management, "portal_sessions_signed_in\\{[^}]*kind=\"worker\"[^}]*}"))
                        .isEqualTo(signedIn + 1);
            }

            String job = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(jobRuns.claim(job, LocalDate.now().toString())).isTrue();
            try {
                Object jobsHealth = AopTestUtils.getUltimateTargetObject(ctx.getBean("jobRunsHealthIndicator"));
                ((JobsHealth) jobsHealth).refreshMetrics();
                assertThat(value(management, "portal_job_last_success_seconds\\{[^}]*job=\"" + job + "\"[^}]*}"))
                        .isGreaterThan(System.currentTimeMillis() / 1000.0 - 300);
            } finally {
                jdbc.update("DELETE FROM job_run WHERE job = ?", job);
            }
        }
    }

    /** The value of the first series matching {@code series} in the Prometheus text. */
    private static double value(WebClient management, String series) {
        String text = management.get("/actuator/prometheus").body();
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.Ee+-]+)$").matcher(text);
        assertThat(m.find()).as(series + " in the metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
