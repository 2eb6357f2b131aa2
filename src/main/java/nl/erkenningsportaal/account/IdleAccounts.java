package nl.erkenningsportaal.account;

import java.time.LocalDateTime;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account rows that the retention of accounts looks for (idle, warned, disabled) and erases; its only SQL
 * ({@link JdbcClient}, named parameters). Times are UTC.
 */
@Component
class IdleAccounts {

    private final JdbcClient jdbc;

    IdleAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Workers' accounts not yet warned that have not signed in (or, never signed in, were made) before then. */
    List<Long> idleSince(LocalDateTime before) {
        return jdbc.sql("""
                SELECT id FROM user_account
                WHERE role = :worker AND idle_notice_at IS NULL AND COALESCE(last_sign_in_at, created_at) < :before""")
                .param("worker", Roles.WORKER).param("before", before).query(Long.class).list();
    }

    void markWarned(long accountId, LocalDateTime at) {
        jdbc.sql("UPDATE user_account SET idle_notice_at = :at WHERE id = :id").param("at", at)
                .param("id", accountId).update();
    }

    /** Workers' accounts warned before then that have not signed in since the notice. */
    List<Long> warnedBefore(LocalDateTime before) {
        return jdbc.sql("""
                SELECT id FROM user_account
                WHERE role = :worker AND idle_notice_at < :before
                  AND (last_sign_in_at IS NULL OR last_sign_in_at < idle_notice_at)""")
                .param("worker", Roles.WORKER).param("before", before).query(Long.class).list();
    }

    /** Staff accounts disabled before then. */
    List<Long> staffDisabledBefore(LocalDateTime before) {
        return jdbc.sql("SELECT id FROM user_account WHERE role <> :worker AND NOT enabled AND disabled_at < :before")
                .param("worker", Roles.WORKER).param("before", before).query(Long.class).list();
    }

    void deleteStaff(long accountId) {
        jdbc.sql("DELETE FROM user_account WHERE id = :id AND role <> :worker").param("id", accountId)
                .param("worker", Roles.WORKER).update();
    }

    void deleteWorker(long accountId) {
        jdbc.sql("DELETE FROM user_account WHERE id = :id AND role = :worker").param("id", accountId)
                .param("worker", Roles.WORKER).update();
    }
}
