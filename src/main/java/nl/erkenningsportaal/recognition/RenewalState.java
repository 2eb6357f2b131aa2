package nl.erkenningsportaal.recognition;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the worker sees about renewing her recognition: its end date, the window in which she can ask (from
 * {@code opensOn} until {@code closesOn}, the end of the grace period), where she stands, and her pending renewal.
 */
public record RenewalState(LocalDate validUntil, LocalDate opensOn, LocalDate closesOn, boolean expired,
        RenewalPhase phase, @Nullable Renewal pending) {}
