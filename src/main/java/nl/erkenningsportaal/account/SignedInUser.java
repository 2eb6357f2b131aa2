package nl.erkenningsportaal.account;

import org.jspecify.annotations.Nullable;

/** The account behind the current session. Officers carry their municipality, coordinators their region. */
public record SignedInUser(long id, String username, String role, @Nullable String municipalityId,
        @Nullable String region) {

    public boolean hasRole(String r) {
        return role.equals(r);
    }
}
