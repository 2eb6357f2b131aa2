package nl.erkenningsportaal.notification;

/** A mail ready to send: subject, plain text and its HTML alternative. */
public record RenderedMail(String subject, String text, String html) {}
