package nl.erkenningsportaal.privacy;

/** How a column is protected at rest. */
public enum Protection {
    /** Stored as it is. */
    PLAIN,
    /**
     * Stored as it is, and long enough to hold text, but only what the portal writes itself: translation keys,
     * dates, a GGD location, a link, an enumeration, an error's class name. Never text a person typed.
     * {@code PersonalDataRegisterTest} refuses a personal text column that is {@link #PLAIN}.
     */
    GENERATED,
    /** Only {@link FieldCipher} ciphertext (AES-256-GCM, key outside the database, key id stored). */
    ENCRYPTED,
    /** Only a hash: a keyed blind index, or the hash of a random secret. */
    HASHED
}
