package nl.erkenningsportaal.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal Spring Security keeps in the session. It holds no personal data, only the account's handle. */
final class PortalUserDetails implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean passwordChangeRequired;
    private final boolean secondFactorEnrolled;

    PortalUserDetails(SignedInUser user, String passwordHash, boolean enabled, boolean passwordChangeRequired,
            boolean secondFactorEnrolled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.passwordChangeRequired = passwordChangeRequired;
        this.secondFactorEnrolled = secondFactorEnrolled;
    }

    /** Staff always need a second factor; a worker only once they chose to enrol one. */
    boolean needsSecondFactor() {
        return Roles.STAFF.contains(user.role()) || secondFactorEnrolled;
    }

    boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    /** The authorities of a completed login: the role, and which factors were shown. */
    List<GrantedAuthority> fullAuthorities(boolean secondFactorShown) {
        return secondFactorShown
                ? List.of(new SimpleGrantedAuthority("ROLE_" + user.role()),
                        new SimpleGrantedAuthority(PortalAuthentications.PASSWORD_FACTOR),
                        new SimpleGrantedAuthority(PortalAuthentications.TOTP_FACTOR))
                : List.of(new SimpleGrantedAuthority("ROLE_" + user.role()),
                        new SimpleGrantedAuthority(PortalAuthentications.PASSWORD_FACTOR));
    }

    SignedInUser user() {
        return user;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
