package nl.erkenningsportaal.privacy;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.erkenningsportaal.platform.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the embedded server, for testing an upgrade: migrated up to an older version, filled as
 * the portal then filled it, then migrated to the newest version with the portal's Java migrations (which encrypt).
 */
public final class UpgradeDatabase implements AutoCloseable {

    private final EmbeddedMariaDb server;
    private final String name = "upgrade_" + UUID.randomUUID().toString().substring(0, 8);
    private final DataSource dataSource;
    private final List<JavaMigration> java;
    public final JdbcTemplate jdbc;

    public UpgradeDatabase(EmbeddedMariaDb server, List<JavaMigration> java) {
        this.server = server;
        this.java = java;
        new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(""), "root", ""))
                .execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        this.dataSource = new DriverManagerDataSource(server.jdbcUrl(name), "root", "");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Migrates up to and including {@code version}. */
    public UpgradeDatabase migratedTo(String version) {
        flyway(MigrationVersion.fromVersion(version)).migrate();
        return this;
    }

    /** Migrates to the newest version. */
    public void migrateToLatest() {
        flyway(MigrationVersion.LATEST).migrate();
    }

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(java.toArray(JavaMigration[]::new)).target(target).load();
    }

    @Override
    public void close() {
        new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(""), "root", ""))
                .execute("DROP DATABASE IF EXISTS " + name);
    }
}
