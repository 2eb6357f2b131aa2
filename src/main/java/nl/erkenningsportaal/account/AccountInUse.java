package nl.erkenningsportaal.account;

import java.util.Collection;
import java.util.Set;

/**
 * A module whose data keeps a worker's account in use (a recognition request, a GGD booking) implements this. An
 * account that no module keeps in use and that has not signed in for the region's term is idle: it is told so in its
 * inbox and erased a few weeks later unless the worker signs in.
 */
public interface AccountInUse {

    /** Of {@code accountIds}, the accounts this module holds something for. */
    Set<Long> inUse(Collection<Long> accountIds);
}
