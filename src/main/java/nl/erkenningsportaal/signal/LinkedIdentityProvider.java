package nl.erkenningsportaal.signal;

import java.util.Optional;

/**
 * Implemented by the recognition module, which owns the requests: whether a request may be linked to a signal, and
 * the identity behind it (asked only for a request linked to an escalated signal).
 */
public interface LinkedIdentityProvider {

    /** Whether {@code requestId} is a request of {@code municipalityId} (a signal links only its own). */
    boolean isRequestOf(long requestId, String municipalityId);

    /** The identity behind the request, if it is a request of {@code municipalityId} (the signal's own). */
    Optional<LinkedIdentity> identityOfRequest(long requestId, String municipalityId);
}
