package nl.erkenningsportaal.recognition;

import java.util.Locale;

/**
 * What the officer records at the door about the privacy statement: the worker was told about it in
 * {@code language} (one of the portal's languages), from version {@code statementVersion}, and agreed.
 */
public record ConsentAtDoor(Locale language, int statementVersion, boolean informed, boolean agreed) {}
