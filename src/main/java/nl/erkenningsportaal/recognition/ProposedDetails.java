package nl.erkenningsportaal.recognition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The details a worker can correct, as her correction form holds them: all of them, the changed ones and the rest as
 * they are now; the service works out what changed.
 */
public record ProposedDetails(String legalName, String street, String houseNumber, @Nullable String addition,
        String postcode, String town, @Nullable String phone, List<String> languages) {

    public static ProposedDetails of(Identity i) {
        return new ProposedDetails(i.legalName(), i.street(), i.houseNumber(), i.houseNumberAddition(), i.postcode(),
                i.town(), i.phone(), i.languages());
    }
}
