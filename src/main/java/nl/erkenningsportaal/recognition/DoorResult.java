package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;

/** The outcome of a door registration; the activation code is shown once and stored only as a hash. */
public record DoorResult(long requestId, String number, LocalDate validUntil, String activationCode,
        Instant activationCodeExpiresAt, DoorLetter letter) {}
