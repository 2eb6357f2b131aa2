package nl.erkenningsportaal.account;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * The password step of a login. Every refusal (too long, unknown user, wrong password, disabled account) is the
 * same {@link BadCredentialsException}, so the login page shows one generic message. An unknown user costs an
 * Argon2 check too (Spring's {@link DaoAuthenticationProvider} runs one against a dummy hash), and a disabled
 * account is told apart only after the password check, so timing tells nothing either. While the
 * {@link LoginThrottle} makes an attempt wait, it is refused unchecked with a {@link LoginDelayedException}, whose
 * wait the login page shows — the same for an existing and an unknown user name. Staff (and workers who enrolled a
 * second factor) receive a role-less {@link PortalAuthentications.PasswordStep}.
 */
final class PortalAuthenticationProvider implements AuthenticationProvider {

    static final String GENERIC = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SignIns signIns;
    private final DeviceCookies deviceCookies;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    PortalAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            SignIns signIns, DeviceCookies deviceCookies) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(u -> { }); // disabled accounts: checked after the password
        this.passwords.setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
        this.signIns = signIns;
        this.deviceCookies = deviceCookies;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("dummy-password-for-timing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String account = LoginThrottle.normalise(username);
        Object details = authentication.getDetails();
        String address = details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        @Nullable String cookie = details instanceof LoginAttemptDetails attempt ? attempt.deviceCookie() : null;
        if (account.length() > NewStaffAccount.USERNAME_MAX || password.length() > PasswordPolicy.MAX_LENGTH) {
            // oversized input: refused like any wrong password, at similar cost, never hashed in full
            encoder.matches("x", dummyHash);
            String cut = account.substring(0, Math.min(account.length(), NewStaffAccount.USERNAME_MAX));
            LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(cut, address,
                    deviceCookies.deviceOf(cookie, cut).orElse(null));
            database(() -> throttle.delayedUntil(attempt)).ifPresent(until -> {
                throw new LoginDelayedException(until);
            });
            database(() -> {
                throttle.failed(attempt);
                return null;
            });
            throw new BadCredentialsException(GENERIC);
        }
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(account, address,
                deviceCookies.deviceOf(cookie, account).orElse(null));
        Optional<Instant> delayed = database(() -> throttle.delayedUntil(attempt));
        if (delayed.isPresent()) {
            throw new LoginDelayedException(delayed.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account, password));
        } catch (InternalAuthenticationServiceException e) {
            // the account could not be read (the database is unreachable): not the person's mistake, so not counted
            // against them; the login page tells them to try again in a minute
            throw e;
        } catch (AuthenticationException e) {
            failed(attempt);
            throw new BadCredentialsException(GENERIC);
        }
        PortalUserDetails user = (PortalUserDetails) result.getPrincipal();
        if (!user.isEnabled()) {
            failed(attempt);
            throw new BadCredentialsException(GENERIC);
        }
        database(() -> {
            throttle.succeeded(attempt);
            return null;
        });
        signIns.signedIn(account);
        Object webDetails = details instanceof LoginAttemptDetails d ? d.withoutDeviceCookie() : details;
        return user.needsSecondFactor() ? new PortalAuthentications.PasswordStep(user, webDetails)
                : PortalAuthentications.full(user, false, webDetails);
    }

    private void failed(LoginThrottle.Attempt attempt) {
        database(() -> {
            throttle.failed(attempt);
            return null;
        });
    }

    /**
     * The throttle lives in the database: when it cannot be reached, the login is not possible right now, which the
     * login page says (not "wrong password", not a server error).
     */
    private static <T> T database(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException | TransactionException e) {
            throw new InternalAuthenticationServiceException("The login throttle could not be read or written", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
