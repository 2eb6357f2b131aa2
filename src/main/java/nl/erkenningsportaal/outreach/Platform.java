package nl.erkenningsportaal.outreach;

/** Where an advertisement was found; names of specific sites stay out of the code. */
public enum Platform {
    ESCORT_SITE,
    CLASSIFIEDS,
    SOCIAL_MEDIA,
    MESSAGING,
    TIP,
    OTHER
}
