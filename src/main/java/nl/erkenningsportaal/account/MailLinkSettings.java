package nl.erkenningsportaal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The single-use links that the account module mails.
 *
 * @param tokenValidity how long a link to confirm an address or reset a password works
 *                      ({@code portal.mail.token-validity}, beside the other mail settings)
 */
@ConfigurationProperties("portal.mail")
public record MailLinkSettings(@DefaultValue("2h") Duration tokenValidity) {}
