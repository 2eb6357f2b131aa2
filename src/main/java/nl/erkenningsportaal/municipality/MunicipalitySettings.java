package nl.erkenningsportaal.municipality;

/**
 * What each municipality decides for itself, apart from its retention terms ({@link RetentionSettings}). The limits
 * are shared by the database checks, the service and the form.
 */
public record MunicipalitySettings(
        boolean participating,
        int recognitionValidityMonths,
        String mailSenderName) {

    public static final int MAX_MONTHS = 120;
    public static final int SENDER_NAME_MAX = 100;
}
