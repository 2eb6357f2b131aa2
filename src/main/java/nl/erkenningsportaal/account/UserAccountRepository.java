package nl.erkenningsportaal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    /** Locks the row: two requests with the same one-time code cannot both pass. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.id = :id")
    Optional<UserAccount> findForUpdate(@Param("id") long id);

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByEmailLookup(String emailLookup);

    List<UserAccount> findByRoleAndEnabledTrue(String role);

    List<UserAccount> findByRoleInOrderByUsernameAsc(Collection<String> roles);
}
