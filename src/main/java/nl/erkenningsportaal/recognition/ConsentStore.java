package nl.erkenningsportaal.recognition;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consent records: a worker's consent to a version of the privacy statement (at sign-up, claiming a door
 * registration, asked again after a major change, or given again after withdrawing), and the consent a worker gave
 * at the door, with the language she was informed in and the officer who recorded it.
 */
@Component
class ConsentStore {

    /** One consent of an account to a version of the privacy statement. */
    record WorkerConsent(int statementVersion, Instant consentedAt, @Nullable Instant withdrawnAt) {}

    /** The consent a worker gave at the door, recorded by an officer. */
    record DoorConsent(long requestId, int statementVersion, String language, Instant consentedAt,
            long recordedBy) {}

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordWorkerConsent(long accountId, int statementVersion, Instant at) {
        jdbc.sql("""
                INSERT INTO worker_consent (account_id, statement_version, consented_at)
                VALUES (:account, :version, :at)""")
                .param("account", accountId).param("version", statementVersion).param("at", utc(at)).update();
    }

    /** The version the account's newest consent that was not withdrawn is for. */
    Optional<Integer> activeConsentVersion(long accountId) {
        return jdbc.sql("""
                SELECT statement_version FROM worker_consent WHERE account_id = :account AND withdrawn_at IS NULL
                ORDER BY consented_at DESC, id DESC LIMIT 1""")
                .param("account", accountId).query(Integer.class).optional();
    }

    List<WorkerConsent> workerConsents(long accountId) {
        return jdbc.sql("""
                SELECT statement_version, consented_at, withdrawn_at FROM worker_consent
                WHERE account_id = :account ORDER BY consented_at, id""")
                .param("account", accountId)
                .query((rs, i) -> new WorkerConsent(rs.getInt("statement_version"),
                        instant(rs.getObject("consented_at", LocalDateTime.class)),
                        instantOrNull(rs.getObject("withdrawn_at", LocalDateTime.class))))
                .list();
    }

    void withdrawWorkerConsents(long accountId, Instant at) {
        jdbc.sql("UPDATE worker_consent SET withdrawn_at = :at WHERE account_id = :account AND withdrawn_at IS NULL")
                .param("at", utc(at)).param("account", accountId).update();
    }

    void eraseWorkerConsents(long accountId) {
        jdbc.sql("DELETE FROM worker_consent WHERE account_id = :account").param("account", accountId).update();
    }

    void recordDoorConsent(DoorConsent consent) {
        jdbc.sql("""
                INSERT INTO door_consent (request_id, statement_version, language, consented_at, recorded_by)
                VALUES (:request, :version, :language, :at, :officer)""")
                .param("request", consent.requestId()).param("version", consent.statementVersion())
                .param("language", consent.language()).param("at", utc(consent.consentedAt()))
                .param("officer", consent.recordedBy()).update();
    }

    Optional<DoorConsent> doorConsent(long requestId) {
        return jdbc.sql("""
                SELECT request_id, statement_version, language, consented_at, recorded_by FROM door_consent
                WHERE request_id = :request ORDER BY consented_at DESC, id DESC LIMIT 1""")
                .param("request", requestId)
                .query((rs, i) -> new DoorConsent(rs.getLong("request_id"), rs.getInt("statement_version"),
                        rs.getString("language"), instant(rs.getObject("consented_at", LocalDateTime.class)),
                        rs.getLong("recorded_by")))
                .optional();
    }

    /** Erases the consent given at the door for a request (made anonymous at the end of its term). */
    void eraseDoorConsent(long requestId) {
        jdbc.sql("DELETE FROM door_consent WHERE request_id = :request").param("request", requestId).update();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant instantOrNull(@Nullable LocalDateTime at) {
        return at == null ? null : instant(at);
    }
}
