package nl.erkenningsportaal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditChainTest {

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void entries_chain_to_each_other_and_the_chain_verifies() {
        AuditEntry first = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.IDENTITY_VIEWED, "REQUEST",
                "r-1", "intake"));
        AuditEntry second = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.DECISION_TAKEN, "REQUEST",
                "r-1", null));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);

        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void the_database_refuses_to_change_an_entry() {
        AuditEntry entry = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.NUMBER_LOOKED_UP, "REQUEST",
                "r-2", "call from the worker"));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET reason = 'x' WHERE sequence_no = ?",
                entry.sequence())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE sequence_no = ?", entry.sequence()))
                .hasMessageContaining("append-only");
    }

    @Test
    void a_row_changed_behind_the_portals_back_breaks_the_chain_at_that_row() {
        AuditEntry target = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.IDENTITY_VIEWED, "REQUEST",
                "r-3", "check"));
        tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.IDENTITY_VIEWED, "REQUEST", "r-4", "check"));
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.verifyChain().intact()).isTrue();

        // someone with database access removes the guard and rewrites history
        jdbc.execute("DROP TRIGGER audit_entry_no_update");
        try {
            jdbc.update("UPDATE audit_entry SET actor = 'someone-else' WHERE sequence_no = ?", target.sequence());
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSequence()).hasValue(target.sequence());
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = ? WHERE sequence_no = ?", target.actor(), target.sequence());
            jdbc.execute("""
                    CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'""");
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void only_admins_verify_the_chain() {
        accounts.signInAs(Roles.OFFICER, "GM0106");
        assertThatThrownBy(() -> audit.verifyChain())
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }
}
