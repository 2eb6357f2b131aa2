package nl.erkenningsportaal.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach of the officer's own municipality only: every query is filtered by it, and an id of another
 * municipality is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.OFFICER + "')")
public class OutreachService {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutreachService(JdbcTemplate jdbc, FieldCipher cipher, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long recordAdvertisement(Platform platform, String reference, LocalDate firstSeen, LocalDate lastSeen) {
        FreeText.plausible(firstSeen);
        FreeText.plausible(lastSeen);
        if (lastSeen.isBefore(firstSeen) || firstSeen.isAfter(LocalDate.now(clock))) {
            throw new Refusal("outreach.error.dates");
        }
        jdbc.update("INSERT INTO outreach_advertisement (municipality_id, platform, reference_enc, first_seen, last_seen)"
                + " VALUES (?, ?, ?, ?, ?)", municipality(), platform.name(), cipher.encrypt(FreeText.line(reference,
                Advertisement.REFERENCE_MAX), "outreach_advertisement.reference"), firstSeen, lastSeen);
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        events.publishEvent(new AdvertisementRecorded(id, municipality(), firstSeen));
        return id;
    }

    public List<Advertisement> advertisements() {
        return jdbc.query("SELECT id, platform, reference_enc, first_seen, last_seen FROM outreach_advertisement WHERE "
                + "municipality_id = ? ORDER BY last_seen DESC, id DESC", (rs, i) -> new Advertisement(rs.getLong(1),
                Platform.valueOf(rs.getString(2)), cipher.decrypt(rs.getString(3), "outreach_advertisement.reference"),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), municipality());
    }

    @Transactional
    public long recordVisit(NewVisit v) {
        FreeText.plausible(v.visitedAt());
        if (v.followUp() != null) {
            FreeText.plausible(v.followUp());
        }
        if (v.visitedAt().isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
            throw new Refusal("outreach.error.future");
        }
        Long ad = v.advertisementId();
        if (ad != null && advertisements().stream().noneMatch(a -> a.id() == ad)) {
            throw new Refusal("error.not-found");
        }
        String language = v.firstLanguage() == null || v.firstLanguage().isBlank() ? null
                : v.firstLanguage().strip().toLowerCase(Locale.ROOT);
        if (language != null && !List.of(Locale.getISOLanguages()).contains(language)) {
            throw new Refusal("outreach.error.language");
        }
        jdbc.update("""
                INSERT INTO outreach_visit (municipality_id, officer_account_id, address_enc, visited_at,
                  advertisement_id, first_language, outcome, follow_up, notes_enc)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", municipality(), currentUser.require().id(),
                cipher.encrypt(FreeText.line(v.address(), NewVisit.ADDRESS_MAX), "outreach_visit.address"),
                v.visitedAt(), ad, language, v.outcome().name(), v.followUp(), v.notes() == null || v.notes().isBlank()
                        ? null : cipher.encrypt(FreeText.lines(v.notes(), NewVisit.NOTES_MAX), "outreach_visit.notes"));
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        events.publishEvent(new VisitRecorded(id, municipality(), v.outcome(), v.visitedAt().toLocalDate()));
        return id;
    }

    /** Visits, newest first, filtered by outcome (null = all) and period. */
    public List<Visit> visits(@Nullable Outcome outcome, LocalDate from, LocalDate to) {
        FreeText.plausible(from);
        FreeText.plausible(to);
        List<Object> args = new ArrayList<>(List.of(municipality(), from.atStartOfDay(), to.plusDays(1).atStartOfDay()));
        String where = "WHERE municipality_id = ? AND visited_at >= ? AND visited_at < ?";
        if (outcome != null) {
            where += " AND outcome = ?";
            args.add(outcome.name());
        }
        return jdbc.query(VISIT_SELECT + where + " ORDER BY visited_at DESC, id DESC LIMIT 500", visitRows,
                args.toArray());
    }

    public List<Visit> followUpsDue() {
        return jdbc.query(VISIT_SELECT + "WHERE municipality_id = ? AND follow_up IS NOT NULL AND follow_up <= ? "
                + "ORDER BY follow_up", visitRows, municipality(), LocalDate.now(clock));
    }

    public Visit visit(long id) {
        return jdbc.query(VISIT_SELECT + "WHERE municipality_id = ? AND id = ?", visitRows, municipality(), id)
                .stream().findFirst().orElseThrow(() -> new Refusal("error.not-found"));
    }

    public Map<Outcome, Integer> countsByOutcome(LocalDate from, LocalDate to) {
        FreeText.plausible(from);
        FreeText.plausible(to);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        jdbc.query("SELECT outcome, COUNT(*) FROM outreach_visit WHERE municipality_id = ? AND visited_at >= ? "
                + "AND visited_at < ? GROUP BY outcome", rs -> {
                    counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
                }, municipality(), from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        return counts;
    }

    /** Links a visit to the request that followed it; both of the officer's own municipality. */
    @Transactional
    public void linkRequest(long visitId, long requestId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ? AND municipality_id = ?",
                Integer.class, requestId, municipality()) == 0) {
            throw new Refusal("error.not-found");
        }
        if (jdbc.update("UPDATE outreach_visit SET request_id = ? WHERE id = ? AND municipality_id = ?", requestId,
                visitId, municipality()) == 0) {
            throw new Refusal("error.not-found");
        }
    }

    @Transactional
    public void clearFollowUp(long visitId) {
        if (jdbc.update("UPDATE outreach_visit SET follow_up = NULL WHERE id = ? AND municipality_id = ?", visitId,
                municipality()) == 0) {
            throw new Refusal("error.not-found");
        }
    }

    private static final String VISIT_SELECT = "SELECT id, visited_at, address_enc, advertisement_id, first_language, "
            + "outcome, follow_up, notes_enc, request_id FROM outreach_visit ";

    private final org.springframework.jdbc.core.RowMapper<Visit> visitRows = this::visitRow;

    private Visit visitRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String notes = rs.getString(8);
        return new Visit(rs.getLong(1), rs.getObject(2, LocalDateTime.class), cipher.decrypt(rs.getString(3),
                "outreach_visit.address"), (Long) rs.getObject(4, Long.class), rs.getString(5),
                Outcome.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                notes == null ? null : cipher.decrypt(notes, "outreach_visit.notes"), rs.getObject(9, Long.class));
    }

    private String municipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }
}
