package nl.erkenningsportaal.account;

/**
 * A second factor being set up: the key as text (in groups of four) and the {@code otpauth://} address the QR code
 * carries. Shown once, on the enrolment page only.
 */
public record SecondFactorEnrolment(String key, String groupedKey, String otpauthUri) {}
