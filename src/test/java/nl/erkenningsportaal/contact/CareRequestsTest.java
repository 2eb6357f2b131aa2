package nl.erkenningsportaal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.notification.SmtpInbox;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A worker's request for care or exit support, as the worker, the officers of two municipalities and the GGD meet it:
 * it reaches only the officers of the municipality she chose (health only the GGD), opening it is audited, a message
 * reaches her with a discreet mail to the address she gave, closing erases the way to reach her, and nothing outlives
 * its retention.
 */
@IntegrationTest
class CareRequestsTest {

    static final String ASSEN = "GM0106";
    static final String DE_WOLDEN = "GM1690";

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WorkerCareService worker;

    @Autowired
    CareTaskService tasks;

    @Autowired
    ContactRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    long ask(SignedInUser who, CareTopic topic, String municipality, ContactMethod method, String detail) {
        TestAccounts.signIn(who);
        try {
            return worker.ask(new NewCareRequest(topic, municipality, "pt", method, detail, "Liefst na 14 uur"));
        } finally {
            TestAccounts.signOut();
        }
    }

    List<Long> openTaskIds(SignedInUser staff) {
        TestAccounts.signIn(staff);
        try {
            return tasks.tasks(true).stream().map(CareTask::id).toList();
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void an_exit_support_request_reaches_only_the_officers_of_the_municipality_she_chose() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        SignedInUser assen = accounts.create(Roles.OFFICER, ASSEN);
        SignedInUser deWolden = accounts.create(Roles.OFFICER, DE_WOLDEN);
        SignedInUser ggd = accounts.create(Roles.GGD, null);
        long id = ask(she, CareTopic.EXIT, ASSEN, ContactMethod.PHONE, "06 12345678");

        assertThat(openTaskIds(assen)).contains(id);
        assertThat(openTaskIds(deWolden)).doesNotContain(id);
        assertThat(openTaskIds(ggd)).as("the GGD never sees what goes to enforcement").doesNotContain(id);

        TestAccounts.signIn(deWolden);
        assertThatThrownBy(() -> tasks.open(id)).isInstanceOf(Refusal.class).hasMessageContaining("error.not-found");
        assertThatThrownBy(() -> tasks.close(id)).isInstanceOf(Refusal.class);
        TestAccounts.signIn(ggd);
        assertThatThrownBy(() -> tasks.open(id)).isInstanceOf(Refusal.class).hasMessageContaining("error.not-found");

        TestAccounts.signIn(assen);
        CareTaskDetails opened = tasks.open(id);
        assertThat(opened.contactDetail()).isEqualTo("06 12345678");
        assertThat(opened.note()).isEqualTo("Liefst na 14 uur");
        assertThat(opened.language()).isEqualTo("pt");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CARE_REQUEST_OPENED' "
                + "AND subject = ? AND actor_role = 'OFFICER' AND actor_municipality = ?", Integer.class, Long.toString(id),
                ASSEN))
                .as("opening is audited").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT CONCAT(contact_enc, note_enc) FROM care_request WHERE id = ?",
                String.class, id)).as("stored encrypted").doesNotContain("12345678").doesNotContain("14 uur");
    }

    @Test
    void a_health_request_goes_to_the_ggd_without_her_municipality_and_never_to_an_officer() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        long id = ask(she, CareTopic.HEALTH, ASSEN, ContactMethod.PORTAL, null);

        assertThat(openTaskIds(accounts.create(Roles.GGD, null))).contains(id);
        assertThat(openTaskIds(accounts.create(Roles.OFFICER, ASSEN))).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT municipality_id FROM care_request WHERE id = ?", String.class, id))
                .as("the GGD learns nothing of where she is recognised").isNull();
    }

    @Test
    void an_officer_message_reaches_her_page_and_a_discreet_mail_to_the_address_she_gave() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        String address = "c" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        long id = ask(she, CareTopic.DEBTS, ASSEN, ContactMethod.EMAIL, address);

        TestAccounts.signIn(accounts.create(Roles.OFFICER, ASSEN));
        tasks.sendMessage(id, "Wij kunnen donderdag bellen over de schuldhulp.");
        TestAccounts.signOut();

        List<SmtpInbox.Received> mails = SmtpInbox.sendAndRead(ctx, address);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.fromName()).isEqualTo("Gemeente Assen");
            assertThat(m.subject() + m.text()).contains("/hulp-vragen")
                    .doesNotContain("schuldhulp").doesNotContainIgnoringCase("sekswerk")
                    .doesNotContainIgnoringCase("erkenning");
        });

        TestAccounts.signIn(she);
        MyCareRequest mine = worker.myRequests().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(mine.messages()).singleElement().satisfies(m -> {
            assertThat(m.fromWorker()).isFalse();
            assertThat(m.text()).contains("schuldhulp");
        });
        worker.reply(id, "Donderdag is goed.");
        assertThat(worker.myRequests().stream().filter(r -> r.id() == id).findFirst().orElseThrow().messages())
                .hasSize(2);
    }

    @Test
    void closing_erases_the_phone_number_at_once_and_ends_the_conversation() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        long id = ask(she, CareTopic.PSYCHOSOCIAL, DE_WOLDEN, ContactMethod.PHONE, "+31 6 1234 5678");
        SignedInUser officer = accounts.create(Roles.OFFICER, DE_WOLDEN);
        TestAccounts.signIn(officer);
        assertThatThrownBy(() -> tasks.sendMessage(id, "Hallo")).as("she asked to be called")
                .isInstanceOf(Refusal.class).hasMessageContaining("contact.error.call-instead");
        tasks.recordContact(id);
        tasks.close(id);

        assertThat(jdbc.queryForObject("SELECT contact_enc FROM care_request WHERE id = ?", String.class, id))
                .isNull();
        assertThat(tasks.open(id).contactDetail()).isNull();
        assertThatThrownBy(() -> tasks.close(id)).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.closed");
        TestAccounts.signIn(she);
        assertThatThrownBy(() -> worker.reply(id, "Nog iets")).isInstanceOf(Refusal.class);
    }

    @Test
    void she_can_withdraw_her_request_which_erases_the_address_she_gave() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        long id = ask(she, CareTopic.EXIT, ASSEN, ContactMethod.EMAIL, "weg@example.org");
        TestAccounts.signIn(she);
        worker.withdraw(id);
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, '/', COALESCE(contact_enc, '-')) FROM care_request "
                + "WHERE id = ?", String.class, id)).isEqualTo("CLOSED/-");
    }

    @Test
    void bad_input_is_refused_at_its_field_and_stores_nothing() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        TestAccounts.signIn(she);
        assertThatThrownBy(() -> worker.ask(new NewCareRequest(CareTopic.EXIT, ASSEN, "nl", ContactMethod.PHONE,
                "bel me", null))).isInstanceOf(Refusal.class).hasMessageContaining("contact.error.phone");
        assertThatThrownBy(() -> worker.ask(new NewCareRequest(CareTopic.EXIT, ASSEN, "nl", ContactMethod.EMAIL,
                "geen-adres", null))).isInstanceOf(Refusal.class).hasMessageContaining("contact.error.email");
        assertThatThrownBy(() -> worker.ask(new NewCareRequest(CareTopic.DEBTS, "GM0000", "nl",
                ContactMethod.PORTAL, null, null))).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.municipality");
        assertThatThrownBy(() -> worker.ask(new NewCareRequest(null, ASSEN, "nl", ContactMethod.PORTAL, null,
                null))).isInstanceOf(Refusal.class).hasMessageContaining("contact.error.topic");
        assertThatThrownBy(() -> worker.ask(new NewCareRequest(CareTopic.DEBTS, ASSEN, "nl", ContactMethod.PORTAL,
                null, "x".repeat(ContactLimits.NOTE_MAX + 1)))).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.note");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_request WHERE account_id = ?", Integer.class,
                she.id())).isZero();
    }

    @Test
    void only_workers_ask_and_only_officers_and_the_ggd_work_the_tasks() {
        SignedInUser officer = accounts.create(Roles.OFFICER, ASSEN);
        TestAccounts.signIn(officer);
        assertThatThrownBy(() -> worker.ask(new NewCareRequest(CareTopic.EXIT, ASSEN, "nl", ContactMethod.PORTAL,
                null, null))).isInstanceOf(AuthorizationDeniedException.class);
        for (String role : List.of(Roles.WORKER, Roles.COORDINATOR, Roles.POLICY, Roles.ADMIN)) {
            TestAccounts.signIn(accounts.create(role, null));
            assertThatThrownBy(() -> tasks.tasks(true)).as(role).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> tasks.open(1)).as(role).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    @RetentionRuleTest("contact.care.closed")
    void a_closed_request_and_its_messages_are_erased_when_the_retention_term_has_passed() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        long kept = ask(she, CareTopic.DEBTS, ASSEN, ContactMethod.PORTAL, null);
        long closed = ask(she, CareTopic.EXIT, ASSEN, ContactMethod.PORTAL, null);
        TestAccounts.signIn(accounts.create(Roles.OFFICER, ASSEN));
        tasks.sendMessage(closed, "Tot ziens");
        tasks.close(closed);
        TestAccounts.signOut();

        clock.advance(Duration.ofDays(88));
        retention.run(clock);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_request WHERE id = ?", Integer.class, closed))
                .as("not before 90 days").isEqualTo(1);

        clock.advance(Duration.ofDays(3));
        retention.run(clock);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_request WHERE id = ?", Integer.class, closed))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_message WHERE care_request_id = ?", Integer.class,
                closed)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_request WHERE id = ?", Integer.class, kept))
                .as("an open request nobody has yet answered stays").isEqualTo(1);
    }

    @Test
    @RetentionRuleTest("contact.care.untouched")
    void a_request_nobody_touched_for_a_year_is_erased_open_or_not() {
        SignedInUser she = accounts.create(Roles.WORKER, null);
        long open = ask(she, CareTopic.DEBTS, ASSEN, ContactMethod.PORTAL, null);
        long answered = ask(she, CareTopic.PSYCHOSOCIAL, ASSEN, ContactMethod.PORTAL, null);
        TestAccounts.signIn(accounts.create(Roles.OFFICER, ASSEN));
        tasks.sendMessage(answered, "We bellen u volgende week");
        TestAccounts.signOut();

        clock.advance(Duration.ofDays(360));
        retention.run(clock);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_request WHERE id IN (?, ?)", Integer.class, open,
                answered)).as("not before a year").isEqualTo(2);

        clock.advance(Duration.ofDays(8));
        retention.run(clock);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_request WHERE id IN (?, ?)", Integer.class, open,
                answered)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_message WHERE care_request_id = ?", Integer.class,
                answered)).isZero();
    }
}
