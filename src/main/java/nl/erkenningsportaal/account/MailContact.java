package nl.erkenningsportaal.account;

import java.util.Locale;

/** Where and in which language to mail an account holder. For internal use by the notification module only. */
public record MailContact(String email, Locale locale) {}
