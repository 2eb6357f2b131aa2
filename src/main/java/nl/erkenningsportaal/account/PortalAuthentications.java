package nl.erkenningsportaal.account;

import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The two states of a login. After the password alone, a person who needs a second factor holds a
 * {@link PasswordStep}: it names the account but carries no role, only {@code FACTOR_PASSWORD}, so route access
 * ({@code @RolesAllowed}) and method security refuse everything except the second-factor page and its service.
 * After a valid code it is replaced by a full authentication carrying the role.
 */
final class PortalAuthentications {

    static final String PASSWORD_FACTOR = "FACTOR_PASSWORD";
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private PortalAuthentications() {}

    static Authentication full(PortalUserDetails details, boolean secondFactorShown, @Nullable Object webDetails) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.fullAuthorities(secondFactorShown));
        token.setDetails(webDetails);
        return token;
    }

    /** The password was right; the second factor is still to come. */
    static final class PasswordStep extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;

        private final PortalUserDetails details;

        PasswordStep(PortalUserDetails details, @Nullable Object webDetails) {
            super(List.of(new SimpleGrantedAuthority(PASSWORD_FACTOR)));
            this.details = details;
            setDetails(webDetails);
            setAuthenticated(true);
        }

        @Override
        public @Nullable Object getCredentials() {
            return null;
        }

        @Override
        public PortalUserDetails getPrincipal() {
            return details;
        }
    }
}
