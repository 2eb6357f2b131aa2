package nl.erkenningsportaal.recognition;

/**
 * A worker asks an officer (at the counter or at a visit) to export or erase her data: how she asked, in a few
 * words without names, and whether the officer checked her identity document.
 */
public record WorkersRightsRequest(String reason, boolean identityChecked) {

    public static final int REASON_MAX = 200;
}
