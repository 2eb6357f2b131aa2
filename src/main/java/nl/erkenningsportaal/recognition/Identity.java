package nl.erkenningsportaal.recognition;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The identity behind a number. Only the owning worker and officers of the request's municipality see it. */
public record Identity(
        String legalName,
        LocalDate dateOfBirth,
        String nationality,
        String street,
        String houseNumber,
        @Nullable String houseNumberAddition,
        String postcode,
        String town,
        @Nullable String phone,
        @Nullable String workName,
        List<String> languages,
        ContactPreference preferredContact) {

    /** The address on one line, e.g. {@code Kerkstraat 12a, 9401 AB Assen}. */
    public String workAddress() {
        return street + " " + houseNumber + (houseNumberAddition == null ? "" : houseNumberAddition) + ", "
                + postcode + " " + town;
    }
}
