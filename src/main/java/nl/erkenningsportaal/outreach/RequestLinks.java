package nl.erkenningsportaal.outreach;

/** Implemented by the recognition module, which owns the requests: whether a visit may be linked to a request. */
public interface RequestLinks {

    /** Whether {@code requestId} is a request of {@code municipalityId} (a visit links only its own). */
    boolean isRequestOf(long requestId, String municipalityId);
}
