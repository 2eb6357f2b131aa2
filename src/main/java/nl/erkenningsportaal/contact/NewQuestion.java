package nl.erkenningsportaal.contact;

import org.jspecify.annotations.Nullable;

/**
 * A question to a municipality's outreach team without an account, as the form hands it over: no name is asked.
 *
 * @param municipalityId whose outreach team reads it
 * @param message        the question
 * @param language       the language of the answer (ISO 639-1)
 * @param replyMethod    whether and how she wants an answer
 * @param replyTo        the e-mail address or phone number for the answer; ignored when no answer is wanted
 */
public record NewQuestion(@Nullable String municipalityId, @Nullable String message, @Nullable String language,
        @Nullable ReplyMethod replyMethod, @Nullable String replyTo) {}
