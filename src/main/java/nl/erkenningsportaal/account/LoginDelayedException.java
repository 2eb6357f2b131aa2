package nl.erkenningsportaal.account;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused unchecked because too many attempts failed: the login page says until when to wait. The same for
 * an existing and an unknown user name, so it tells nothing about which accounts exist.
 */
public final class LoginDelayedException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    LoginDelayedException(Instant retryAt) {
        super("Too many attempts");
        this.retryAt = retryAt;
    }

    /** The earliest moment the next attempt is checked. */
    public Instant retryAt() {
        return retryAt;
    }
}
