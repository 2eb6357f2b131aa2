package nl.erkenningsportaal.account;

import org.jspecify.annotations.Nullable;

/** The signed-in worker's own e-mail address, if any, and whether they confirmed it. */
public record OwnEmail(@Nullable String email, boolean confirmed) {
    public static final int MAX_LENGTH = 254;
}
