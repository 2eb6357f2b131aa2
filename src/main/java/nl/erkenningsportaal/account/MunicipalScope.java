package nl.erkenningsportaal.account;

import org.springframework.stereotype.Component;

/**
 * For method security in modules that cannot know the signed-in user (the municipality module sits below this one):
 * {@code @PreAuthorize("... and @municipalScope.isOwn(#id)")} lets a municipal administrator act on her own
 * municipality only.
 */
@Component("municipalScope")
public class MunicipalScope {

    private final CurrentUser currentUser;

    MunicipalScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether {@code municipalityId} is the signed-in user's own municipality. */
    public boolean isOwn(String municipalityId) {
        return currentUser.get().map(u -> municipalityId.equals(u.municipalityId())).orElse(false);
    }
}
