package nl.erkenningsportaal.privacy;

/**
 * One column of a declared table.
 *
 * @param name       the column's name in the database
 * @param category   what it holds ({@link DataCategory#NOT_PERSONAL} when nothing personal)
 * @param protection whether it holds plaintext, only ciphertext or only a hash
 */
public record DeclaredColumn(String name, DataCategory category, Protection protection) {

    public boolean encrypted() {
        return protection == Protection.ENCRYPTED;
    }
}
