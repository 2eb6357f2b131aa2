package nl.erkenningsportaal.privacy;

/** How a column is protected at rest. */
public enum Protection {
    /** Stored as it is. */
    PLAIN,
    /** Only {@link FieldCipher} ciphertext (AES-256-GCM, key outside the database, key id stored). */
    ENCRYPTED,
    /** Only a hash: a keyed blind index, or the hash of a random secret. */
    HASHED
}
