package nl.erkenningsportaal.privacy;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A Flyway migration that encrypts free text already stored in plain text, with the keys the portal runs with (so it
 * is Java, not SQL: the key is never in the database). A module declares one as a bean; Spring Boot hands it to
 * Flyway, which runs it in version order with the SQL migrations. Safe to run again: a value that is already
 * ciphertext is left alone.
 */
public abstract class EncryptionMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    protected final FieldCipher cipher;

    protected EncryptionMigration(String version, String description, FieldCipher cipher) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws Exception {
        migrate(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    protected abstract void migrate(JdbcClient jdbc);

    /**
     * Moves every plain value of {@code plain} into {@code encrypted} (ciphertext, bound to {@code context}) and
     * clears {@code plain}; returns how many moved.
     */
    protected int moveEncrypted(JdbcClient jdbc, String table, String plain, String encrypted, String context) {
        var rows = jdbc.sql("SELECT id, " + plain + " AS value FROM " + table + " WHERE " + plain + " IS NOT NULL")
                .query(PlainValue.class).list();
        for (PlainValue row : rows) {
            jdbc.sql("UPDATE " + table + " SET " + encrypted + " = :sealed, " + plain + " = NULL WHERE id = :id")
                    .param("sealed", cipher.encrypt(row.value(), context)).param("id", row.id()).update();
        }
        return rows.size();
    }

    /** A row's key and a plain value. */
    protected record PlainValue(long id, String value) {}
}
