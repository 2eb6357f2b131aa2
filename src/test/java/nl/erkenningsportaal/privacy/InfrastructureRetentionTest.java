package nl.erkenningsportaal.privacy;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An event publication whose listener never succeeded goes after 30 days; its serialized event names a person. */
@IntegrationTest
class InfrastructureRetentionTest {

    @Autowired
    InfrastructureRegister retention;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @RetentionRuleTest("infrastructure.event-publication")
    void a_publication_that_never_completed_is_deleted_after_30_days() {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO EVENT_PUBLICATION (id, listener_id, event_type, serialized_event, publication_date, "
                + "status, completion_attempts) VALUES (?, 'test.listener', 'test.Event', '{\"workerAccountId\":1}', ?, "
                + "'FAILED', 3)", id, LocalDateTime.now(ZoneOffset.UTC));

        retention.run(Clocks.after(29, DAYS, 0));
        assertThat(count(id)).isOne();
        retention.run(Clocks.after(31, DAYS, 0));
        assertThat(count(id)).isZero();
    }

    private int count(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE id = ?", Integer.class, id);
    }
}
