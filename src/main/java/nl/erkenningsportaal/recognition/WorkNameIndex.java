package nl.erkenningsportaal.recognition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import nl.erkenningsportaal.privacy.FieldCipher;

/**
 * The blind index of a request's work name, by which the officer's worklist finds it (issue 23): a keyed hash of the
 * name folded so that "LUNA  Belle", "luna belle" and "Lúna Belle" are one name. Only an exact (folded) name finds a
 * request; the hash tells nothing without the key, and the search never decrypts a work name.
 */
final class WorkNameIndex {

    static final String PURPOSE = "work-name";

    private WorkNameIndex() {}

    /** Lower case, without accents, every run of white space one space, trimmed. */
    static String folded(String workName) {
        return Normalizer.normalize(workName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The index of a work name; empty for a name that is blank once folded. */
    static Optional<String> of(FieldCipher cipher, String workName) {
        String folded = folded(workName);
        return folded.isEmpty() ? Optional.empty() : Optional.of(cipher.blindIndex(PURPOSE, folded));
    }
}
