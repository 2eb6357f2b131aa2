package nl.erkenningsportaal.municipality;

/**
 * What each municipality decides for itself, apart from its retention terms ({@link RetentionSettings}) and whether
 * it takes part in the regional policy (joined and left with its own action, {@link MunicipalityService#join}). The
 * limits are shared by the database checks, the service and the form.
 *
 * @param recognitionValidityMonths how long a recognition granted from now on is valid
 * @param reminderDaysBefore        how many days before a recognition ends its worker is reminded: at least a day,
 *                                  and shorter than the validity (a month counted as {@link #DAYS_PER_MONTH} days)
 * @param mailSenderName            the name the municipality's mail is sent under
 */
public record MunicipalitySettings(
        int recognitionValidityMonths,
        int reminderDaysBefore,
        String mailSenderName) {

    public static final int MAX_MONTHS = 120;
    public static final int SENDER_NAME_MAX = 100;
    /** The shortest month, so a lead time shorter than validity × this is shorter than every validity period. */
    public static final int DAYS_PER_MONTH = 28;

    /** The longest lead time a validity of {@code months} allows. */
    public static int maxReminderDays(int months) {
        return months * DAYS_PER_MONTH - 1;
    }
}
