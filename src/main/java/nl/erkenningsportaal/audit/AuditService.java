package nl.erkenningsportaal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.SpreadsheetCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, tamper-evident audit trail. Every entry carries the SHA-256 of its own content and of the entry
 * before it, so changing or deleting a row breaks the chain from there on. Writes join the caller's transaction: an
 * action and its audit entry commit together or not at all. Entries are serialised through one head row, which
 * also gives them a gap-free sequence.
 *
 * <p>A reason is free text (a coordinator's reason may describe a person), so it is stored encrypted
 * ({@link AuditStore#REASON}); the hash is over the plain reason, so the chain verifies across a key rotation. After
 * the region's term the oldest entries are pruned from a checkpoint ({@link AuditRetention}); the chain verifies from
 * there.
 */
@Service
public class AuditService {

    static final String GENESIS = "0".repeat(64);
    static final int REASON_MAX = 500;
    /** The encryption context of a reason. */
    static final String REASON = AuditStore.REASON;

    private final AuditStore store;
    private final AuditActorResolver actors;
    private final List<OwnSubjects> owners;
    private final Clock clock;

    AuditService(AuditStore store, AuditActorResolver actors, List<OwnSubjects> owners, Clock clock) {
        this.store = store;
        this.actors = actors;
        this.owners = owners;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditAction action, String subjectType, String subject, @Nullable String reason) {
        return record(actors.currentActor(), action, subjectType, subject, reason);
    }

    /**
     * Records that an item went from one staff member to another ({@code null}: nobody), by whoever is signed in now,
     * as "from=12 to=-"; {@code why} is added in brackets when the change was not a choice (an account disabled).
     * Staff ids only: the audit page shows who they are.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry assignmentChanged(String subjectType, long subjectId, @Nullable Long from, @Nullable Long to,
            @Nullable String why) {
        return record(AuditAction.ASSIGNMENT_CHANGED, subjectType, Long.toString(subjectId), "from="
                + (from == null ? "-" : from) + " to=" + (to == null ? "-" : to) + (why == null ? "" : " (" + why + ")"));
    }

    /** Records an action by a given actor (system jobs). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditActor actor, AuditAction action, String subjectType, String subject,
            @Nullable String reason) {
        String cleanReason = reason == null ? null
                : reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
        AuditStore.Head head = store.lockHead();
        long sequence = head.lastSequence() + 1;
        String previous = head.lastHash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(sequence, now, actor.account(), actor.role(), actor.municipality(), action,
                subjectType, subject, cleanReason, previous);
        AuditEntry entry = new AuditEntry(sequence, now, actor.account(), actor.role(), actor.municipality(), action,
                subjectType, subject, cleanReason, previous, hash);
        store.append(entry);
        return entry;
    }

    /**
     * Entries about one subject, newest first, for the administrator: they hold who acted and why (a coordinator's
     * reason may describe the worker), so no other role reads them by id.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntry> forSubject(String subjectType, String subject) {
        return store.forSubject(subjectType, subject);
    }

    /**
     * Entries about the signed-in worker's own subjects of one type (the owning module says which are theirs),
     * newest first, without the acting account. Of the reason only the {@link AccessReason} it starts with is kept
     * (as its name): the explanation a colleague typed stays in the trail.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.WORKER + "')")
    public List<AuditEntry> aboutMyOwn(String subjectType) {
        List<String> mine = owners.stream().flatMap(o -> o.ownSubjects(subjectType).stream()).distinct().toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return store.forSubjects(subjectType, mine).stream().map(e -> new AuditEntry(e.sequence(), e.occurredAt(),
                "", e.actorRole(), e.actorMunicipality(), e.action(), e.subjectType(), e.subject(),
                AccessReason.of(e.reason()).map(Enum::name).orElse(null), e.previousHash(), e.hash())).toList();
    }

    /** The newest entries, for the administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntry> latest(int limit) {
        return store.latest(Math.max(1, Math.min(limit, 1000)));
    }

    /** Entries matching {@code filter}, newest first, one page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return store.search(filter, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    /** How many entries match {@code filter}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int count(AuditFilter filter) {
        return store.count(filter);
    }

    /**
     * The entries matching {@code filter} as CSV ({@link SpreadsheetCsv}: semicolon-separated, no cell read as a
     * formula; UTF-8, oldest first, at most {@value #EXPORT_MAX} rows), hashes included so a copy can be checked
     * against the chain. The export itself is recorded in the trail.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public String exportCsv(AuditFilter filter) {
        SpreadsheetCsv csv = new SpreadsheetCsv("sequence", "occurred_at", "actor", "actor_role", "actor_municipality",
                "action", "subject_type", "subject", "reason", "previous_hash", "entry_hash");
        store.matching(filter, EXPORT_MAX, e -> csv.row(e.sequence(), e.occurredAt(), e.actor(), e.actorRole(),
                e.actorMunicipality(), e.action().name(), e.subjectType(), e.subject(), e.reason(), e.previousHash(),
                e.hash()));
        record(AuditAction.AUDIT_EXPORTED, "AUDIT", "trail", describe(filter));
        return csv.toString();
    }

    static final int EXPORT_MAX = 100_000;

    /** The filter as the export's reason: references only, as typed into the filter. */
    private static String describe(AuditFilter f) {
        return "actor=" + f.actor() + " action=" + f.action() + " subjectType=" + f.subjectType() + " subject="
                + f.subject() + " from=" + f.from() + " to=" + f.to();
    }

    /**
     * Recomputes every hash in order from the newest checkpoint (or the first entry, before any pruning); reports the
     * first entry that does not match.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ChainVerification verifyChain() {
        List<long[]> broken = new ArrayList<>(1);
        long[] count = {0};
        ChainVerification.Checkpoint checkpoint = store.newestCheckpoint().orElse(null);
        String[] previous = {checkpoint == null ? GENESIS : checkpoint.hash()};
        long[] expectedSequence = {checkpoint == null ? 1 : checkpoint.sequence() + 1};
        store.inOrder(expectedSequence[0], e -> {
            if (!broken.isEmpty()) {
                return;
            }
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
            String head = store.headHash();
            if (!previous[0].equals(head)) {
                // the newest entries were removed
                return new ChainVerification(count[0], OptionalLong.of(expectedSequence[0]), checkpoint);
            }
            return new ChainVerification(count[0], OptionalLong.empty(), checkpoint);
        }
        return new ChainVerification(count[0], OptionalLong.of(broken.getFirst()[0]), checkpoint);
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
}
