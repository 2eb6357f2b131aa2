package nl.erkenningsportaal.notification;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no {@code spring.mail.host} (nor {@code SPRING_MAIL_HOST}) the portal starts its own SMTP server and sends
 * there; given one, Spring Boot's mail configuration takes over and nothing embedded starts. The {@code prod}
 * profile refuses to start without a real server (see {@link MailProductionGuard}). GreenMail is an optional
 * dependency, not in the packaged jar; there {@link NoMailServerConfigured} names what is missing instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedSmtpConfiguration.GREENMAIL)
@Conditional(EmbeddedSmtpConfiguration.NoMailHost.class)
class EmbeddedSmtpConfiguration {

    static final String GREENMAIL = "com.icegreen.greenmail.util.GreenMail";

    @Bean
    EmbeddedSmtp embeddedSmtp() {
        return EmbeddedSmtp.startOnce();
    }

    @Bean
    JavaMailSenderImpl mailSender(EmbeddedSmtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.port());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        props.put("mail.smtp.writetimeout", "5000");
        return sender;
    }

    static final class NoMailHost implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String host = context.getEnvironment().getProperty("spring.mail.host");
            return host == null || host.isBlank();
        }
    }
}
