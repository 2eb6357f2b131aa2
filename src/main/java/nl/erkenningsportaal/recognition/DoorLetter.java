package nl.erkenningsportaal.recognition;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * The letter a worker registered at the door takes home, in the language she was informed in: the privacy
 * information in short, her activation code and how to use her rights without an account. No name, no address and
 * no number: whoever finds it learns as little as possible. The code is shown once and stored only as a hash.
 */
public record DoorLetter(long requestId, String municipalityName, Locale language, int statementVersion,
        String activationCode, Instant codeExpiresAt) implements Serializable {}
