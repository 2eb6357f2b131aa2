package nl.erkenningsportaal.contact;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the question form knows about how it was filled, kept on the server (a script cannot set it): when the form
 * was shown, and what is in the field no person sees (a honeypot, which only a script fills in).
 */
public record FormGuard(Instant shownAt, @Nullable String hiddenField) {}
