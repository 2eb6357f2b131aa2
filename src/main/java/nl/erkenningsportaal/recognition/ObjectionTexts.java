package nl.erkenningsportaal.recognition;

import org.jspecify.annotations.Nullable;

/** What an officer opens with a stated reason (audited): the worker's grounds and the report of her hearing. */
public record ObjectionTexts(String grounds, @Nullable String hearingReport) {}
