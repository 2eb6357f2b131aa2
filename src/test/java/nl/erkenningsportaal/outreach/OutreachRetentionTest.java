package nl.erkenningsportaal.outreach;

import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Outreach data goes after the municipality's terms; a visit without contact loses its address within weeks. */
@IntegrationTest
class OutreachRetentionTest {

    @Autowired
    OutreachRetention retention;

    @Autowired
    OutreachService outreach;

    @Autowired
    ProcessingRegister register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void officerOfDeWolden() {
        accounts.signInAs(Roles.OFFICER, "GM1690");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long visit(Outcome outcome, String address) {
        return outreach.recordVisit(new NewVisit(address, LocalDateTime.now().minusHours(1), null, "es", outcome,
                null, "Vrouw met rode jas, sprak Spaans"));
    }

    @Test
    @RetentionRuleTest("outreach.visit.no-contact")
    void a_visit_where_nobody_opened_or_the_person_refused_loses_its_address_within_weeks() {
        long notHome = visit(Outcome.NOT_AT_HOME, "Brink 1, Ruinen");
        long refused = visit(Outcome.DECLINED_CONVERSATION, "Brink 2, Ruinen");
        long informed = visit(Outcome.INFORMED, "Brink 3, Ruinen");
        int weeks = register.amount(OutreachRetention.NO_CONTACT.id(), "GM1690");

        retention.run(Clocks.justBefore(weeks, WEEKS));
        assertThat(row(notHome).get("address_enc")).isNotNull();

        retention.run(Clocks.justAfter(weeks, WEEKS));
        for (long id : new long[] {notHome, refused}) {
            Map<String, Object> row = row(id);
            assertThat(row).containsEntry("address_enc", null).containsEntry("notes_enc", null)
                    .containsEntry("follow_up", null);
            assertThat(row.get("outcome")).isNotNull(); // the visit still counts
        }
        assertThat(row(informed).get("address_enc")).isNotNull();
        assertThat(outreach.visit(notHome).address()).isNull();
        assertThat(outreach.visit(informed).address()).isEqualTo("Brink 3, Ruinen");
    }

    @Test
    void a_follow_up_after_a_visit_without_contact_must_fall_before_its_address_is_erased() {
        int weeks = register.amount(OutreachRetention.NO_CONTACT.id(), "GM1690");
        LocalDateTime visited = LocalDateTime.now().minusHours(1);
        assertThatThrownBy(() -> outreach.recordVisit(new NewVisit("Brink 4, Ruinen", visited, null, null,
                Outcome.NOT_AT_HOME, visited.toLocalDate().plusWeeks(weeks).plusDays(1), null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("outreach.error.follow-up-after-erasure"));
        long ok = outreach.recordVisit(new NewVisit("Brink 4, Ruinen", visited, null, null, Outcome.NOT_AT_HOME,
                visited.toLocalDate().plusWeeks(weeks), null));
        assertThat(outreach.visit(ok).followUp()).isEqualTo(visited.toLocalDate().plusWeeks(weeks));
    }

    @Test
    @RetentionRuleTest("outreach.visit")
    void every_visit_is_erased_after_the_municipalitys_term_for_visits() {
        long informed = visit(Outcome.INFORMED, "Brink 5, Ruinen");
        int months = register.amount(OutreachRetention.VISITS.id(), "GM1690");

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(count("outreach_visit", informed)).isOne();
        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("outreach_visit", informed)).isZero();
    }

    @Test
    @RetentionRuleTest("outreach.advertisement")
    void an_advertisement_is_erased_after_the_term_since_it_was_last_seen_and_its_visits_lose_the_link() {
        long ad = outreach.recordAdvertisement(Platform.values()[0], "https://example.org/advertentie/123",
                LocalDate.now().minusDays(3), LocalDate.now());
        long visit = outreach.recordVisit(new NewVisit("Brink 6, Ruinen", LocalDateTime.now().minusHours(1), ad,
                null, Outcome.INFORMED, null, null));
        int months = register.amount(OutreachRetention.ADVERTISEMENTS.id(), "GM1690");
        // with the default terms a visit outlives the advertisement that led to it
        assertThat(register.amount(OutreachRetention.VISITS.id(), "GM1690")).isGreaterThan(months);

        retention.run(Clocks.justBefore(months, MONTHS));
        assertThat(count("outreach_advertisement", ad)).isOne();
        retention.run(Clocks.justAfter(months, MONTHS));
        assertThat(count("outreach_advertisement", ad)).isZero();
        assertThat(row(visit)).containsEntry("advertisement_id", null);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM outreach_visit WHERE id = ?", id);
    }

    private int count(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Integer.class, id);
    }
}
