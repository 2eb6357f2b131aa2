package nl.erkenningsportaal.account;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PortalUserDetails details) {
            return Optional.of(details.user());
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
        return auth != null && auth.getPrincipal() instanceof PortalUserDetails d && d.passwordChangeRequired();
    }
}
