package nl.erkenningsportaal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, tamper-evident audit trail. Every entry carries the SHA-256 of its own content and of the entry
 * before it, so changing or deleting a row breaks the chain from there on. Writes join the caller's transaction: an
 * action and its audit entry commit together or not at all. Entries are serialised through one head row, which
 * also gives them a gap-free sequence.
 */
@Service
public class AuditService {

    static final String GENESIS = "0".repeat(64);
    static final int REASON_MAX = 500;

    private final JdbcTemplate jdbc;
    private final AuditActorResolver actors;
    private final List<OwnSubjects> owners;
    private final Clock clock;

    AuditService(JdbcTemplate jdbc, AuditActorResolver actors, List<OwnSubjects> owners, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.owners = owners;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditAction action, String subjectType, String subject, @Nullable String reason) {
        return record(actors.currentActor(), action, subjectType, subject, reason);
    }

    /** Records an action by a given actor (system jobs). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditActor actor, AuditAction action, String subjectType, String subject,
            @Nullable String reason) {
        String cleanReason = reason == null ? null
                : reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
        var head = jdbc.queryForMap("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        long sequence = ((Number) head.get("last_sequence")).longValue() + 1;
        String previous = (String) head.get("last_hash");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(sequence, now, actor.account(), actor.role(), actor.municipality(), action,
                subjectType, subject, cleanReason, previous);
        jdbc.update("""
                INSERT INTO audit_entry (sequence_no, occurred_at, actor, actor_role, actor_municipality, action,
                                         subject_type, subject, reason, previous_hash, entry_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                sequence, LocalDateTime.ofInstant(now, ZoneOffset.UTC), actor.account(), actor.role(), actor.municipality(), action.name(),
                subjectType, subject, cleanReason, previous, hash);
        jdbc.update("UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1", sequence, hash);
        return new AuditEntry(sequence, now, actor.account(), actor.role(), actor.municipality(), action,
                subjectType, subject, cleanReason, previous, hash);
    }

    /**
     * Entries about one subject, newest first, for the administrator: they hold who acted and why (a coordinator's
     * reason may describe the worker), so no other role reads them by id.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> forSubject(String subjectType, String subject) {
        return jdbc.query("SELECT * FROM audit_entry WHERE subject_type = ? AND subject = ? ORDER BY sequence_no DESC",
                MAPPER, subjectType, subject);
    }

    /**
     * Entries about the signed-in worker's own subjects of one type (the owning module says which are theirs),
     * newest first, without the acting account. Of the reason only the {@link AccessReason} it starts with is kept
     * (as its name): the explanation a colleague typed stays in the trail.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('WORKER')")
    public List<AuditEntry> aboutMyOwn(String subjectType) {
        List<String> mine = owners.stream().flatMap(o -> o.ownSubjects(subjectType).stream()).distinct().toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(subjectType);
        args.addAll(mine);
        return jdbc.query("SELECT * FROM audit_entry WHERE subject_type = ? AND subject IN ("
                + String.join(",", mine.stream().map(m -> "?").toList()) + ") ORDER BY sequence_no DESC", MAPPER,
                args.toArray()).stream().map(e -> new AuditEntry(e.sequence(), e.occurredAt(), "", e.actorRole(),
                e.actorMunicipality(), e.action(), e.subjectType(), e.subject(),
                AccessReason.of(e.reason()).map(Enum::name).orElse(null), e.previousHash(), e.hash()))
                .toList();
    }

    /** The newest entries, for the administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> latest(int limit) {
        return jdbc.query("SELECT * FROM audit_entry ORDER BY sequence_no DESC LIMIT ?", MAPPER,
                Math.max(1, Math.min(limit, 1000)));
    }

    /** Entries matching {@code filter}, newest first, one page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(Math.max(1, Math.min(limit, 1000)));
        args.add(Math.max(0, offset));
        return jdbc.query("SELECT * FROM audit_entry" + where + " ORDER BY sequence_no DESC LIMIT ? OFFSET ?",
                MAPPER, args.toArray());
    }

    /** How many entries match {@code filter}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int count(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry" + where, Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * The entries matching {@code filter} as CSV (semicolon-separated, UTF-8, oldest first, at most
     * {@value #EXPORT_MAX} rows), hashes included so a copy can be checked against the chain. The export itself is
     * recorded in the trail.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String exportCsv(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(EXPORT_MAX);
        StringBuilder csv = new StringBuilder(
                "sequence;occurred_at;actor;actor_role;actor_municipality;action;subject_type;subject;reason;"
                        + "previous_hash;entry_hash\n");
        jdbc.query("SELECT * FROM audit_entry" + where + " ORDER BY sequence_no LIMIT ?", rs -> {
            AuditEntry e = MAPPER.mapRow(rs, 0);
            csv.append(e.sequence()).append(';').append(e.occurredAt()).append(';').append(cell(e.actor()))
                    .append(';').append(cell(e.actorRole())).append(';').append(cell(e.actorMunicipality()))
                    .append(';').append(e.action().name()).append(';').append(cell(e.subjectType())).append(';')
                    .append(cell(e.subject())).append(';').append(cell(e.reason())).append(';')
                    .append(e.previousHash()).append(';').append(e.hash()).append('\n');
        }, args.toArray());
        record(AuditAction.AUDIT_EXPORTED, "AUDIT", "trail", describe(filter));
        return csv.toString();
    }

    static final int EXPORT_MAX = 100_000;

    private String where(AuditFilter f, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            // an actor is stored as "account:<id>:<user name>" (or "system"): match the whole or the user name
            String actor = f.actor().strip();
            conditions.add("(actor = ? OR actor LIKE ? ESCAPE '!')");
            args.add(actor);
            args.add("account:%:" + actor.replace("!", "!!").replace("%", "!%").replace("_", "!_"));
        }
        if (f.action() != null) {
            conditions.add("action = ?");
            args.add(f.action().name());
        }
        if (f.subjectType() != null && !f.subjectType().isBlank()) {
            conditions.add("subject_type = ?");
            args.add(f.subjectType().strip());
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            conditions.add("subject = ?");
            args.add(f.subject().strip());
        }
        if (f.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(utcStartOf(f.from()));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(utcStartOf(f.to().plusDays(1)));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private LocalDateTime utcStartOf(java.time.LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    /** The filter as the export's reason: references only, as typed into the filter. */
    private static String describe(AuditFilter f) {
        return "actor=" + f.actor() + " action=" + f.action() + " subjectType=" + f.subjectType() + " subject="
                + f.subject() + " from=" + f.from() + " to=" + f.to();
    }

    /** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** Recomputes every hash in order; reports the first entry that does not match. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public ChainVerification verifyChain() {
        List<long[]> broken = new ArrayList<>(1);
        long[] count = {0};
        String[] previous = {GENESIS};
        long[] expectedSequence = {1};
        jdbc.query("SELECT * FROM audit_entry ORDER BY sequence_no", rs -> {
            if (!broken.isEmpty()) {
                return;
            }
            AuditEntry e = MAPPER.mapRow(rs, 0);
            count[0]++;
            String expected = hash(e.sequence(), e.occurredAt(), e.actor(), e.actorRole(), e.actorMunicipality(),
                    e.action(), e.subjectType(), e.subject(), e.reason(), previous[0]);
            if (e.sequence() != expectedSequence[0] || !e.previousHash().equals(previous[0])
                    || !e.hash().equals(expected)) {
                broken.add(new long[] {e.sequence()});
                return;
            }
            previous[0] = e.hash();
            expectedSequence[0]++;
        });
        if (broken.isEmpty()) {
            String head = jdbc.queryForObject("SELECT last_hash FROM audit_head WHERE id = 1", String.class);
            if (!previous[0].equals(head)) {
                // the newest entries were removed
                return new ChainVerification(count[0], OptionalLong.of(expectedSequence[0]));
            }
            return new ChainVerification(count[0], OptionalLong.empty());
        }
        return new ChainVerification(count[0], OptionalLong.of(broken.getFirst()[0]));
    }

    static String hash(long sequence, Instant at, String actor, String role, @Nullable String municipality,
            AuditAction action, String subjectType, String subject, @Nullable String reason, String previous) {
        String canonical = String.join("\u001f", Long.toString(sequence), at.toString(), actor, role,
                String.valueOf(municipality), action.name(), subjectType, subject, String.valueOf(reason), previous);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final RowMapper<AuditEntry> MAPPER = (rs, i) -> new AuditEntry(
            rs.getLong("sequence_no"),
            rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
            rs.getString("actor"),
            rs.getString("actor_role"),
            rs.getString("actor_municipality"),
            AuditAction.valueOf(rs.getString("action")),
            rs.getString("subject_type"),
            rs.getString("subject"),
            rs.getString("reason"),
            rs.getString("previous_hash"),
            rs.getString("entry_hash"));
}
