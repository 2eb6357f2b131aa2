package nl.erkenningsportaal.signal;

import java.util.Optional;

/** Implemented by the recognition module; called only for a request linked to an escalated signal. */
public interface LinkedIdentityProvider {
    /** The identity behind the request, if it is a request of {@code municipalityId} (the signal's own). */
    Optional<LinkedIdentity> identityOfRequest(long requestId, String municipalityId);
}
