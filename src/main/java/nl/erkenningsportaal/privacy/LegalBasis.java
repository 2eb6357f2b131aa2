package nl.erkenningsportaal.privacy;

/**
 * The legal basis of a processing (GDPR art. 6, and art. 9 for special categories); each has a translated text
 * {@code privacy.basis.<NAME>} that names the articles.
 */
public enum LegalBasis {
    /** Art. 6(1)(a) with 9(2)(a): the worker's explicit consent (data about her sex life). */
    CONSENT,
    /** Art. 6(1)(e): the municipality's public task (supervision under its by-law). */
    PUBLIC_TASK,
    /** Art. 6(1)(e) with 9(2)(h): public health care by the GGD. */
    PUBLIC_HEALTH,
    /** Art. 6(1)(e) with 9(2)(g): substantial public interest, combating trafficking and exploitation. */
    SUBSTANTIAL_PUBLIC_INTEREST,
    /** Art. 6(1)(c) with art. 5(2), 24 and 32: accountability and security of the processing. */
    LEGAL_OBLIGATION,
    /** No personal data, so no basis is needed. */
    NONE
}
