package nl.erkenningsportaal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.EmbeddedMariaDb;
import nl.erkenningsportaal.privacy.FieldCipher;
import nl.erkenningsportaal.privacy.UpgradeDatabase;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reasons written in plain text before the upgrade are encrypted by it, and the chain still verifies. */
@IntegrationTest
class AuditReasonEncryptionTest {

    @Autowired
    FieldCipher cipher;

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void plain_reasons_become_ciphertext_and_every_hash_still_matches() {
        try (UpgradeDatabase db = new UpgradeDatabase(server, javaMigrations).migratedTo("0107")) {
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String reason = "belde over Maria, Kerkstraat 12";
            String hash = AuditService.hash(1, at, "account:7:handhaver", "OFFICER", "GM0106",
                    AuditAction.NUMBER_LOOKED_UP, "REQUEST", "12", reason, AuditService.GENESIS);
            db.jdbc.update("INSERT INTO audit_entry VALUES (1, ?, 'account:7:handhaver', 'OFFICER', 'GM0106', "
                    + "'NUMBER_LOOKED_UP', 'REQUEST', '12', ?, ?, ?)", LocalDateTime.ofInstant(at, ZoneOffset.UTC),
                    reason, AuditService.GENESIS, hash);
            db.jdbc.update("UPDATE audit_head SET last_sequence = 1, last_hash = ?", hash);

            db.migrateToLatest();

            String stored = db.jdbc.queryForObject("SELECT reason FROM audit_entry WHERE sequence_no = 1",
                    String.class);
            assertThat(stored).startsWith("v1.").doesNotContain("Maria");
            String plain = cipher.decrypt(stored, AuditService.REASON);
            assertThat(plain).isEqualTo(reason);
            assertThat(AuditService.hash(1, at, "account:7:handhaver", "OFFICER", "GM0106",
                    AuditAction.NUMBER_LOOKED_UP, "REQUEST", "12", plain, AuditService.GENESIS)).isEqualTo(hash);
            // the guard is back: the entry cannot be changed
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.jdbc.update(
                    "UPDATE audit_entry SET subject = 'x' WHERE sequence_no = 1")).hasMessageContaining("append-only");
        }
    }
}
