package nl.erkenningsportaal.recognition;

import nl.erkenningsportaal.privacy.EncryptionMigration;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flyway V0421, run by the application as it starts (the blind-index key is not in the database): every request
 * stored before V0420 with a work name gets the work name's blind index, so the worklist finds old requests by work
 * name too. Safe to run again: only rows without an index are read.
 */
@Component
class WorkNameSearchBackfill extends EncryptionMigration {

    WorkNameSearchBackfill(FieldCipher cipher) {
        super("0421", "work name search index filled", cipher);
    }

    @Override
    protected void migrate(JdbcClient jdbc) {
        var rows = jdbc.sql("SELECT id, work_name_enc AS value FROM recognition_request "
                + "WHERE work_name_enc IS NOT NULL AND work_name_index IS NULL").query(Sealed.class).list();
        for (Sealed row : rows) {
            String workName = cipher.decrypt(row.value(), RequestCrypto.WORK_NAME_CONTEXT);
            jdbc.sql("UPDATE recognition_request SET work_name_index = :index WHERE id = :id")
                    .param("index", WorkNameIndex.of(cipher, workName).orElse(null)).param("id", row.id()).update();
        }
    }

    /** A request's id and its encrypted work name. */
    record Sealed(long id, String value) {}
}
