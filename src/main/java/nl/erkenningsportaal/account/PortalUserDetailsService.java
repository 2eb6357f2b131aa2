package nl.erkenningsportaal.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    PortalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip())
                .map(a -> new PortalUserDetails(a.toSignedInUser(), a.getPasswordHash(), a.isEnabled(),
                        a.isPasswordChangeRequired(), a.hasSecondFactor()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
