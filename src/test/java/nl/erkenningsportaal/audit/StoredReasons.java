package nl.erkenningsportaal.audit;

import java.util.List;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail's reasons as they are stored (ciphertext) opened again, for tests that check what a reason says,
 * or that no reason names a person. Reading the column with SQL alone sees only ciphertext.
 */
@Component
public class StoredReasons {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    StoredReasons(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The reason of the newest entry with this action about this subject. */
    public String of(AuditAction action, String subjectType, String subject) {
        String stored = jdbc.queryForObject("""
                SELECT reason FROM audit_entry WHERE action = ? AND subject_type = ? AND subject = ?
                ORDER BY sequence_no DESC LIMIT 1""", String.class, action.name(), subjectType, subject);
        return stored == null ? "" : cipher.decrypt(stored, AuditService.REASON);
    }

    /** Every reason in the trail, opened. */
    public List<String> all() {
        return jdbc.queryForList("SELECT reason FROM audit_entry WHERE reason IS NOT NULL", String.class).stream()
                .map(r -> cipher.decrypt(r, AuditService.REASON)).toList();
    }
}
