package nl.erkenningsportaal.signal;

/** To whom the coordinator handed a case over. */
public enum Handover {
    POLICE,
    CARE_COORDINATOR,
    NATIONAL_EXPERTISE_CENTRE,
    OTHER
}
