package nl.erkenningsportaal.signal;

/** Indicators drawn from the public Dutch signal lists, grouped. */
public enum Indicator {
    SOMEONE_ELSE_SPEAKS_OR_ARRANGES(Group.CONTROL_BY_OTHERS),
    NO_OWN_IDENTITY_PAPERS(Group.CONTROL_BY_OTHERS),
    DOES_NOT_KNOW_ADDRESS(Group.CONTROL_BY_OTHERS),
    INJURIES(Group.COERCION_AND_VIOLENCE),
    FEAR(Group.COERCION_AND_VIOLENCE),
    THREATS_TO_FAMILY(Group.COERCION_AND_VIOLENCE),
    HANDS_OVER_EARNINGS(Group.MONEY_AND_DEBT),
    DEBT_TO_ARRANGER(Group.MONEY_AND_DEBT),
    DAILY_QUOTA(Group.MONEY_AND_DEBT),
    ALWAYS_AVAILABLE(Group.WORKING_CONDITIONS),
    NO_SAY_OVER_SERVICES_OR_CONDOMS(Group.WORKING_CONDITIONS),
    LOOKS_VERY_YOUNG(Group.WORKING_CONDITIONS),
    LIVES_WHERE_WORKS(Group.LIVING_CONDITIONS),
    MOVED_AROUND_BY_OTHERS(Group.LIVING_CONDITIONS);

    public enum Group {
        CONTROL_BY_OTHERS,
        COERCION_AND_VIOLENCE,
        MONEY_AND_DEBT,
        WORKING_CONDITIONS,
        LIVING_CONDITIONS
    }

    private final Group group;

    Indicator(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
