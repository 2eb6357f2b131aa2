package nl.erkenningsportaal.consultation;

import java.util.List;

/** A coming session as a worker sees it: its slots with free places. */
public record OpenSession(SessionSummary session, List<SlotView> slots) {}
