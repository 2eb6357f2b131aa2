package nl.erkenningsportaal.contact;

import org.jspecify.annotations.Nullable;

/**
 * What a worker fills in to ask for contact. Any part may still be missing when the form hands it over; the service
 * checks it all and refuses with the field's own message.
 *
 * @param municipalityId whose officers contact her; ignored for {@link CareTopic#HEALTH} (the GGD)
 * @param language       the language she wants to be contacted in (ISO 639-1)
 * @param contactDetail  the phone number or e-mail address for {@link ContactMethod#PHONE} and
 *                       {@link ContactMethod#EMAIL}; ignored for {@link ContactMethod#PORTAL}
 * @param note           what she wants to say already, optional
 */
public record NewCareRequest(@Nullable CareTopic topic, @Nullable String municipalityId, @Nullable String language,
        @Nullable ContactMethod method, @Nullable String contactDetail, @Nullable String note) {}
