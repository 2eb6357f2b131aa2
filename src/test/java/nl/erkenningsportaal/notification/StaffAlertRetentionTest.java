package nl.erkenningsportaal.notification;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A staff member's read notices go 90 days after reading; notices nobody read go 12 months after they arrived. */
@IntegrationTest
class StaffAlertRetentionTest {

    @Autowired
    StaffAlertRetention retention;

    @Autowired
    StaffAlertStore store;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private long notice(long account, long sessionId) {
        store.insert(account, AlertKind.SESSION_FULL, sessionId, null, Instant.now(), false);
        return jdbc.queryForObject("SELECT MAX(id) FROM staff_alert WHERE account_id = ?", Long.class, account);
    }

    @Test
    @RetentionRuleTest("notification.staff-alert.read")
    void a_read_notice_goes_90_days_after_it_was_read_and_an_unread_one_of_the_same_day_stays() {
        long ggd = accounts.create(Roles.GGD, null).id();
        long read = notice(ggd, 4001);
        long unread = notice(ggd, 4002);
        store.markRead(ggd, read, Instant.now());

        retention.run(Clocks.justBefore(90, DAYS));
        assertThat(exists(read)).as("read 88 days ago").isTrue();
        retention.run(Clocks.justAfter(90, DAYS));
        assertThat(exists(read)).as("read 92 days ago").isFalse();
        assertThat(exists(unread)).as("never read, arrived 92 days ago").isTrue();
    }

    @Test
    @RetentionRuleTest("notification.staff-alert.unread")
    void a_notice_nobody_read_goes_12_months_after_it_arrived() {
        long ggd = accounts.create(Roles.GGD, null).id();
        long unread = notice(ggd, 4003);

        retention.run(Clocks.justBefore(12, MONTHS));
        assertThat(exists(unread)).isTrue();
        retention.run(Clocks.justAfter(12, MONTHS));
        assertThat(exists(unread)).isFalse();
    }

    private boolean exists(long alertId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_alert WHERE id = ?", Integer.class, alertId) == 1;
    }
}
