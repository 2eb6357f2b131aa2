package nl.erkenningsportaal.notification;

/**
 * What an alert is about, and where in the portal it is worked on. The paths are the routes of the owning modules'
 * pages (this module does not depend on their views); a notice links there and the page checks access again.
 */
public enum AlertSubject {
    REQUEST("handhaving/aanvraag/"),
    SIGNAL("signalen/signaal/"),
    SESSION("ggd/sessie/"),
    VISIT("handhaving/outreach"),
    /** A care or exit-support request (issue 19). */
    CARE("hulpvragen/hulpvraag/");

    private final String path;

    AlertSubject(String path) {
        this.path = path;
    }

    /** The portal path of the subject's page, relative to the portal's root. */
    public String path(long id) {
        return path.endsWith("/") ? path + id : path;
    }
}
