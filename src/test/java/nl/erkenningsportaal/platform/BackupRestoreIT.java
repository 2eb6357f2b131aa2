package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.erkenningsportaal.Application;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.ChainVerification;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.recognition.Identity;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The backup of docs/operations.md, proven: while workers submit recognition requests and book GGD places on
 * several threads, docker/backup/portal-backup.sh makes an online backup ({@code mariadb-dump --single-transaction},
 * gzip, OpenPGP encryption to a public key whose private key it never sees) and ends backups older than its limit.
 * docker/backup/portal-restore.sh restores it, with the private key, into a fresh MariaDB; a portal (a second
 * Spring application, the same keys) starts on it, and: the audit chain verifies, identities decrypt, every request
 * and booking committed before the backup started is there, and nothing is half written — every request has its
 * submission in its history and every slot counts exactly the bookings it holds.
 */
@IntegrationTest
class BackupRestoreIT {

    static final Path WORK = Path.of("target/backup-restore").toAbsolutePath();
    static final String TAG = UUID.randomUUID().toString().substring(0, 6);

    record Committed(String kind, long id, long atNanos) {}

    @Autowired
    RecognitionFixtures recognition;

    @Autowired
    ConsultationFixtures consultation;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext portal;

    private ConfigurableApplicationContext restoredPortal;
    private EmbeddedMariaDb restoredServer;

    @AfterEach
    void stopRestored() {
        if (restoredPortal != null) {
            restoredPortal.close();
        }
        if (restoredServer != null) {
            restoredServer.stopServer();
        }
        SecurityContextHolder.setContextHolderStrategy(portal.getBean(SecurityContextHolderStrategy.class));
        TestAccounts.signOut();
        for (String home : List.of("key-holder/gnupg", "backup-host/gnupg")) {
            try {
                run(Map.of("GNUPGHOME", WORK.resolve(home).toString()), "gpgconf", "--kill", "all");
            } catch (Exception | AssertionError ignored) {
                // no agent was started there
            }
        }
    }

    @Test
    void a_backup_made_under_writes_restores_into_a_fresh_mariadb_whole_consistent_and_readable_with_the_keys()
            throws Exception {
        deleteTree(WORK);
        Path backups = Files.createDirectories(WORK.resolve("backups"));
        Path backupHost = Files.createDirectories(WORK.resolve("backup-host"));
        Path keyHolder = Files.createDirectories(WORK.resolve("key-holder"));
        Path publicKey = backupKeys(keyHolder, backupHost);
        EmbeddedMariaDb server = EmbeddedMariaDb.startOnce(new EmbeddedDatabaseSettings(
                TestDatabase.DATA_DIR, "portal", true));
        Path defaults = clientOptions(backupHost.resolve("portal.cnf"), server.port());
        // backups older than the limit go; younger ones stay
        Path old = touch(backups.resolve("portal-20000101T000000Z.sql.gz.gpg"), Duration.ofDays(40));
        Path young = touch(backups.resolve("portal-20000102T000000Z.sql.gz.gpg"), Duration.ofDays(10));

        // workers write on four threads
        long slot = consultation.firstSlot(consultation.sessionNextWeek(50));
        List<Committed> committed = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        SecurityContextHolderStrategy strategy = portal.getBean(SecurityContextHolderStrategy.class);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            boolean requests = w % 2 == 0;
            running.add(writers.submit(() -> {
                SecurityContextHolder.setContextHolderStrategy(strategy);
                int n = 0;
                while (writing.get()) {
                    if (requests) {
                        long id = recognition.submittedInAssen("Hersteld " + TAG + " " + Thread.currentThread()
                                .getName() + " " + n++);
                        committed.add(new Committed("request", id, System.nanoTime()));
                    } else {
                        SignedInUser worker = accounts.create(Roles.WORKER, null);
                        TestAccounts.signIn(worker);
                        try {
                            long id = bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null))
                                    .id();
                            committed.add(new Committed("booking", id, System.nanoTime()));
                        } catch (nl.erkenningsportaal.platform.Refusal full) {
                            // the 50 places are taken: the other writers go on
                            Thread.sleep(200);
                        } finally {
                            TestAccounts.signOut();
                        }
                    }
                }
                return null;
            }));
        }
        // a few of each kind first (requests are slower to make than bookings)
        while (count(committed, "request") < 3 || count(committed, "booking") < 3) {
            Thread.sleep(100);
        }

        // the backup, while they go on
        long backupStarted = System.nanoTime();
        int before = committed.size();
        ProcessBuilder backup = new ProcessBuilder("bash", Path.of("docker/backup/portal-backup.sh")
                .toAbsolutePath().toString(), backups.toString()).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("backup.log").toFile());
        backup.environment().putAll(Map.of("PORTAL_DB_DEFAULTS", defaults.toString(), "PORTAL_DB_NAME", "portal",
                "PORTAL_BACKUP_RECIPIENT", publicKey.toString(), "PORTAL_BACKUP_KEEP_DAYS", "30",
                "MARIADB_DUMP", server.program("mariadb-dump").toString(),
                "GNUPGHOME", backupHost.resolve("gnupg").toString()));
        int backupExit = backup.start().waitFor();
        int during = committed.size() - before;
        Thread.sleep(500);
        writing.set(false);
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();
        assertThat(backupExit).as("portal-backup.sh (see " + WORK.resolve("backup.log") + ")").isZero();
        assertThat(during).as("writes committed while the backup ran").isPositive();

        Path file;
        try (Stream<Path> files = Files.list(backups)) {
            file = files.filter(p -> p.getFileName().toString().matches("portal-\\d{8}T\\d{6}Z\\.sql\\.gz\\.gpg"))
                    .filter(p -> !p.equals(young)).findFirst().orElseThrow();
        }
        assertThat(old).as("a backup past the limit is deleted").doesNotExist();
        assertThat(young).as("a backup within the limit stays").exists();
        assertThat(file.resolveSibling(file.getFileName() + ".sha256")).exists();
        byte[] encrypted = Files.readAllBytes(file);
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).as("nothing readable in the backup")
                .doesNotContain("Hersteld " + TAG).doesNotContain("CREATE TABLE").doesNotContain("recognition_request");
        assertThat(encrypted[0] == (byte) 0x1f && encrypted[1] == (byte) 0x8b).as("not a bare gzip file").isFalse();

        // restore into a fresh MariaDB, where the private key is
        restoredServer = EmbeddedMariaDb.startSeparate(new EmbeddedDatabaseSettings(WORK.resolve("restored"),
                "restore_check", true));
        ProcessBuilder restore = new ProcessBuilder("bash", Path.of("docker/backup/portal-restore.sh")
                .toAbsolutePath().toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("restore.log").toFile());
        restore.environment().putAll(Map.of("PORTAL_DB_DEFAULTS", clientOptions(keyHolder.resolve("restore.cnf"),
                restoredServer.port()).toString(), "MARIADB", server.program("mariadb").toString(),
                "GNUPGHOME", keyHolder.resolve("gnupg").toString()));
        assertThat(restore.start().waitFor()).as("portal-restore.sh (see " + WORK.resolve("restore.log") + ")")
                .isZero();

        // the portal on the restored database, with the same keys (they were never in the backup)
        restoredPortal = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + restoredServer.jdbcUrl("portal"),
                        "--spring.datasource.username=root", "--spring.datasource.password=",
                        "--spring.main.banner-mode=off");
        SecurityContextHolder.setContextHolderStrategy(restoredPortal.getBean(SecurityContextHolderStrategy.class));
        JdbcTemplate restored = restoredPortal.getBean(JdbcTemplate.class);

        Set<Long> requests = Set.copyOf(restored.queryForList("SELECT id FROM recognition_request", Long.class));
        Set<Long> booked = Set.copyOf(restored.queryForList(
                "SELECT id FROM consultation_booking WHERE status = 'BOOKED'", Long.class));
        List<Committed> beforeBackup = committed.stream().filter(c -> c.atNanos() < backupStarted).toList();
        assertThat(beforeBackup).as("writes committed before the backup started").hasSizeGreaterThanOrEqualTo(6);
        for (Committed c : beforeBackup) {
            assertThat("request".equals(c.kind()) ? requests : booked).as(c.kind() + " " + c.id()
                    + ", committed before the backup started").contains(c.id());
        }

        // nothing half written
        assertThat(restored.queryForObject("""
                SELECT COUNT(*) FROM recognition_request r WHERE NOT EXISTS (
                  SELECT 1 FROM recognition_history h WHERE h.request_id = r.id AND h.kind = 'SUBMITTED')""",
                Long.class)).as("requests without their submission in the history").isZero();
        assertThat(restored.queryForObject("""
                SELECT COUNT(*) FROM consultation_slot sl WHERE sl.booked <> (
                  SELECT COUNT(*) FROM consultation_booking b WHERE b.slot_id = sl.id AND b.status = 'BOOKED')""",
                Long.class)).as("slots whose count is not the bookings they hold").isZero();
        assertThat(restored.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, slot))
                .as("the raced slot").isGreaterThan(0);

        // the audit chain verifies, identities decrypt with the keys
        SignedInUser admin = restoredPortal.getBean(TestAccounts.class).create(Roles.ADMIN, null);
        TestAccounts.signIn(admin);
        ChainVerification chain = restoredPortal.getBean(AuditService.class).verifyChain();
        assertThat(chain.intact()).as("the audit chain of the restored database").isTrue();
        assertThat(chain.entriesChecked()).isPositive();
        SignedInUser officer = restoredPortal.getBean(TestAccounts.class).create(Roles.OFFICER, "GM0106");
        TestAccounts.signIn(officer);
        Committed firstRequest = beforeBackup.stream().filter(c -> "request".equals(c.kind())).findFirst()
                .orElseThrow();
        Identity identity = restoredPortal.getBean(OfficerRecognitionService.class)
                .revealIdentity(firstRequest.id(), new StatedReason(AccessReason.INTAKE, null));
        assertThat(identity.legalName()).startsWith("Hersteld " + TAG);
        TestAccounts.signOut();

        System.out.printf("Backup under writes: %d writes committed before it started, %d while it ran, %d "
                + "requests and %d bookings in the restored database; backup %,d bytes%n", beforeBackup.size(), during,
                requests.size(), booked.size(), encrypted.length);
    }

    private static long count(List<Committed> committed, String kind) {
        synchronized (committed) {
            return committed.stream().filter(c -> kind.equals(c.kind())).count();
        }
    }

    /**
     * The backup key pair: the key holder (the restore side) keeps the private key in its own keyring; the backup
     * host gets the public key only, as a file.
     */
    private static Path backupKeys(Path keyHolder, Path backupHost) throws Exception {
        Path home = Files.createDirectories(keyHolder.resolve("gnupg"));
        Files.createDirectories(backupHost.resolve("gnupg"));
        for (Path dir : List.of(home, backupHost.resolve("gnupg"))) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        run(Map.of("GNUPGHOME", home.toString()), "gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
                "--quick-generate-key", "Erkenningsportaal backup test <backup@portaal.localhost>", "ed25519", "cert",
                "never");
        String fingerprint = run(Map.of("GNUPGHOME", home.toString()), "gpg", "--batch", "--with-colons",
                "--list-keys").lines().filter(l -> l.startsWith("fpr:")).findFirst().orElseThrow().split(":")[9];
        run(Map.of("GNUPGHOME", home.toString()), "gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
                "--quick-add-key", fingerprint, "cv25519", "encr", "never");
        Path publicKey = backupHost.resolve("backup-public-key.asc");
        Files.writeString(publicKey, run(Map.of("GNUPGHOME", home.toString()), "gpg", "--batch", "--armor",
                "--export", fingerprint));
        return publicKey;
    }

    private static Path clientOptions(Path file, int port) throws IOException {
        Files.writeString(file, """
                [client]
                host=127.0.0.1
                port=%d
                user=root
                password=
                skip-ssl
                """.formatted(port));
        return file;
    }

    private static String run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static Path touch(Path file, Duration age) throws IOException {
        Files.writeString(file, "an older backup");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
