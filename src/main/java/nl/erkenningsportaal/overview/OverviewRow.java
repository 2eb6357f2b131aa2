package nl.erkenningsportaal.overview;

import java.util.Map;

/** One municipality's figures in a quarter, already suppressed: "<5" for counts under five. */
public record OverviewRow(String municipality, Map<Metric, String> figures) {}
