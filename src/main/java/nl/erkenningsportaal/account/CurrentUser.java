package nl.erkenningsportaal.account;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. */
@Component
public class CurrentUser {

    /** The signed-in user; empty while a login still waits for its second factor. */
    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof PortalAuthentications.PasswordStep)
                && auth.getPrincipal() instanceof PortalUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    /** True when the password was right but the second factor has not been given yet. */
    public boolean secondFactorPending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentications.PasswordStep;
    }

    /** The account behind the session in either state of the login. */
    Optional<PortalUserDetails> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PortalUserDetails details) {
            return Optional.of(details);
        }
        return Optional.empty();
    }

    /** The signed-in user, or an exception when nobody is (services behind method security never see that). */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    /** True when the signed-in account still has to replace its one-time password. */
    public boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && !(auth instanceof PortalAuthentications.PasswordStep)
                && auth.getPrincipal() instanceof PortalUserDetails d && d.passwordChangeRequired();
    }
}
