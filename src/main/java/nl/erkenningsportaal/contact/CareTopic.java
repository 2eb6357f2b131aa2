package nl.erkenningsportaal.contact;

/** What a worker asks contact about. Names are stored. */
public enum CareTopic {
    /** Her health: goes to the GGD, never to enforcement. */
    HEALTH,
    /** Psychosocial help. */
    PSYCHOSOCIAL,
    /** Debts. */
    DEBTS,
    /** Leaving sex work: the exit programme. */
    EXIT;

    /** Health goes to the GGD; everything else to the officers of a municipality. */
    public boolean forGgd() {
        return this == HEALTH;
    }
}
