package nl.erkenningsportaal.account;

import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password step of a login. Every refusal (throttled, too long, unknown user, wrong password, disabled
 * account) is the same {@link BadCredentialsException}, so the login page shows one generic message. An unknown
 * user costs an Argon2 check too (Spring's {@link DaoAuthenticationProvider} runs one against a dummy hash), and
 * a disabled account is told apart only after the password check, so timing tells nothing either. Staff (and
 * workers who enrolled a second factor) receive a role-less {@link PortalAuthentications.PasswordStep}.
 */
final class PortalAuthenticationProvider implements AuthenticationProvider {

    static final String GENERIC = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SignIns signIns;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    PortalAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            SignIns signIns) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(u -> { }); // disabled accounts: checked after the password
        this.passwords.setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
        this.signIns = signIns;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("dummy-password-for-timing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String account = username.strip().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (account.length() > NewStaffAccount.USERNAME_MAX || password.length() > PasswordPolicy.MAX_LENGTH) {
            // oversized input: refused like any wrong password, at similar cost, never hashed in full
            encoder.matches("x", dummyHash);
            throttle.failed(account.substring(0, Math.min(account.length(), NewStaffAccount.USERNAME_MAX)), address);
            throw new BadCredentialsException(GENERIC);
        }
        if (!throttle.mayTry(account, address)) {
            throw new BadCredentialsException(GENERIC);
        }
        Authentication result;
        try {
            result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account, password));
        } catch (InternalAuthenticationServiceException e) {
            // the account could not be read (the database is unreachable): not the person's mistake, so not counted
            // against them; the login page tells them to try again in a minute
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(account, address);
            throw new BadCredentialsException(GENERIC);
        }
        PortalUserDetails details = (PortalUserDetails) result.getPrincipal();
        if (!details.isEnabled()) {
            throttle.failed(account, address);
            throw new BadCredentialsException(GENERIC);
        }
        throttle.succeeded(account);
        signIns.signedIn(account);
        Object webDetails = authentication.getDetails();
        return details.needsSecondFactor() ? new PortalAuthentications.PasswordStep(details, webDetails)
                : PortalAuthentications.full(details, false, webDetails);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
