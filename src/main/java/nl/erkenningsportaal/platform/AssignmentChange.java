package nl.erkenningsportaal.platform;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an item's assignment history: when, to whom ({@code null}: released) and by whom. Staff ids only; the
 * screen shows the login names of colleagues.
 */
public record AssignmentChange(Instant changedAt, @Nullable Long assigneeId, long changedBy) {}
