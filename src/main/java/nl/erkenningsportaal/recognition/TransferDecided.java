package nl.erkenningsportaal.recognition;

/**
 * Domain event (ids and municipalities only; never an address): the new municipality accepted (the recognition moved
 * there) or refused the worker's transfer.
 */
public record TransferDecided(long requestId, long workerAccountId, String fromMunicipalityId,
        String toMunicipalityId, boolean accepted) {}
