package nl.erkenningsportaal.account;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.ConsultationFixtures;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A worker's account without request or booking that is not used is told, then erased with everything in it; one
 * that signs in after the notice stays; a disabled staff account goes after its term; a link token once used or
 * expired.
 */
@IntegrationTest
class AccountRetentionTest {

    static final String PASSWORD = "a long and unusual passphrase";

    @Autowired
    AccountRetention retention;

    @Autowired
    ProcessingRegister register;

    @Autowired
    AccountService accountService;

    @Autowired
    PortalAuthenticationProvider provider;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    WorkerBookingService bookings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailTokens tokens;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String worker() {
        String username = "idle-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.createDemoAccount(username, PASSWORD, Roles.WORKER, null);
        signIn(username);
        return username;
    }

    private void signIn(String username) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                PASSWORD);
        token.setDetails(new WebAuthenticationDetails(request));
        provider.authenticate(token);
    }

    private long id(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    @Test
    @RetentionRuleTest({"account.worker.idle-notice", "account.worker.idle-erase"})
    void an_unused_account_without_request_or_booking_is_told_and_then_erased_with_everything_in_it() {
        String username = worker();
        long id = id(username);
        jdbc.update("INSERT INTO worker_consent (account_id, statement_version, consented_at) VALUES (?, 1, ?)", id,
                LocalDateTime.now(ZoneOffset.UTC));
        int months = register.amount(AccountRetention.IDLE_NOTICE.id(), null);
        int weeks = register.amount(AccountRetention.IDLE_ERASE.id(), null);

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(noticeOf(id)).isNull();

        Clock notice = Clocks.justAfter(months, MONTHS);
        retention.run(notice);
        assertThat(noticeOf(id)).isNotNull();
        assertThat(count("inbox_message WHERE account_id = ? AND subject_key = ?", id,
                "notification.inbox.idle-account.subject")).isOne();

        retention.run(later(notice, weeks, -2));
        assertThat(count("user_account WHERE id = ?", id)).isOne();

        retention.run(later(notice, weeks, 2));
        assertThat(count("user_account WHERE id = ?", id)).isZero();
        assertThat(count("inbox_message WHERE account_id = ?", id)).isZero();
        assertThat(count("worker_consent WHERE account_id = ?", id)).isZero();
        assertThat(count("audit_entry WHERE subject_type = 'ACCOUNT' AND subject = ? AND action = 'DATA_ERASED'",
                Long.toString(id))).isOne();
    }

    @Test
    void signing_in_after_the_notice_keeps_the_account() {
        String username = worker();
        long id = id(username);
        int months = register.amount(AccountRetention.IDLE_NOTICE.id(), null);
        int weeks = register.amount(AccountRetention.IDLE_ERASE.id(), null);
        Clock notice = Clocks.justAfter(months, MONTHS);
        retention.run(notice);
        assertThat(noticeOf(id)).isNotNull();
        // she signs in (a moment after the notice)
        jdbc.update("UPDATE user_account SET idle_notice_at = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), id);
        signIn(username);
        assertThat(noticeOf(id)).isNull();

        retention.run(later(notice, weeks, 2));
        assertThat(count("user_account WHERE id = ?", id)).isOne();
    }

    @Test
    void an_account_with_a_booking_is_in_use_and_never_told() {
        String username = worker();
        long id = id(username);
        SessionSummary session = consultations.sessionNextWeek(2);
        long slot = consultations.firstSlot(session);
        TestAccounts.signIn(new SignedInUser(id, username, Roles.WORKER, null, null));
        bookings.book(new BookingRequest(slot, "GM0106", "nl", false, null, null));
        TestAccounts.signOut();
        int months = register.amount(AccountRetention.IDLE_NOTICE.id(), null);

        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(noticeOf(id)).isNull();
        assertThat(count("user_account WHERE id = ?", id)).isOne();
    }

    @Test
    @RetentionRuleTest("account.staff.disabled")
    void a_disabled_staff_account_is_erased_the_regions_term_after_it_was_disabled() {
        accounts.signInAs(Roles.ADMIN, null);
        long officer = accounts.create(Roles.OFFICER, "GM0106").id();
        long colleague = accounts.create(Roles.OFFICER, "GM0106").id();
        accountService.setEnabled(officer, false);
        int months = register.amount(AccountRetention.STAFF_DISABLED.id(), null);

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(count("user_account WHERE id = ?", officer)).isOne();
        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("user_account WHERE id = ?", officer)).isZero();
        assertThat(count("user_account WHERE id = ?", colleague)).isOne();
    }

    @Test
    @RetentionRuleTest("account.link-token")
    void a_link_token_goes_once_used_or_expired_and_not_while_it_can_still_be_used() {
        long worker = accounts.create(Roles.WORKER, null).id();
        String used = tokens.issue(worker, MailTokens.Purpose.RESET_PASSWORD, null);
        String open = tokens.issue(worker, MailTokens.Purpose.RESET_PASSWORD, null);
        tx.executeWithoutResult(s -> tokens.use(used, MailTokens.Purpose.RESET_PASSWORD));

        retention.run(Clocks.after(0, DAYS, 0));
        assertThat(count("notification_token WHERE token_hash = ?", MailTokens.hash(used))).isZero();
        assertThat(count("notification_token WHERE token_hash = ?", MailTokens.hash(open))).isOne();
        assertThat(tokens.usable(open, MailTokens.Purpose.RESET_PASSWORD)).isTrue();

        retention.run(Clocks.after(tokens.validHours() / 24 + 1, DAYS, 0));
        assertThat(count("notification_token WHERE token_hash = ?", MailTokens.hash(open))).isZero();
    }

    @Test
    @RetentionRuleTest("account.login-throttle")
    void a_login_throttle_count_goes_once_it_is_forgotten_and_not_before() {
        Instant now = Instant.now();
        String lapsed = "a".repeat(63) + "1";
        String counting = "a".repeat(63) + "2";
        jdbc.update("INSERT INTO login_throttle (throttle_key, kind, failures, last_failure, expires_at) "
                + "VALUES (?, 'ACCOUNT', 3, ?, ?), (?, 'ADDRESS', 2, ?, ?)",
                lapsed, utc(now), utc(now.plus(1, DAYS)), counting, utc(now), utc(now.plus(10, DAYS)));

        retention.run(Clock.fixed(now.plus(2, DAYS), Clocks.AMSTERDAM));

        assertThat(count("login_throttle WHERE throttle_key = ?", lapsed)).isZero();
        assertThat(count("login_throttle WHERE throttle_key = ?", counting)).isOne();
        jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", counting);
    }

    private static java.time.LocalDateTime utc(Instant at) {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }

    private Object noticeOf(long id) {
        return jdbc.queryForMap("SELECT idle_notice_at FROM user_account WHERE id = ?", id).get("idle_notice_at");
    }

    private static Clock later(Clock from, long weeks, long days) {
        Instant at = from.instant().atZone(Clocks.AMSTERDAM).plus(weeks, WEEKS).plusDays(days).toInstant();
        return Clock.fixed(at, Clocks.AMSTERDAM);
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }
}
