package nl.erkenningsportaal.recognition;

import org.jspecify.annotations.Nullable;

/** The address where the worker will work after a move. */
public record NewWorkAddress(String street, String houseNumber, @Nullable String addition, String postcode,
        String town) {

    /** On one line, e.g. {@code Kerkstraat 12a, 9401 AB Assen}. */
    public String oneLine() {
        return street + " " + houseNumber + (addition == null ? "" : addition) + ", " + postcode + " " + town;
    }
}
