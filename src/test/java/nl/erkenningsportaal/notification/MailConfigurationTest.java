package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MailConfigurationTest {

    @Test
    void the_prod_profile_refuses_the_embedded_mail_server_and_accepts_a_real_one() {
        assertThat(MailProductionGuard.problem(new MockEnvironment())).contains("SPRING_MAIL_HOST");
        assertThat(MailProductionGuard.problem(new MockEnvironment().withProperty("spring.mail.host",
                "smtp.gemeente.example"))).isNull();
    }

    @Test
    void retries_back_off_exponentially_up_to_a_ceiling() {
        MailSettings s = new MailSettings("a@b.example", "x", true, Duration.ofSeconds(2), 20, Duration.ofMinutes(2),
                8, Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofHours(24));
        assertThat(s.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.retryDelay(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(s.retryDelay(20)).isEqualTo(Duration.ofHours(6));
    }
}
