package nl.erkenningsportaal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.privacy.FieldCipher;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import nl.erkenningsportaal.TestClock;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.notification.SmtpInbox;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A question without an account, from the visitor's form to the answer she reads through the link in a discreet mail:
 * only the outreach team of the municipality she chose sees it, bulk submission is turned away without a captcha, and
 * everything about her is gone within 30 days.
 */
@IntegrationTest
class QuestionsWithoutAccountTest {

    static final String ASSEN = "GM0106";
    static final String DE_WOLDEN = "GM1690";
    static final Pattern ANSWER_LINK = Pattern.compile("/antwoord/([A-Za-z0-9_-]{20,100})");

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestAccounts accounts;

    @Autowired
    QuestionService questions;

    @Autowired
    QuestionTaskService team;

    @Autowired
    ContactRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FieldCipher cipher;

    @Autowired
    TestClock clock;

    /** A source address of its own for every test, so the per-source limit of one never hits another. */
    String source;

    @BeforeEach
    void anonymousVisitor() {
        source = "198.51.100." + UUID.randomUUID().toString().substring(0, 6);
        anonymous();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static void anonymous() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("visitor", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    FormGuard filledLikeAPerson() {
        return new FormGuard(clock.instant().minusSeconds(40), "");
    }

    String unique(String text) {
        return text + " (" + UUID.randomUUID() + ")";
    }

    void ask(String municipality, String text, ReplyMethod method, String replyTo) {
        anonymous();
        questions.ask(new NewQuestion(municipality, text, "en", method, replyTo), filledLikeAPerson(), source);
    }

    long idOf(SignedInUser officer, String text) {
        TestAccounts.signIn(officer);
        return team.questions(true).stream().filter(q -> team.open(q.id()).message().equals(text)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void a_question_without_an_account_is_answered_by_mail_through_a_link_that_shows_the_answer() {
        String address = "q" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        String text = unique("Can I get tested for free without a recognition?");
        ask(ASSEN, text, ReplyMethod.EMAIL, address);

        SignedInUser assen = accounts.create(Roles.OFFICER, ASSEN);
        long id = idOf(assen, text);
        QuestionDetails opened = team.open(id);
        assertThat(opened.replyTo()).isEqualTo(address);
        assertThat(opened.erasedAfter()).isBefore(Instant.now().plus(Duration.ofDays(30)));
        team.answerByMail(id, "Yes: the GGD consultation is free and you do not need to be recognised for it.");

        assertThat(jdbc.queryForObject("SELECT CONCAT(status, '/', outcome, '/', COALESCE(reply_to_enc, '-')) "
                + "FROM contact_question WHERE id = ?", String.class, id))
                .as("closed, and her address erased at once").isEqualTo("CLOSED/ANSWERED_BY_MAIL/-");

        List<SmtpInbox.Received> mails = SmtpInbox.sendAndRead(ctx, address);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.fromName()).isEqualTo("Gemeente Assen");
            assertThat(m.subject() + m.text()).as("the mail holds only a link, nothing of the question or answer")
                    .doesNotContain("GGD consultation").doesNotContain("tested").doesNotContainIgnoringCase("recogni");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE recipient_enc IS NOT NULL "
                + "AND status = 'SENT'", Integer.class)).as("the outbox forgets the address once sent").isZero();

        Matcher link = ANSWER_LINK.matcher(mails.getFirst().text());
        assertThat(link.find()).isTrue();
        anonymous();
        AnswerToRead answer = questions.answer(link.group(1)).orElseThrow();
        assertThat(answer.question()).isEqualTo(text);
        assertThat(answer.answer()).contains("GGD consultation is free");
        assertThat(answer.municipalityName()).isEqualTo("Assen");
        assertThat(questions.answer(link.group(1).substring(1) + "x")).as("a guessed link shows nothing").isEmpty();
    }

    @Test
    void another_municipality_sees_none_of_it() {
        String text = unique("Where do I register?");
        ask(ASSEN, text, ReplyMethod.PHONE, "06 11223344");
        long id = idOf(accounts.create(Roles.OFFICER, ASSEN), text);

        TestAccounts.signIn(accounts.create(Roles.OFFICER, DE_WOLDEN));
        assertThat(team.questions(true)).extracting(QuestionTask::id).doesNotContain(id);
        assertThat(team.questions(false)).extracting(QuestionTask::id).doesNotContain(id);
        assertThatThrownBy(() -> team.open(id)).isInstanceOf(Refusal.class).hasMessageContaining("error.not-found");
        assertThatThrownBy(() -> team.answeredByPhone(id)).isInstanceOf(Refusal.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'QUESTION_OPENED' "
                + "AND subject = ? AND actor_municipality = ?", Integer.class, Long.toString(id), DE_WOLDEN)).isZero();

        for (String role : List.of(Roles.GGD, Roles.WORKER, Roles.COORDINATOR, Roles.POLICY)) {
            TestAccounts.signIn(accounts.create(role, null));
            assertThatThrownBy(() -> team.questions(true)).as(role).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void an_answer_by_phone_closes_the_question_and_erases_the_number() {
        String text = unique("Please call me about the consultation");
        ask(DE_WOLDEN, text, ReplyMethod.PHONE, "+31 6 9876 5432");
        SignedInUser officer = accounts.create(Roles.OFFICER, DE_WOLDEN);
        long id = idOf(officer, text);
        assertThat(team.open(id).replyTo()).isEqualTo("+31 6 9876 5432");
        assertThatThrownBy(() -> team.answerByMail(id, "Hello")).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.no-address");
        team.answeredByPhone(id);
        QuestionDetails closed = team.open(id);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.outcome()).isEqualTo(QuestionOutcome.ANSWERED_BY_PHONE);
        assertThat(closed.replyTo()).isNull();
    }

    @Test
    void one_source_may_send_three_questions_an_hour_and_the_fourth_is_refused_and_not_stored() {
        for (int i = 0; i < 3; i++) {
            ask(ASSEN, unique("Question " + i), ReplyMethod.NONE, null);
        }
        String fourth = unique("Question 4");
        assertThatThrownBy(() -> ask(ASSEN, fourth, ReplyMethod.NONE, null)).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.too-many-questions");
        TestAccounts.signIn(accounts.create(Roles.OFFICER, ASSEN));
        assertThat(team.questions(true).stream().map(q -> team.open(q.id()).message())).doesNotContain(fourth);

        clock.advance(Duration.ofMinutes(61));
        String later = unique("An hour later");
        ask(ASSEN, later, ReplyMethod.NONE, null);
        assertThat(idOf(accounts.create(Roles.OFFICER, ASSEN), later)).isPositive();
    }

    @Test
    void a_form_sent_faster_than_a_person_types_is_refused_and_a_filled_hidden_field_stores_nothing() {
        String fast = unique("Fast");
        assertThatThrownBy(() -> questions.ask(new NewQuestion(ASSEN, fast, "en", ReplyMethod.NONE, null),
                new FormGuard(clock.instant().minusMillis(500), ""), source)).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.too-fast");
        String trapped = unique("Buy cheap things");
        questions.ask(new NewQuestion(ASSEN, trapped, "en", ReplyMethod.NONE, null),
                new FormGuard(clock.instant().minusSeconds(30), "https://spam.example"), source);

        TestAccounts.signIn(accounts.create(Roles.OFFICER, ASSEN));
        assertThat(team.questions(true).stream().map(q -> team.open(q.id()).message())).doesNotContain(fast, trapped);
    }

    @Test
    void the_same_text_sent_twice_is_stored_once() {
        String text = unique("Is it anonymous?");
        ask(ASSEN, text, ReplyMethod.NONE, null);
        ask(ASSEN, text.toUpperCase() + "!!", ReplyMethod.NONE, null);
        TestAccounts.signIn(accounts.create(Roles.OFFICER, ASSEN));
        assertThat(team.questions(true).stream().map(q -> team.open(q.id()).message())
                .filter(m -> m.equalsIgnoreCase(text) || m.equalsIgnoreCase(text + "!!"))).hasSize(1);
    }

    @Test
    void bad_input_is_refused_at_its_field_and_stores_nothing() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM contact_question", Long.class);
        assertThatThrownBy(() -> ask(ASSEN, "", ReplyMethod.NONE, null)).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.question");
        assertThatThrownBy(() -> ask(ASSEN, unique("q"), ReplyMethod.EMAIL, "not an address"))
                .isInstanceOf(Refusal.class).hasMessageContaining("contact.error.email");
        assertThatThrownBy(() -> ask(ASSEN, unique("q"), ReplyMethod.PHONE, "call me")).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.phone");
        assertThatThrownBy(() -> ask("GM0000", unique("q"), ReplyMethod.NONE, null)).isInstanceOf(Refusal.class)
                .hasMessageContaining("contact.error.municipality");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_question", Long.class)).isEqualTo(before);
    }

    @Test
    @RetentionRuleTest("contact.question")
    void a_question_and_its_answer_are_erased_within_30_days() {
        String address = "r" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        String text = unique("Will you keep this?");
        ask(ASSEN, text, ReplyMethod.EMAIL, address);
        long id = idOf(accounts.create(Roles.OFFICER, ASSEN), text);
        team.answerByMail(id, "No, it is erased.");
        Matcher link = ANSWER_LINK.matcher(SmtpInbox.sendAndRead(ctx, address).getFirst().text());
        assertThat(link.find()).isTrue();

        clock.advance(Duration.ofDays(29).minusMinutes(1));
        retention.run(clock);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_question WHERE id = ?", Integer.class, id))
                .as("kept until 29 days after it came in").isOne();

        clock.advance(Duration.ofMinutes(2));
        retention.run(clock);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_question WHERE id = ?", Integer.class, id))
                .isZero();
        anonymous();
        assertThat(questions.answer(link.group(1))).as("the link shows nothing any more").isEmpty();
    }

    @Test
    @RetentionRuleTest("contact.question-attempt")
    void the_count_of_questions_per_source_is_forgotten_after_a_day() {
        ask(ASSEN, unique("Counted"), ReplyMethod.NONE, null);
        String hash = cipher.blindIndex(QuestionService.SOURCE_PURPOSE, source);
        String count = "SELECT COUNT(*) FROM contact_question_attempt WHERE source_hash = ?";
        assertThat(jdbc.queryForObject(count, Integer.class, hash)).isOne();

        retention.run(clock);
        assertThat(jdbc.queryForObject(count, Integer.class, hash)).as("still counting today").isOne();

        clock.advance(Duration.ofDays(2));
        retention.run(clock);
        assertThat(jdbc.queryForObject(count, Integer.class, hash)).isZero();
    }
}
