package nl.erkenningsportaal.privacy;

/** Translated texts in the reader's language (a view passes its {@code getTranslation}). */
@FunctionalInterface
public interface Texts {
    String text(String key, Object... arguments);
}
