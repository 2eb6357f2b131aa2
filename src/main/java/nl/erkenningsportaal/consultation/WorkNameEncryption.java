package nl.erkenningsportaal.consultation;

import nl.erkenningsportaal.privacy.EncryptionMigration;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flyway V0105: the work names that bookings stored in plain text (before V0104) move, encrypted, into
 * {@code work_name_enc}; V0106 then drops the plain column.
 */
@Component
class WorkNameEncryption extends EncryptionMigration {

    WorkNameEncryption(FieldCipher cipher) {
        super("0105", "booking work names encrypted", cipher);
    }

    @Override
    protected void migrate(JdbcClient jdbc) {
        moveEncrypted(jdbc, "consultation_booking", "work_name", "work_name_enc", ConsultationStore.WORK_NAME);
    }
}
