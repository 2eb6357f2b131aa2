package nl.erkenningsportaal.recognition;

import static nl.erkenningsportaal.recognition.LifecycleTime.utc;
import static nl.erkenningsportaal.recognition.ObjectionStore.instantOf;
import static nl.erkenningsportaal.recognition.ObjectionStore.nullableInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code recognition_transfer}, and of moving a request to its new municipality: JdbcClient with named
 * parameters, rows read by column name. The new address is stored encrypted and only until the decision.
 */
@Component
class TransferStore {

    /** A stored transfer, its address still encrypted (null once decided). */
    record Row(long id, long requestId, String fromMunicipality, String toMunicipality, Instant reportedAt,
            @Nullable String streetEnc, @Nullable String houseNumberEnc, @Nullable String additionEnc,
            @Nullable String postcodeEnc, @Nullable String townEnc, TransferStatus status, @Nullable Instant decidedAt,
            @Nullable String refusalTextEnc, long version) {}

    /** A pending transfer to a municipality, with what its officers may see before accepting. */
    record Incoming(long id, String fromMunicipality, Instant reportedAt, @Nullable LocalDate validUntil) {}

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void report(long requestId, String from, String to, Instant at, String streetEnc, String houseNumberEnc,
            @Nullable String additionEnc, String postcodeEnc, String townEnc) {
        jdbc.sql("""
                INSERT INTO recognition_transfer (request_id, from_municipality, to_municipality, reported_at,
                    street_enc, house_number_enc, addition_enc, postcode_enc, town_enc, status)
                VALUES (:request, :from, :to, :at, :street, :number, :addition, :postcode, :town, 'PENDING')""")
                .param("request", requestId).param("from", from).param("to", to).param("at", utc(at))
                .param("street", streetEnc).param("number", houseNumberEnc).param("addition", additionEnc)
                .param("postcode", postcodeEnc).param("town", townEnc).update();
    }

    Optional<Row> newest(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id DESC LIMIT 1")
                .param("request", requestId).query(this::row).optional();
    }

    List<Row> all(long requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :request ORDER BY id").param("request", requestId)
                .query(this::row).list();
    }

    /** A pending transfer to {@code municipalityId}: another municipality's, or a decided one, is not found. */
    Optional<Row> pendingTo(long transferId, String municipalityId) {
        return jdbc.sql(SELECT + " WHERE id = :id AND to_municipality = :municipality AND status = 'PENDING'")
                .param("id", transferId).param("municipality", municipalityId).query(this::row).optional();
    }

    List<Incoming> incoming(String municipalityId) {
        return jdbc.sql("""
                SELECT t.id, t.from_municipality, t.reported_at, r.valid_until FROM recognition_transfer t
                JOIN recognition_request r ON r.id = t.request_id
                WHERE t.to_municipality = :municipality AND t.status = 'PENDING'
                ORDER BY t.reported_at, t.id""")
                .param("municipality", municipalityId)
                .query((rs, i) -> new Incoming(rs.getLong("id"), rs.getString("from_municipality"),
                        instantOf(rs, "reported_at"), rs.getObject("valid_until", LocalDate.class)))
                .list();
    }

    /** Decides a pending transfer; the address goes (accepted: it is the request's work address now). */
    void decide(Row t, TransferStatus status, Instant at, @Nullable String refusalTextEnc) {
        int rows = jdbc.sql("""
                UPDATE recognition_transfer SET status = :status, decided_at = :at, refusal_text_enc = :text,
                  street_enc = NULL, house_number_enc = NULL, addition_enc = NULL, postcode_enc = NULL, town_enc = NULL,
                  version = version + 1
                WHERE id = :id AND version = :version AND status = 'PENDING'""")
                .param("status", status.name()).param("at", utc(at)).param("text", refusalTextEnc)
                .param("id", t.id()).param("version", t.version()).update();
        if (rows != 1) {
            throw new Refusal("recognition.error.changed-meanwhile");
        }
    }

    /**
     * The old municipality's internal notes do not move with the request: they were written for its own work and the
     * new municipality has no need of them. Messages with the worker stay (they are hers).
     */
    int eraseInternalNotes(long requestId) {
        return jdbc.sql("DELETE FROM recognition_note WHERE request_id = :request AND NOT to_worker AND NOT from_worker")
                .param("request", requestId).update();
    }

    /** Erases the addresses and refusal texts of the request's transfers (its identity is being anonymised). */
    int eraseTexts(long requestId) {
        return jdbc.sql("""
                UPDATE recognition_transfer SET refusal_text_enc = NULL, street_enc = NULL, house_number_enc = NULL,
                    addition_enc = NULL, postcode_enc = NULL, town_enc = NULL
                WHERE request_id = :request""")
                .param("request", requestId).update();
    }

    private static final String SELECT = """
            SELECT id, request_id, from_municipality, to_municipality, reported_at, street_enc, house_number_enc,
                   addition_enc, postcode_enc, town_enc, status, decided_at, refusal_text_enc, version
            FROM recognition_transfer""";

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("request_id"), rs.getString("from_municipality"),
                rs.getString("to_municipality"), instantOf(rs, "reported_at"), rs.getString("street_enc"),
                rs.getString("house_number_enc"), rs.getString("addition_enc"), rs.getString("postcode_enc"),
                rs.getString("town_enc"), TransferStatus.valueOf(rs.getString("status")),
                nullableInstant(rs, "decided_at"), rs.getString("refusal_text_enc"), rs.getLong("version"));
    }
}
