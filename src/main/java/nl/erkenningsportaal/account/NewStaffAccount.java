package nl.erkenningsportaal.account;

import org.jspecify.annotations.Nullable;

/** What an administrator enters to create a staff account. Officers need a municipality. */
public record NewStaffAccount(String username, String role, @Nullable String municipalityId) {
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 64;
}
