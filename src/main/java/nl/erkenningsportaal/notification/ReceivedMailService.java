package nl.erkenningsportaal.notification;

import java.util.List;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What the embedded SMTP server received, for administrators in the {@code demo} profile only: subject, recipient
 * and time, so a demonstration can show that mail went out.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ReceivedMailService {

    private final ObjectProvider<MailCatcher> smtp;
    private final Environment environment;

    ReceivedMailService(ObjectProvider<MailCatcher> smtp, Environment environment) {
        this.smtp = smtp;
        this.environment = environment;
    }

    /** True in the demo profile with the embedded server running. */
    @PreAuthorize("permitAll()")
    public boolean available() {
        return environment.acceptsProfiles(Profiles.of("demo")) && smtp.getIfAvailable() != null;
    }

    public List<ReceivedMail> received() {
        MailCatcher server = smtp.getIfAvailable();
        return available() && server != null ? server.received() : List.of();
    }
}
