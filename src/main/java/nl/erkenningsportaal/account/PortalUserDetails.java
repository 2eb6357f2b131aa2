package nl.erkenningsportaal.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
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

    PortalUserDetails(SignedInUser user, String passwordHash, boolean enabled, boolean passwordChangeRequired) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.passwordChangeRequired = passwordChangeRequired;
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
