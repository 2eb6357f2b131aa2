package nl.erkenningsportaal.signal;

import java.util.Optional;

/** Implemented by the recognition module; called only for a request linked to an escalated signal. */
public interface LinkedIdentityProvider {
    Optional<LinkedIdentity> identityOfRequest(long requestId);
}
