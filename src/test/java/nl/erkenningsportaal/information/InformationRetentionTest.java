package nl.erkenningsportaal.information;

import static java.time.temporal.ChronoUnit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrator's name on a page version goes after the audit term; the version itself stays. */
@IntegrationTest
class InformationRetentionTest {

    @Autowired
    InformationRegister retention;

    @Autowired
    InformationService information;

    @Autowired
    ProcessingRegister register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    @RetentionRuleTest("information.version.author")
    void the_name_of_whoever_saved_a_version_is_removed_after_the_term_and_the_version_stays() {
        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);
        String slug = "bewaar-" + UUID.randomUUID().toString().substring(0, 8);
        information.createPage(slug, Audience.PUBLIC);
        long page = jdbc.queryForObject("SELECT id FROM information_page WHERE slug = ?", Long.class, slug);
        jdbc.update("INSERT INTO information_page_version (page_id, version_no, status, last_reviewed, saved_by, "
                + "saved_at) VALUES (?, 1, 'DRAFT', ?, ?, ?)", page, LocalDate.now(Clocks.AMSTERDAM),
                admin.username(), LocalDateTime.now(ZoneOffset.UTC));
        int years = register.amount(InformationRegister.AUTHORS.id(), null);

        retention.run(Clocks.justBefore(years, YEARS));
        assertThat(authorsOf(slug)).containsOnly(admin.username());
        retention.run(Clocks.justAfter(years, YEARS));
        assertThat(authorsOf(slug)).containsOnly(InformationRegister.REMOVED);
    }

    private java.util.List<String> authorsOf(String slug) {
        return jdbc.queryForList("SELECT v.saved_by FROM information_page_version v JOIN information_page p "
                + "ON p.id = v.page_id WHERE p.slug = ?", String.class, slug);
    }
}
