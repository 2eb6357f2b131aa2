package nl.erkenningsportaal.recognition;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.erkenningsportaal.account.AccountInUse;
import org.springframework.stereotype.Component;

/** A worker's account with a recognition request (of any status) is in use. */
@Component
class RecognitionAccountUse implements AccountInUse {

    private final RecognitionStore store;

    RecognitionAccountUse(RecognitionStore store) {
        this.store = store;
    }

    @Override
    public Set<Long> inUse(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Set.of() : new HashSet<>(store.accountsWithRequest(accountIds));
    }
}
