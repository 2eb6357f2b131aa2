package nl.erkenningsportaal.audit;

import static java.time.temporal.ChronoUnit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.privacy.Clocks;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail is kept for the region's term, then pruned from a checkpoint: the pruned entries are gone from the
 * table, and the chain still verifies from the checkpoint on; nothing newer can be deleted.
 */
@IntegrationTest
class AuditRetentionTest {

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditService audit;

    @Autowired
    ProcessingRegister register;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    @RetentionRuleTest("audit.trail")
    void entries_older_than_the_term_are_pruned_and_the_chain_verifies_from_the_checkpoint() {
        AuditEntry old = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.IDENTITY_VIEWED, "REQUEST",
                "r-prune", "intake: Maria belde over haar adres"));
        int years = register.amount(AuditRetention.TRAIL.id(), null);

        retention.run(Clocks.justBefore(years, YEARS));
        assertThat(count("audit_entry WHERE sequence_no = ?", old.sequence())).isOne();

        Clock later = Clocks.justAfter(years, YEARS);
        retention.run(later);
        assertThat(count("audit_entry WHERE sequence_no = ?", old.sequence())).isZero();
        Long checkpoint = jdbc.queryForObject("SELECT MAX(sequence_no) FROM audit_checkpoint", Long.class);
        assertThat(checkpoint).isGreaterThanOrEqualTo(old.sequence());
        assertThat(count("audit_entry WHERE sequence_no <= ?", checkpoint)).isZero();
        // the pruning itself is in the trail, after the checkpoint
        assertThat(count("audit_entry WHERE action = 'AUDIT_PRUNED' AND sequence_no > ?", checkpoint)).isPositive();

        AuditEntry after = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.DECISION_TAKEN, "REQUEST",
                "r-prune", null));
        accounts.signInAs(Roles.ADMIN, null);
        ChainVerification verified = audit.verifyChain();
        assertThat(verified.intact()).isTrue();
        assertThat(verified.checkpoint()).isNotNull();
        assertThat(verified.checkpoint().sequence()).isEqualTo(checkpoint);

        // an entry a checkpoint does not cover cannot be deleted
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE sequence_no = ?", after.sequence()))
                .hasMessageContaining("append-only");
        // a checkpoint cannot move backwards, name an entry by a false hash, or be changed
        assertThatThrownBy(() -> jdbc.update("INSERT INTO audit_checkpoint VALUES (?, ?, NOW(6), NOW(6))",
                after.sequence(), "f".repeat(64))).hasMessageContaining("checkpoint");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_checkpoint SET entry_hash = ? WHERE sequence_no = ?",
                "f".repeat(64), checkpoint)).hasMessageContaining("append-only");
    }

    @Test
    void a_pruned_trail_with_a_row_changed_after_the_checkpoint_still_shows_where_it_broke() {
        int years = register.amount(AuditRetention.TRAIL.id(), null);
        retention.run(Clocks.justAfter(years, YEARS));
        AuditEntry target = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.IDENTITY_VIEWED, "REQUEST",
                "r-tamper", null));
        tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.IDENTITY_VIEWED, "REQUEST", "r-tamper", null));
        jdbc.execute("DROP TRIGGER audit_entry_no_update");
        try {
            jdbc.update("UPDATE audit_entry SET subject = 'r-other' WHERE sequence_no = ?", target.sequence());
            accounts.signInAs(Roles.ADMIN, null);
            assertThat(audit.verifyChain().firstBrokenSequence()).hasValue(target.sequence());
        } finally {
            jdbc.update("UPDATE audit_entry SET subject = 'r-tamper' WHERE sequence_no = ?", target.sequence());
            jdbc.execute("""
                    CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'""");
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void a_reason_is_stored_encrypted_and_read_back_in_plain_text() {
        AuditEntry entry = tx.execute(s -> audit.record(AuditActor.SYSTEM, AuditAction.NUMBER_LOOKED_UP, "REQUEST",
                "r-reason", "telefoontje van Maria over haar adres"));
        String stored = jdbc.queryForObject("SELECT reason FROM audit_entry WHERE sequence_no = ?", String.class,
                entry.sequence());
        assertThat(stored).startsWith("v1.").doesNotContain("Maria");
        accounts.signInAs(Roles.ADMIN, null);
        assertThat(audit.forSubject("REQUEST", "r-reason")).first()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("telefoontje van Maria over haar adres"));
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    private int count(String fromWhere, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Integer.class, args);
    }
}
