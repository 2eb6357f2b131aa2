package nl.erkenningsportaal.platform;

/**
 * The field a refusal concerns, as an argument of its message: the translation key of the field's label. The portal's
 * translations turn it into the label in the reader's language, so "{0}: too long" reads "Work name: too long"; and
 * a page finds the field by that label to show the refusal on it ({@link FieldRefusals}).
 */
public record FieldLabel(String key) {}
