package nl.erkenningsportaal.recognition;

/** A transfer to another municipality: waiting for its officers, accepted, refused, or cancelled by the worker. */
public enum TransferStatus {
    PENDING,
    ACCEPTED,
    REFUSED,
    CANCELLED
}
