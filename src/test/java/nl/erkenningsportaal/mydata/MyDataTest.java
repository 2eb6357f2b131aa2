package nl.erkenningsportaal.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.StoredReasons;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.OfficerRecognitionService;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class MyDataTest {

    @Autowired
    StoredReasons reasons;

    @Autowired
    MyDataService myData;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_worker_exports_everything_and_sees_which_role_looked_without_the_colleagues_name() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Export Persoon", "9401 AB"), null));
        SignedInUser officer = accounts.signInAs(Roles.OFFICER, "GM0106");
        officers.revealIdentity(id, RecognitionFixtures.INTAKE);
        TestAccounts.signIn(worker);

        Map<String, Object> export = myData.export();
        assertThat(((Map<String, Object>) export.get("account")).get("username")).isEqualTo(worker.username());
        assertThat(myData.exportJson()).contains("Export Persoon", "9401 AB", worker.username());
        List<DataAccess> looks = myData.whoLooked();
        assertThat(looks).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo(Roles.OFFICER);
            assertThat(a.municipalityId()).isEqualTo("GM0106");
        });
        assertThat(looks.toString()).doesNotContain(officer.username());
    }

    @Test
    void erasing_removes_the_account_and_every_request_and_keeps_an_audit_entry_without_identity() {
        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Wis Mij", "9401 AB"), null));
        myData.eraseEverything();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE id = ?", Integer.class, worker.id()))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject = ? AND action = 'DATA_ERASED'",
                Integer.class, Long.toString(worker.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor LIKE '%Wis Mij%'",
                Integer.class)).isZero();
        assertThat(reasons.all()).noneMatch(r -> r.contains("Wis Mij"));
    }

    @Autowired
    nl.erkenningsportaal.consultation.ConsultationFixtures consultations;

    @Autowired
    nl.erkenningsportaal.consultation.WorkerBookingService bookings;

    @Test
    void erasing_also_frees_the_workers_consultation_place() {
        var session = consultations.sessionNextWeek(1);
        long slot = consultations.firstSlot(session);
        fixtures.signedInWorker();
        bookings.book(new nl.erkenningsportaal.consultation.BookingRequest(slot, "GM0106", "nl", false, null, null));
        assertThat(myData.exportJson()).contains("consultation", "BOOKED");
        myData.eraseEverything();
        assertThat(jdbc.queryForObject("SELECT booked FROM consultation_slot WHERE id = ?", Integer.class, slot))
                .isZero();
    }

    @Test
    void only_the_worker_reaches_their_own_data() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> myData.export()).isInstanceOf(AuthorizationDeniedException.class);
        accounts.signInAs(Roles.ADMIN, null);
        assertThatThrownBy(() -> myData.eraseEverything()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
