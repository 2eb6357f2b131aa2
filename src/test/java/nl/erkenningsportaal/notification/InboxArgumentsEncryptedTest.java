package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.EmbeddedMariaDb;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.FieldCipher;
import nl.erkenningsportaal.privacy.UpgradeDatabase;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An inbox message's arguments (a time, a GGD location, the GGD's own words) are stored encrypted, also the messages
 * stored before; the worker and her data export read them in plain text.
 */
@IntegrationTest
class InboxArgumentsEncryptedTest {

    static final String SUBJECT = "notification.inbox.session-cancelled-message.subject";
    static final String BODY = "notification.inbox.session-cancelled-message.body";

    @Autowired
    InboxService inbox;

    @Autowired
    NotificationPersonalData personalData;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FieldCipher cipher;

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    List<JavaMigration> javaMigrations;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_arguments_are_stored_as_ciphertext_and_the_worker_and_her_export_read_them() {
        SignedInUser worker = accounts.create(Roles.WORKER, null);
        inbox.deliver(worker.id(), SUBJECT, BODY, List.of("2026-12-10T10:00", "GGD Assen", "Ruimte van Luna dicht"));

        String stored = jdbc.queryForObject("SELECT arguments FROM inbox_message WHERE account_id = ?", String.class,
                worker.id());
        assertThat(stored).startsWith("v1.").doesNotContain("Luna").doesNotContain("GGD Assen");

        TestAccounts.signIn(worker);
        assertThat(inbox.myMessages()).singleElement().satisfies(m -> assertThat(m.arguments())
                .containsExactly("2026-12-10T10:00", "GGD Assen", "Ruimte van Luna dicht"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) personalData.export(worker.id()).get("inbox");
        assertThat(exported).singleElement().satisfies(row -> assertThat(row.get("arguments").toString())
                .contains("Ruimte van Luna dicht"));
    }

    @Test
    void arguments_stored_in_plain_text_before_the_upgrade_are_encrypted_by_it() {
        try (UpgradeDatabase db = new UpgradeDatabase(server, javaMigrations).migratedTo("0201")) {
            db.jdbc.update("INSERT INTO user_account (id, username, password_hash, role, created_at) "
                    + "VALUES (1, 'werker', 'x', 'WORKER', ?)", LocalDateTime.now());
            db.jdbc.update("INSERT INTO inbox_message (account_id, subject_key, body_key, arguments, created_at) "
                    + "VALUES (1, ?, ?, '[\"GGD Assen\",\"Ruimte van Luna dicht\"]', ?)", SUBJECT, BODY,
                    LocalDateTime.now());

            db.migrateToLatest();

            String stored = db.jdbc.queryForObject("SELECT arguments FROM inbox_message", String.class);
            assertThat(stored).startsWith("v1.").doesNotContain("Luna");
            assertThat(cipher.decrypt(stored, InboxService.ARGUMENTS))
                    .isEqualTo("[\"GGD Assen\",\"Ruimte van Luna dicht\"]");
        }
    }
}
