package nl.erkenningsportaal.notification;

import java.util.List;

/**
 * The mails the portal sends. Each has a subject and a text in every language (bundle {@code i18n/notification},
 * keys {@code notification.mail.<name>.subject} and {@code .text}); the HTML alternative is made from the same
 * text. Subjects are neutral and no mail says what the portal is about: {@code MailTemplatesTest} renders every
 * template in every language and fails on a word or number that would give it away.
 *
 * <p>{@code arguments} name what the text's {0}, {1}, ... stand for.
 */
public enum MailTemplate {
    /** Something new in the portal inbox; the mail only says so and links to the portal. */
    PORTAL_MESSAGE("portal-message", List.of("link")),
    APPOINTMENT_CONFIRMED("appointment-confirmed", List.of("link", "start", "location")),
    APPOINTMENT_CHANGED("appointment-changed", List.of("link", "start", "location")),
    APPOINTMENT_CANCELLED("appointment-cancelled", List.of("link", "start", "location")),
    SESSION_CANCELLED("session-cancelled", List.of("link", "start", "location")),
    PLACE_AVAILABLE("place-available", List.of("link", "start", "location")),
    APPOINTMENT_REMINDER("appointment-reminder", List.of("link", "start", "location")),
    /** A time the worker waits for moved: she keeps her place in line (no calendar: nothing is booked yet). */
    WAITING_MOVED("waiting-moved", List.of("link", "start", "location")),
    /** A time the worker waited for is gone (session cancelled or dropped from its series): her place ended. */
    WAITING_ENDED("waiting-ended", List.of("link", "start", "location")),
    CONFIRM_EMAIL("confirm-email", List.of("link", "hours")),
    RESET_PASSWORD("reset-password", List.of("link", "hours")),
    /** The answer to a question asked without an account: only a link to it, and until when the link works. */
    QUESTION_ANSWERED("question-answered", List.of("link", "until")),
    /** To a staff member: something is theirs to act on; the mail only says so and links to their notices. */
    STAFF_ALERT("staff-alert", List.of("link")),
    /** To a staff member, once a day: how many notices came in since the last digest. */
    STAFF_DIGEST("staff-digest", List.of("link", "count"));

    private final String name;
    private final List<String> arguments;

    MailTemplate(String name, List<String> arguments) {
        this.name = name;
        this.arguments = arguments;
    }

    public String subjectKey() {
        return "notification.mail." + name + ".subject";
    }

    public String textKey() {
        return "notification.mail." + name + ".text";
    }

    public List<String> arguments() {
        return arguments;
    }
}
