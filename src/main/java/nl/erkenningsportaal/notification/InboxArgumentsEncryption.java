package nl.erkenningsportaal.notification;

import nl.erkenningsportaal.privacy.EncryptionMigration;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flyway V0203: the arguments of the inbox messages stored in plain text before are encrypted in place (V0202 made
 * room). Run again after a failure, it encrypts only what is still plain.
 */
@Component
class InboxArgumentsEncryption extends EncryptionMigration {

    InboxArgumentsEncryption(FieldCipher cipher) {
        super("0203", "inbox arguments encrypted", cipher);
    }

    @Override
    protected void migrate(JdbcClient jdbc) {
        for (Stored row : jdbc.sql("SELECT id, arguments FROM inbox_message").query(Stored.class).list()) {
            if (!cipher.isEncrypted(row.arguments(), InboxService.ARGUMENTS)) {
                jdbc.sql("UPDATE inbox_message SET arguments = :sealed WHERE id = :id")
                        .param("sealed", cipher.encrypt(row.arguments(), InboxService.ARGUMENTS))
                        .param("id", row.id()).update();
            }
        }
    }

    record Stored(long id, String arguments) {}
}
