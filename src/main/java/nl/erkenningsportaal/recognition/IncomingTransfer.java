package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A transfer waiting in the new municipality's worklist: where it comes from, when it was reported and until when the
 * recognition runs. The new work address opens with a stated reason; the rest of the file only after acceptance.
 */
public record IncomingTransfer(long id, String fromMunicipality, Instant reportedAt, @Nullable LocalDate validUntil) {}
