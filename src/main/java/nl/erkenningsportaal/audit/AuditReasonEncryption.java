package nl.erkenningsportaal.audit;

import nl.erkenningsportaal.privacy.EncryptionMigration;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flyway V0108: the reasons already in the audit trail, stored in plain text before, are encrypted in place. The hash
 * chain is over the plain reason, so it still verifies. The database refuses to change an entry, so the guard is
 * lifted for this one migration and put back at once (the same trigger as V0001); run again after a failure, it
 * encrypts only what is still plain.
 */
@Component
class AuditReasonEncryption extends EncryptionMigration {

    AuditReasonEncryption(FieldCipher cipher) {
        super("0108", "audit reasons encrypted", cipher);
    }

    @Override
    protected void migrate(JdbcClient jdbc) {
        jdbc.sql("DROP TRIGGER IF EXISTS audit_entry_no_update").update();
        for (Reason r : jdbc.sql("SELECT sequence_no, reason FROM audit_entry WHERE reason IS NOT NULL")
                .query(Reason.class).list()) {
            if (!cipher.isEncrypted(r.reason(), AuditService.REASON)) {
                jdbc.sql("UPDATE audit_entry SET reason = :sealed WHERE sequence_no = :sequence")
                        .param("sealed", cipher.encrypt(r.reason(), AuditService.REASON))
                        .param("sequence", r.sequenceNo()).update();
            }
        }
        jdbc.sql("""
                CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'""").update();
    }

    record Reason(long sequenceNo, String reason) {}
}
