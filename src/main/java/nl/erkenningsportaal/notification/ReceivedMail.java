package nl.erkenningsportaal.notification;

import java.time.Instant;

/** What the embedded SMTP server received; for the demo page only (no body is kept beyond the server's memory). */
public record ReceivedMail(String subject, String to, Instant receivedAt) {}
