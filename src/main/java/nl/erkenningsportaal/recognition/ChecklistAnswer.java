package nl.erkenningsportaal.recognition;

/** An extra checklist item as it read when it was answered, and whether it was ticked. */
public record ChecklistAnswer(ReasonEntry item, boolean ticked) {}
