package nl.erkenningsportaal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditViewerTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void an_admin_filters_the_trail_by_actor_action_subject_and_period() {
        String request = "r-" + UUID.randomUUID();
        SignedInUser officer = accounts.signInAs(Roles.OFFICER, "GM0106");
        tx.executeWithoutResult(s -> {
            audit.record(AuditAction.IDENTITY_VIEWED, "REQUEST", request, "intake");
            audit.record(AuditAction.DECISION_TAKEN, "REQUEST", request, null);
        });
        accounts.signInAs(Roles.OFFICER, "GM0106");
        tx.executeWithoutResult(s -> audit.record(AuditAction.IDENTITY_VIEWED, "REQUEST", request, "second look"));

        accounts.signInAs(Roles.ADMIN, null);
        LocalDate today = LocalDate.now(clock);
        AuditFilter bySubject = new AuditFilter(null, null, "REQUEST", request, null, null);
        assertThat(audit.count(bySubject)).isEqualTo(3);
        assertThat(audit.search(bySubject, 0, 50)).extracting(AuditEntry::reason)
                .containsExactly("second look", null, "intake");

        AuditFilter byActorAndAction = new AuditFilter(officer.username(), AuditAction.IDENTITY_VIEWED, null,
                request, today, today);
        assertThat(audit.search(byActorAndAction, 0, 50)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("intake"));

        AuditFilter yesterday = new AuditFilter(null, null, "REQUEST", request, today.minusDays(1),
                today.minusDays(1));
        assertThat(audit.count(yesterday)).isZero();

        // paging: newest first, one at a time
        assertThat(audit.search(bySubject, 1, 1)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DECISION_TAKEN);
    }

    @Test
    void a_wildcard_in_the_actor_filter_is_taken_literally() {
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.count(new AuditFilter("%", null, null, null, null, null))).isZero();
        assertThat(audit.count(new AuditFilter("_", null, null, null, null, null))).isZero();
    }

    @Test
    void the_export_holds_the_filtered_entries_with_their_hashes_is_itself_audited_and_defuses_formulas() {
        String request = "r-" + UUID.randomUUID();
        accounts.signInAs(Roles.OFFICER, "GM0106");
        tx.executeWithoutResult(s -> audit.record(AuditAction.NUMBER_LOOKED_UP, "REQUEST", request,
                "=HYPERLINK(\"http://evil\";\"x\")"));
        SignedInUser admin = accounts.signInAs(Roles.ADMIN, null);

        String csv = audit.exportCsv(new AuditFilter(null, null, "REQUEST", request, null, null));
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(";NUMBER_LOOKED_UP;REQUEST;" + request + ";")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\"")
                .matches(".*;[0-9a-f]{64};[0-9a-f]{64}$");

        assertThat(audit.search(new AuditFilter(admin.username(), AuditAction.AUDIT_EXPORTED, null, null, null,
                null), 0, 10)).singleElement().satisfies(e -> assertThat(e.reason()).contains(request));
    }

    @Test
    void no_cell_of_the_export_starts_a_spreadsheet_formula() throws Exception {
        String request = "r-" + UUID.randomUUID();
        List<String> formulas = List.of("=1+2", "+1+2", "-1+2", "@SUM(A1)", "\t=1+2", "\r=1+2");
        accounts.signInAs(Roles.OFFICER, "GM0106");
        tx.executeWithoutResult(s -> formulas.forEach(f -> audit.record(AuditAction.IDENTITY_VIEWED, "REQUEST",
                request, f)));
        accounts.signInAs(Roles.ADMIN, null);

        String csv = audit.exportCsv(new AuditFilter(null, null, "REQUEST", request, null, null));
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get())) {
            assertThat(parser.getRecords()).extracting(r -> r.get("reason"))
                    .containsExactlyElementsOf(formulas.stream().map(f -> "'" + f).toList());
        }
    }

    @Test
    void only_an_administrator_reads_searches_or_exports_the_trail() {
        for (String role : new String[] {Roles.OFFICER, Roles.GGD, Roles.COORDINATOR, Roles.WORKER, Roles.POLICY}) {
            accounts.signInAs(role, Roles.OFFICER.equals(role) ? "GM0106" : null);
            assertThatThrownBy(() -> audit.search(AuditFilter.ALL, 0, 10)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.exportCsv(AuditFilter.ALL)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.verifyChain()).as(role).isInstanceOf(AccessDeniedException.class);
        }
    }
}
