package nl.erkenningsportaal.recognition;

import java.util.Map;
import java.util.Set;

/**
 * The values of a correction, per field on one line (a work address as {@link Identity#workAddress()}, languages as
 * ISO codes separated by commas, a missing phone number as an empty string): before (the request's value when it was
 * proposed, or what a confirmed correction replaced) and after (what she proposed).
 */
public record CorrectionValues(Set<CorrectionField> fields, Map<CorrectionField, String> before,
        Map<CorrectionField, String> after) {}
