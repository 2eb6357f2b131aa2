package nl.erkenningsportaal.account;

import java.time.Instant;
import java.util.UUID;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates real accounts in the test database and signs them in for service-level tests. */
@Component
public class TestAccounts {

    private final UserAccountRepository accounts;

    TestAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** A new account with a unique name; officers need a municipality id such as GM0106 (Assen). */
    @Transactional
    public SignedInUser create(String role, @Nullable String municipalityId) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(username, "{noop}unused", role, municipalityId,
                Roles.COORDINATOR.equals(role) ? AccountService.REGION : null, Instant.now());
        return accounts.saveAndFlush(account).toSignedInUser();
    }

    /** A new staff account of {@code region} (a coordinator of another region than Drenthe, for isolation tests). */
    @Transactional
    public SignedInUser create(String role, @Nullable String municipalityId, String region) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.saveAndFlush(new UserAccount(username, "{noop}unused", role, municipalityId, region,
                Instant.now())).toSignedInUser();
    }

    /** Puts {@code user} in the security context, as after a complete login (password and second factor). */
    public static Authentication signIn(SignedInUser user) {
        PortalUserDetails details = new PortalUserDetails(user, "", true, false, true);
        Authentication auth = PortalAuthentications.full(details, true, null);
        // a fresh context object: with Vaadin's session-aware strategy installed, mutating getContext() may not stick
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        return auth;
    }

    /** Puts {@code user} in the security context as after the password only (the second factor still to come). */
    public static Authentication signInWithPasswordOnly(SignedInUser user) {
        PortalUserDetails details = new PortalUserDetails(user, "", true, false, false);
        Authentication auth = new PortalAuthentications.PasswordStep(details, null);
        // a fresh context object: with Vaadin's session-aware strategy installed, mutating getContext() may not stick
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        return auth;
    }

    /** Creates and signs in an account with {@code role}. */
    public SignedInUser signInAs(String role, @Nullable String municipalityId) {
        SignedInUser user = create(role, municipalityId);
        signIn(user);
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
