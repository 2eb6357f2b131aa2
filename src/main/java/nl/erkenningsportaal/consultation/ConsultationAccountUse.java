package nl.erkenningsportaal.consultation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.erkenningsportaal.account.AccountInUse;
import org.springframework.stereotype.Component;

/** A worker's account with a GGD booking or a place on a waiting list is in use. */
@Component
class ConsultationAccountUse implements AccountInUse {

    private final ConsultationStore store;

    ConsultationAccountUse(ConsultationStore store) {
        this.store = store;
    }

    @Override
    public Set<Long> inUse(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Set.of() : new HashSet<>(store.accountsWithBookingOrPlace(accountIds));
    }
}
