package nl.erkenningsportaal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByEmailLookup(String emailLookup);

    List<UserAccount> findByRoleInOrderByUsernameAsc(Collection<String> roles);
}
