package nl.erkenningsportaal.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers when an account last signed in: an account that signs in is in use, and a notice that it would be erased
 * for lack of use no longer holds.
 */
@Component
class SignIns {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignIns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(String username) {
        jdbc.sql("UPDATE user_account SET last_sign_in_at = :now, idle_notice_at = NULL WHERE username = :username")
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("username", username)
                .update();
    }
}
