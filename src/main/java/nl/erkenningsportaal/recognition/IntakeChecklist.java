package nl.erkenningsportaal.recognition;

/**
 * What the officer confirms after the intake conversation. The identity document is checked, never copied: only
 * yes or no is stored.
 */
public record IntakeChecklist(boolean informedAboutRules, boolean informedAboutGgd, boolean identityDocumentChecked,
        boolean worksVoluntarily, boolean careOrExitProgrammeOffered) {

    /** Recognition needs the identity checked and voluntary work confirmed. */
    public boolean allowsRecognition() {
        return identityDocumentChecked && worksVoluntarily && informedAboutRules;
    }
}
