package nl.erkenningsportaal.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.Whose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officer's worklist finds a request by its work name (issue 23), through a keyed blind index stored beside the
 * encrypted work name: the whole name, however its capitals, accents and spaces are typed; a part of it finds
 * nothing; an officer of another municipality finds nothing; the column holds no name; requests stored before the
 * index existed get theirs when the application starts.
 */
@IntegrationTest
class WorkNameSearchTest {

    @Autowired
    RecognitionFixtures fixtures;

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    OfficerRecognitionService officers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    WorkNameSearchBackfill backfill;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A request in Assen whose work name is {@code workName}. */
    private long submittedWithWorkName(String workName) {
        fixtures.signedInWorker();
        Identity identity = new Identity("Werknaam Persoon", LocalDate.of(1994, 6, 2), "BR", "Kerkstraat", "12", null,
                "9401 AB", "Assen", null, workName, List.of("pt"), ContactPreference.PORTAL);
        long id = workers.submit(new NewRequest(identity, null));
        TestAccounts.signOut();
        return id;
    }

    private List<Long> found(String typed) {
        WorklistFilter filter = new WorklistFilter(Set.of(), null, Whose.EVERYONE, typed);
        List<Long> ids = officers.worklist(filter, 0, 100).stream().map(RequestSummary::id).toList();
        assertThat(officers.count(filter)).as("the count agrees with the rows").isEqualTo(ids.size());
        return ids;
    }

    @Test
    void an_officer_finds_a_request_by_its_whole_work_name_however_it_is_typed() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long request = submittedWithWorkName("Lúna Belle " + unique);
        long other = submittedWithWorkName("Luna " + unique);

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(found("Lúna Belle " + unique)).containsExactly(request);
        assertThat(found("  LUNA   belle " + unique.toUpperCase() + " ")).as("capitals, accents and spaces aside")
                .containsExactly(request);
        assertThat(found("Luna " + unique)).containsExactly(other);
        assertThat(found("Belle " + unique)).as("a part of the name finds nothing").isEmpty();
        assertThat(found("Lúna Belle")).isEmpty();
        assertThat(officers.count(new WorklistFilter(Set.of(), null, Whose.EVERYONE, "   "))).as("a blank search is no search")
                .isEqualTo(officers.count(WorklistFilter.ALL));
    }

    @Test
    void an_officer_of_another_municipality_finds_nothing_by_the_same_work_name() {
        String name = "Estrela " + UUID.randomUUID().toString().substring(0, 8);
        long request = submittedWithWorkName(name);

        accounts.signInAs(Roles.OFFICER, "GM1690");
        assertThat(found(name)).isEmpty();

        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(found(name)).containsExactly(request);
    }

    @Test
    void the_index_holds_no_name_and_requests_stored_before_it_existed_get_it_when_the_portal_starts() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Rosa Morena " + unique;
        long request = submittedWithWorkName(name);
        String index = jdbc.queryForObject("SELECT work_name_index FROM recognition_request WHERE id = ?",
                String.class, request);
        assertThat(index).matches("[0-9a-f]{64}").doesNotContainIgnoringCase(unique);

        // a request as stored before V0420: an encrypted work name, no index; the search cannot find it
        jdbc.update("UPDATE recognition_request SET work_name_index = NULL WHERE id = ?", request);
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThat(found(name)).isEmpty();

        // the Java migration that Flyway runs as the portal starts fills it in, with the same key
        backfill.migrate(jdbcClient);
        assertThat(jdbc.queryForObject("SELECT work_name_index FROM recognition_request WHERE id = ?", String.class,
                request)).isEqualTo(index);
        assertThat(found("rosa  MORENA " + unique)).containsExactly(request);
    }
}
