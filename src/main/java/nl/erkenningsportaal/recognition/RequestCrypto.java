package nl.erkenningsportaal.recognition;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Moves an {@link Identity} in and out of a request's encrypted columns; computes the duplicate blind index. */
@Component
class RequestCrypto {

    /** The context the work name is encrypted under (its column). */
    static final String WORK_NAME_CONTEXT = "recognition_request.work_name";

    private final FieldCipher cipher;

    RequestCrypto(FieldCipher cipher) {
        this.cipher = cipher;
    }

    void store(RecognitionRequest r, Identity id) {
        r.legalNameEnc = enc(id.legalName(), "legal_name");
        r.dateOfBirthEnc = enc(id.dateOfBirth().toString(), "date_of_birth");
        r.nationalityEnc = enc(id.nationality(), "nationality");
        r.streetEnc = enc(id.street(), "street");
        r.houseNumberEnc = enc(id.houseNumber(), "house_number");
        r.houseNumberAdditionEnc = encNullable(id.houseNumberAddition(), "house_number_addition");
        r.postcodeEnc = enc(id.postcode(), "postcode");
        r.townEnc = enc(id.town(), "town");
        r.phoneEnc = encNullable(id.phone(), "phone");
        r.workNameEnc = encNullable(id.workName(), "work_name");
        r.workNameIndex = id.workName() == null ? null : WorkNameIndex.of(cipher, id.workName()).orElse(null);
        r.languages = String.join(",", id.languages());
        r.preferredContact = id.preferredContact();
        r.duplicateIndex = duplicateIndex(id.legalName(), id.dateOfBirth());
    }

    Identity identity(RecognitionRequest r) {
        if (RequestRetention.ANONYMISED.equals(r.legalNameEnc)) {
            throw new nl.erkenningsportaal.platform.Refusal("recognition.error.anonymised");
        }
        return new Identity(dec(r.legalNameEnc, "legal_name"), LocalDate.parse(dec(r.dateOfBirthEnc, "date_of_birth")),
                dec(r.nationalityEnc, "nationality"), dec(r.streetEnc, "street"), dec(r.houseNumberEnc, "house_number"),
                decNullable(r.houseNumberAdditionEnc, "house_number_addition"), dec(r.postcodeEnc, "postcode"),
                dec(r.townEnc, "town"), decNullable(r.phoneEnc, "phone"), decNullable(r.workNameEnc, "work_name"),
                r.languages.isEmpty() ? List.of() : Arrays.asList(r.languages.split(",")), r.preferredContact);
    }

    @Nullable String workName(RecognitionRequest r) {
        return decNullable(r.workNameEnc, "work_name");
    }

    /** The blind index a typed work name is searched by; empty when nothing is left of it once folded. */
    java.util.Optional<String> workNameIndex(String typed) {
        return WorkNameIndex.of(cipher, typed);
    }

    String encryptText(String text, String purpose) {
        return enc(text, purpose);
    }

    String decryptText(String stored, String purpose) {
        return dec(stored, purpose);
    }

    /** Name folded to lower case without accents or punctuation, plus the date of birth. */
    String duplicateIndex(String legalName, LocalDate dateOfBirth) {
        String folded = Normalizer.normalize(legalName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return cipher.blindIndex("name-dob", folded + "|" + dateOfBirth);
    }

    private String enc(String value, String column) {
        return cipher.encrypt(value, "recognition_request." + column);
    }

    private @Nullable String encNullable(@Nullable String value, String column) {
        return value == null || value.isBlank() ? null : enc(value, column);
    }

    private String dec(String value, String column) {
        return cipher.decrypt(value, "recognition_request." + column);
    }

    private @Nullable String decNullable(@Nullable String value, String column) {
        return value == null ? null : dec(value, column);
    }
}
