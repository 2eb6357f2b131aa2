package nl.erkenningsportaal.municipality;

/**
 * What each municipality decides for itself. The limits are shared by the database checks, the service and the
 * form.
 */
public record MunicipalitySettings(
        boolean participating,
        int recognitionValidityMonths,
        int retentionDeclinedMonths,
        int retentionEndedYears,
        int retentionBookingsMonths,
        String mailSenderName) {

    public static final int MAX_MONTHS = 120;
    public static final int MAX_YEARS = 20;
    public static final int SENDER_NAME_MAX = 100;
}
