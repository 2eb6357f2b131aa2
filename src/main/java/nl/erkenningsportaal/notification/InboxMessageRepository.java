package nl.erkenningsportaal.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboxMessageRepository extends JpaRepository<InboxMessageEntity, Long> {

    List<InboxMessageEntity> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

    long countByAccountIdAndReadAtIsNull(long accountId);

    Optional<InboxMessageEntity> findByIdAndAccountId(long id, long accountId);
}
