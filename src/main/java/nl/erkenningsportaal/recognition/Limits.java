package nl.erkenningsportaal.recognition;

/** Field limits, shared by the database columns (see V0010), the service checks and the forms. */
public final class Limits {
    public static final int NAME_MAX = 200;
    public static final int NATIONALITY_MAX = 100;
    public static final int STREET_MAX = 200;
    public static final int HOUSE_NUMBER_MAX = 5;
    public static final int ADDITION_MAX = 10;
    public static final int TOWN_MAX = 100;
    public static final int PHONE_MAX = 20;
    public static final int WORK_NAME_MAX = 100;
    public static final int MESSAGE_MAX = 2000;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;
    public static final int MINIMUM_AGE = 18;

    private Limits() {}
}
