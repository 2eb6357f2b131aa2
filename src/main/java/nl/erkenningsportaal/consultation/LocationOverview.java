package nl.erkenningsportaal.consultation;

import org.jspecify.annotations.Nullable;

/** A location on the GGD's list: archived or not, and how many coming sessions (not cancelled) it still has. */
public record LocationOverview(long id, String name, String address, @Nullable String accessibilityNotes,
        boolean archived, int comingSessions) {

    public Location location() {
        return new Location(id, name, address, accessibilityNotes);
    }
}
