package nl.erkenningsportaal.recognition;

import java.time.LocalDate;
import java.util.List;
import nl.erkenningsportaal.municipality.Municipality;
import org.jspecify.annotations.Nullable;

/**
 * What a move to a postcode means, told to the worker before she confirms it.
 *
 * @param target         the new municipality (none outside the region or while she still has to choose)
 * @param candidates     the municipalities a shared postcode area belongs to, to choose from
 * @param current        the municipality that holds her recognition now
 * @param dataKeptUntil  when her recognition ends because she moves away: until when her municipality keeps her data
 *                       (then it is erased), unless she erases it sooner herself
 */
public record MoveOption(MoveKind kind, @Nullable Municipality target, List<Municipality> candidates,
        Municipality current, @Nullable LocalDate dataKeptUntil) {}
