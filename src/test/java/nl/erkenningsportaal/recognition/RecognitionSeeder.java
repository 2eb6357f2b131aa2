package nl.erkenningsportaal.recognition;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seeds realistic requests (encrypted identity, blind index, history) straight into the database, for benchmarks:
 * {@code seed(25_000)} spreads them over the twelve municipalities and every status.
 */
@Component
public class RecognitionSeeder {

    static final List<String> MUNICIPALITIES = List.of("GM1680", "GM0106", "GM1681", "GM0109", "GM1690", "GM0114",
            "GM0118", "GM0119", "GM1731", "GM1699", "GM1730", "GM1701");
    static final String[] FIRST = {"Ana", "Maria", "Łucja", "Nguyễn", "Paula", "Carla", "Ioana", "Svetla", "Anna"};
    static final String[] LAST = {"Silva", "Souza", "Nowak", "Popescu", "Kovács", "Ivanova", "de Vries", "Lima"};

    private final JdbcTemplate jdbc;
    private final RequestCrypto crypto;
    private final SecureRandom secureRandom = new SecureRandom();

    RecognitionSeeder(JdbcTemplate jdbc, RequestCrypto crypto) {
        this.jdbc = jdbc;
        this.crypto = crypto;
    }

    public void seed(int count) {
        Random random = new Random(42);
        RequestStatus[] statuses = RequestStatus.values();
        List<RecognitionRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RecognitionRequest r = new RecognitionRequest();
            r.municipalityId = MUNICIPALITIES.get(i % MUNICIPALITIES.size());
            r.origin = i % 5 == 0 ? "DOOR" : "ONLINE";
            r.status = statuses[random.nextInt(statuses.length)];
            r.submittedAt = Instant.now().minusSeconds(random.nextInt(3 * 365 * 86_400));
            r.updatedAt = r.submittedAt;
            Identity identity = new Identity(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(
                    LAST.length)] + " " + i, LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12),
                    1 + random.nextInt(28)), "BR", "Dorpsstraat", Integer.toString(1 + random.nextInt(200)), null,
                    "9401 AB", "Assen", null, null, List.of("pt"), ContactPreference.PORTAL);
            crypto.store(r, identity);
            if (r.status == RequestStatus.RECOGNISED || r.status == RequestStatus.ENDED) {
                r.recognitionNumber = RecognitionNumber.generate(secureRandom);
                r.validFrom = LocalDate.now().minusMonths(random.nextInt(24));
                r.validUntil = r.validFrom.plusMonths(24);
            }
            batch.add(r);
            if (batch.size() == 1000) {
                insert(batch);
                batch.clear();
            }
        }
        insert(batch);
    }

    private void insert(List<RecognitionRequest> batch) {
        jdbc.batchUpdate("""
                INSERT IGNORE INTO recognition_request (municipality_id, origin, status, submitted_at, updated_at,
                  legal_name_enc, date_of_birth_enc, nationality_enc, street_enc, house_number_enc, postcode_enc,
                  town_enc, languages, preferred_contact, duplicate_index, recognition_number, valid_from, valid_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(),
                (PreparedStatement ps, RecognitionRequest r) -> {
                    ps.setString(1, r.municipalityId);
                    ps.setString(2, r.origin);
                    ps.setString(3, r.status.name());
                    ps.setObject(4, LocalDateTime.ofInstant(r.submittedAt, ZoneOffset.UTC));
                    ps.setObject(5, LocalDateTime.ofInstant(r.updatedAt, ZoneOffset.UTC));
                    ps.setString(6, r.legalNameEnc);
                    ps.setString(7, r.dateOfBirthEnc);
                    ps.setString(8, r.nationalityEnc);
                    ps.setString(9, r.streetEnc);
                    ps.setString(10, r.houseNumberEnc);
                    ps.setString(11, r.postcodeEnc);
                    ps.setString(12, r.townEnc);
                    ps.setString(13, r.languages);
                    ps.setString(14, r.preferredContact.name());
                    ps.setString(15, r.duplicateIndex);
                    ps.setString(16, r.recognitionNumber);
                    ps.setObject(17, r.validFrom);
                    ps.setObject(18, r.validUntil);
                });
    }
}
