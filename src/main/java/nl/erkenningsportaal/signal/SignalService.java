package nl.erkenningsportaal.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AccessReason;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.audit.StatedReason;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.privacy.FieldCipher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers raise and escalate signals of their own municipality and follow them; the regional coordinator works the
 * escalated signals of the region as cases and may open the identity behind a linked request (audited). There is no
 * way to delete a signal; the database refuses it too.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.COORDINATOR + "')")
public class SignalService {

    private static final String REGION = "DRENTHE";

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ObjectProvider<LinkedIdentityProvider> identities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignalService(JdbcTemplate jdbc, FieldCipher cipher, CurrentUser currentUser, AuditService audit,
            ObjectProvider<LinkedIdentityProvider> identities, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.audit = audit;
        this.identities = identities;
        this.events = events;
        this.clock = clock;
        this.rows = this::row;
    }

    // ---- officers

    @Transactional
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public long raise(NewSignal s) {
        if (s.indicators().isEmpty() && (s.description() == null || s.description().isBlank())) {
            throw new Refusal("signal.error.empty");
        }
        String municipality = officerMunicipality();
        // a signal links only a request or visit of the officer's own municipality (the coordinator may later open
        // the identity behind the request, so a foreign id must not slip in)
        if (s.requestId() != null && jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ? AND "
                + "municipality_id = ?", Integer.class, s.requestId(), municipality) == 0) {
            throw new Refusal("error.not-found");
        }
        if (s.visitId() != null && jdbc.queryForObject("SELECT COUNT(*) FROM outreach_visit WHERE id = ? AND "
                + "municipality_id = ?", Integer.class, s.visitId(), municipality) == 0) {
            throw new Refusal("error.not-found");
        }
        jdbc.update("""
                INSERT INTO signal_case (municipality_id, region, raised_by, raised_at, request_id, visit_id, indicators,
                  description_enc, urgency, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RAISED')""", municipality, REGION,
                currentUser.require().id(), now(), s.requestId(), s.visitId(),
                s.indicators().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                s.description() == null || s.description().isBlank() ? null
                        : cipher.encrypt(FreeText.lines(s.description(), NewSignal.TEXT_MAX), "signal_case.description"), s.urgency().name());
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        events.publishEvent(new SignalRaised(id, municipality));
        return id;
    }

    /** Sends the signal to the regional coordinator. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public void escalate(long signalId) {
        if (jdbc.update("UPDATE signal_case SET escalated_at = ?, status = 'NEW' WHERE id = ? AND municipality_id = ? "
                + "AND status = 'RAISED'", now(), signalId, officerMunicipality()) == 0) {
            get(signalId);
            throw new Refusal("signal.error.already-escalated");
        }
        events.publishEvent(new SignalEscalated(signalId, officerMunicipality(), get(signalId).urgency()));
    }

    /** The officer's own municipality's signals with their status; the coordinator's escalated signals of the region. */
    public List<SignalCase> signals() {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Roles.COORDINATOR)) {
            return jdbc.query(SELECT + "WHERE region = ? AND escalated_at IS NOT NULL ORDER BY escalated_at DESC",
                    rows, region(user));
        }
        return jdbc.query(SELECT + "WHERE municipality_id = ? ORDER BY raised_at DESC", rows, officerMunicipality());
    }

    /** One signal: of the officer's municipality, or escalated in the coordinator's region; otherwise not found. */
    public SignalCase get(long signalId) {
        SignedInUser user = currentUser.require();
        List<SignalCase> found = user.hasRole(Roles.COORDINATOR)
                ? jdbc.query(SELECT + "WHERE id = ? AND region = ? AND escalated_at IS NOT NULL", rows, signalId,
                        region(user))
                : jdbc.query(SELECT + "WHERE id = ? AND municipality_id = ?", rows, signalId, officerMunicipality());
        return found.stream().findFirst().orElseThrow(() -> new Refusal("error.not-found"));
    }

    @Transactional
    public void addNote(long signalId, String text) {
        get(signalId);
        jdbc.update("INSERT INTO signal_note (signal_id, written_at, author_role, text_enc) VALUES (?, ?, ?, ?)",
                signalId, now(), currentUser.require().role(), cipher.encrypt(FreeText.lines(text, NewSignal.TEXT_MAX), "signal_note.text"));
    }

    // ---- coordinator

    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public void setStatus(long signalId, CaseStatus status) {
        if (status == CaseStatus.RAISED) {
            throw new Refusal("signal.error.status");
        }
        get(signalId);
        jdbc.update("UPDATE signal_case SET status = ? WHERE id = ?", status.name(), signalId);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public void handOver(long signalId, Handover to, LocalDate date) {
        SignalCase s = get(signalId);
        if (FreeText.plausible(date).isAfter(LocalDate.now(clock))) {
            throw new Refusal("signal.error.future");
        }
        jdbc.update("UPDATE signal_case SET status = 'HANDED_OVER', handover_to = ?, handover_date = ? WHERE id = ?",
                to.name(), date, signalId);
        events.publishEvent(new SignalHandedOver(signalId, s.municipalityId(), to));
    }

    /**
     * The identity behind the request linked to an escalated signal, opened for a reason the coordinator chooses
     * (the signal itself, or handing it over) with an optional explanation; refused without one. Audited with the
     * reason and the signal; the worker sees when, which role and why.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public Optional<LinkedIdentity> linkedIdentity(long signalId, StatedReason reason) {
        SignalCase s = get(signalId);
        StatedReason why = reason.requireOneOf(AccessReason.FOR_COORDINATORS);
        if (s.requestId() == null) {
            return Optional.empty();
        }
        audit.record(AuditAction.SIGNAL_IDENTITY_VIEWED, "REQUEST", Long.toString(s.requestId()),
                why.auditText("signal " + signalId));
        return identities.stream().findFirst().flatMap(p -> p.identityOfRequest(s.requestId(), s.municipalityId()));
    }

    // ----

    private static final String SELECT = "SELECT id, municipality_id, raised_at, request_id, visit_id, indicators, "
            + "description_enc, urgency, escalated_at, status, handover_to, handover_date FROM signal_case ";

    private final RowMapper<SignalCase> rows;

    private SignalCase row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long id = rs.getLong(1);
        String indicators = rs.getString(6);
        Set<Indicator> set = indicators.isEmpty() ? EnumSet.noneOf(Indicator.class)
                : Arrays.stream(indicators.split(",")).map(Indicator::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Indicator.class)));
        String description = rs.getString(7);
        LocalDateTime escalated = rs.getObject(9, LocalDateTime.class);
        String handover = rs.getString(11);
        return new SignalCase(id, rs.getString(2), rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject(4, Long.class), rs.getObject(5, Long.class), set,
                description == null ? null : cipher.decrypt(description, "signal_case.description"),
                Urgency.valueOf(rs.getString(8)), escalated == null ? null : escalated.toInstant(ZoneOffset.UTC),
                CaseStatus.valueOf(rs.getString(10)), handover == null ? null : Handover.valueOf(handover),
                rs.getObject(12, LocalDate.class), notes(id));
    }

    private List<String> notes(long signalId) {
        return jdbc.query("SELECT written_at, author_role, text_enc FROM signal_note WHERE signal_id = ? ORDER BY "
                + "written_at, id", (rs, i) -> rs.getObject(1, LocalDateTime.class) + " " + rs.getString(2) + ": "
                + cipher.decrypt(rs.getString(3), "signal_note.text"), signalId);
    }

    private String officerMunicipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }

    private static String region(SignedInUser user) {
        return user.region() == null ? "" : user.region();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
