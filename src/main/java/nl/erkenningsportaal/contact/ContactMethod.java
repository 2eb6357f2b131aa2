package nl.erkenningsportaal.contact;

/** How a worker wants to be contacted about a care request. Names are stored. */
public enum ContactMethod {
    /** A message in the portal (with the usual discreet "new message" mail if her account has a confirmed address). */
    PORTAL,
    /** A phone call to the number she gave. */
    PHONE,
    /** A message in the portal, and a discreet mail that says so to the address she gave. */
    EMAIL;

    /** Whether this way of contact needs a phone number or an address. */
    public boolean needsDetail() {
        return this != PORTAL;
    }
}
