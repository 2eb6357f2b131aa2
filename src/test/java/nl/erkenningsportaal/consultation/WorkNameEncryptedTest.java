package nl.erkenningsportaal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.EmbeddedMariaDb;
import nl.erkenningsportaal.privacy.FieldCipher;
import nl.erkenningsportaal.privacy.UpgradeDatabase;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A booking's work name can identify the worker: it is stored encrypted, also the names stored before. */
@IntegrationTest
class WorkNameEncryptedTest {

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    GgdConsultationService ggd;

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
    void the_work_name_is_stored_as_ciphertext_and_the_ggd_reads_it_in_plain_text() {
        SessionSummary session = fixtures.sessionNextWeek(2);
        long slot = fixtures.firstSlot(session);
        TestAccounts.signIn(accounts.create(Roles.WORKER, null));
        long booking = bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, "Luna Bella")).id();

        String stored = jdbc.queryForObject("SELECT work_name_enc FROM consultation_booking WHERE id = ?",
                String.class, booking);
        assertThat(stored).startsWith("v1.").doesNotContain("Luna");
        accounts.signInAs(Roles.GGD, null);
        assertThat(ggd.day(session.id()).slots().getFirst().bookings())
                .anySatisfy(b -> assertThat(b.workName()).isEqualTo("Luna Bella"));
    }

    @Test
    void work_names_stored_in_plain_text_before_the_upgrade_are_encrypted_by_it() {
        try (UpgradeDatabase db = new UpgradeDatabase(server, javaMigrations).migratedTo("0104")) {
            db.jdbc.update("INSERT INTO consultation_location (id, name, address) VALUES (1, 'GGD', 'Straat 1')");
            db.jdbc.update("INSERT INTO consultation_series (id, location_id, weekday, start_time, end_time, "
                    + "slot_minutes, places_per_slot, first_date, last_date) VALUES (1, 1, 1, '09:00', '10:00', 30, 2, "
                    + "?, ?)", LocalDate.now(), LocalDate.now());
            db.jdbc.update("INSERT INTO consultation_session (id, series_id, session_date, start_time, end_time) "
                    + "VALUES (1, 1, ?, '09:00', '10:00')", LocalDate.now());
            db.jdbc.update("INSERT INTO consultation_slot (id, session_id, start_time, end_time, capacity, booked) "
                    + "VALUES (1, 1, '09:00', '09:30', 2, 1)");
            db.jdbc.update("INSERT INTO user_account (id, username, password_hash, role, created_at) "
                    + "VALUES (1, 'werker', 'x', 'WORKER', ?)", LocalDateTime.now());
            db.jdbc.update("INSERT INTO consultation_booking (slot_id, worker_account_id, municipality_id, "
                    + "booking_code, language, interpreter, work_name, status, created_at) VALUES (1, 1, 'GM0106', "
                    + "'ABCD2345', 'nl', FALSE, 'Luna Bella', 'BOOKED', ?)", LocalDateTime.now());

            db.migrateToLatest();

            String stored = db.jdbc.queryForObject("SELECT work_name_enc FROM consultation_booking", String.class);
            assertThat(stored).startsWith("v1.");
            assertThat(cipher.decrypt(stored, ConsultationStore.WORK_NAME)).isEqualTo("Luna Bella");
            assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = "
                    + "DATABASE() AND table_name = 'consultation_booking' AND column_name = 'work_name'",
                    Integer.class)).isZero();
        }
    }
}
