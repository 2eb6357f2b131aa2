package nl.erkenningsportaal.recognition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reason catalogue on the administrators' screen (issue 20, decision 0051): the region's administrator manages the
 * region defaults and any municipality's own entries; a municipal administrator only her own municipality's entries,
 * and switches region defaults off or on for it. Another municipality is "not found". Nothing is changed in place: a
 * change is a new version and the old one is archived, so a decision already taken keeps its reason and text. Every
 * change is in the screen's history and in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.MUNICIPAL_ADMIN + "')")
public class ReasonCatalogueService {

    static final String FIELD_NL = "reasons.field.text-nl";
    static final String FIELD_EN = "reasons.field.text-en";
    static final String FIELD_CATEGORY = "reasons.field.category";

    private final ReasonStore store;
    private final ReasonCatalogue catalogue;
    private final CurrentUser currentUser;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final Clock clock;

    ReasonCatalogueService(ReasonStore store, ReasonCatalogue catalogue, CurrentUser currentUser,
            MunicipalityService municipalities, AuditService audit, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.municipalities = municipalities;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the officer's choices

    /** The reasons (or extra checklist items) offered to the signed-in officer: the region's and her municipality's. */
    @PreAuthorize("hasRole('" + Roles.OFFICER + "')")
    public List<ReasonEntry> offered(ReasonKind kind) {
        return catalogue.offered(kind, officerMunicipality());
    }

    // ---- the administrators' screen

    /**
     * The entries of one kind as the screen lists them: with a municipality, the region defaults (switched on or off
     * for it) and its own entries; without, the region defaults only (the region's administrator).
     */
    public List<CatalogueLine> catalogue(ReasonKind kind, @Nullable String municipalityId) {
        requireScope(municipalityId, false);
        Set<String> off = municipalityId == null ? Set.of() : store.switchedOff(municipalityId);
        boolean admin = isRegionAdmin();
        List<CatalogueLine> lines = new ArrayList<>();
        for (ReasonEntry e : store.current(kind, municipalityId)) {
            lines.add(new CatalogueLine(e, off.contains(e.lineage()), admin || !e.regionDefault()));
        }
        return lines;
    }

    /** Adds an entry to the region (municipality null: the region's administrator only) or to a municipality. */
    @Transactional
    public ReasonEntry add(@Nullable String municipalityId, ReasonDraft draft) {
        requireScope(municipalityId, true);
        ReasonDraft clean = checked(draft, municipalityId, null);
        long id = store.insert(ReasonStore.newLineage(), clean.kind(), municipalityId, clean.category(), null,
                clean.textNl(), clean.textEn(), clean.required(), clock.instant());
        return recorded(municipalityId, id, "ADDED");
    }

    /**
     * Changes an entry: a new version of the same lineage; the old version is archived and stays what earlier
     * decisions show. A built-in default gets its own texts from then on.
     */
    @Transactional
    public ReasonEntry change(long entryId, ReasonDraft draft) {
        ReasonEntry old = current(entryId);
        requireScope(old.municipalityId(), true);
        if (draft.kind() != old.kind()) {
            throw new Refusal("reasons.error.kind-changed");
        }
        ReasonDraft clean = checked(draft, old.municipalityId(), old.lineage());
        if (!store.archive(old.id(), clock.instant())) {
            throw new Refusal("reasons.error.changed-meanwhile");
        }
        long id = store.insert(old.lineage(), old.kind(), old.municipalityId(), clean.category(), null,
                clean.textNl(), clean.textEn(), clean.required(), clock.instant());
        return recorded(old.municipalityId(), id, "CHANGED");
    }

    /** Archives an entry: no longer offered; decisions taken with it keep it. */
    @Transactional
    public void archive(long entryId) {
        ReasonEntry old = current(entryId);
        requireScope(old.municipalityId(), true);
        if (!store.archive(old.id(), clock.instant())) {
            throw new Refusal("reasons.error.changed-meanwhile");
        }
        recorded(old.municipalityId(), old.id(), "ARCHIVED");
    }

    /** Switches a region default off (or on again) for one municipality. */
    @Transactional
    public void switchDefault(String municipalityId, long entryId, boolean on) {
        requireScope(municipalityId, false);
        ReasonEntry e = current(entryId);
        if (!e.regionDefault()) {
            throw new Refusal("error.not-found");
        }
        boolean isOff = store.switchedOff(municipalityId).contains(e.lineage());
        if (isOff == !on) {
            return;
        }
        if (on) {
            store.switchOn(municipalityId, e.lineage());
        } else {
            store.switchOff(municipalityId, e.lineage(), clock.instant());
        }
        recorded(municipalityId, e.id(), on ? "SWITCHED_ON" : "SWITCHED_OFF");
    }

    /** The changes of the region (null) or of one municipality, newest first. */
    public List<ReasonChange> history(@Nullable String municipalityId) {
        requireScope(municipalityId, false);
        return store.changes(municipalityId, 200);
    }

    // ----

    private ReasonEntry recorded(@Nullable String municipalityId, long entryId, String action) {
        store.history(municipalityId, entryId, action, currentUser.require().id(), clock.instant());
        ReasonEntry e = store.entry(entryId).orElseThrow();
        audit.record(AuditAction.RULES_CHANGED, "REASON", Long.toString(entryId),
                action.toLowerCase(Locale.ROOT) + " " + e.kind() + " " + (e.category() == null ? "" : e.category())
                        + " for " + (municipalityId == null ? "region" : municipalityId));
        return e;
    }

    private ReasonEntry current(long entryId) {
        ReasonEntry e = store.entry(entryId).orElseThrow(() -> new Refusal("error.not-found"));
        // a region default is there for every administrator to read (and to switch off for her municipality)
        if (!e.regionDefault() && !mayReach(e.municipalityId())) {
            throw new Refusal("error.not-found");
        }
        if (e.archived()) {
            throw new Refusal("reasons.error.changed-meanwhile");
        }
        return e;
    }

    /** The region (null) or a municipality the signed-in administrator may see; {@code write}: may change it. */
    private void requireScope(@Nullable String municipalityId, boolean write) {
        if (municipalityId == null) {
            if (!isRegionAdmin() && write) {
                throw new Refusal("reasons.error.region-only");
            }
            if (!isRegionAdmin()) {
                throw new Refusal("error.not-found");
            }
            return;
        }
        if (!mayReach(municipalityId) || municipalities.find(municipalityId).isEmpty()) {
            throw new Refusal("error.not-found");
        }
    }

    private boolean mayReach(@Nullable String municipalityId) {
        SignedInUser me = currentUser.require();
        if (me.hasRole(Roles.ADMIN)) {
            return true;
        }
        return municipalityId != null && me.hasRole(Roles.MUNICIPAL_ADMIN)
                && municipalityId.equals(me.municipalityId());
    }

    private boolean isRegionAdmin() {
        return currentUser.require().hasRole(Roles.ADMIN);
    }

    private String officerMunicipality() {
        String m = currentUser.require().municipalityId();
        if (m == null) {
            throw new Refusal("error.not-found");
        }
        return m;
    }

    /**
     * The draft with its texts checked (1..200 characters, no invisible characters, each named by its field), its
     * category one of the kind's, and no other current entry of the same scope or the region with the same text.
     */
    private ReasonDraft checked(ReasonDraft d, @Nullable String municipalityId, @Nullable String ownLineage) {
        String nl = FreeText.line(d.textNl(), ReasonDraft.TEXT_MAX, FIELD_NL);
        String en = FreeText.line(d.textEn(), ReasonDraft.TEXT_MAX, FIELD_EN);
        String category = d.kind() == ReasonKind.CHECK ? null : d.category();
        if (d.kind() != ReasonKind.CHECK && (category == null || !d.kind().categories().contains(category))) {
            throw new Refusal("reasons.error.category", new nl.erkenningsportaal.platform.FieldLabel(FIELD_CATEGORY));
        }
        for (ReasonEntry e : store.current(d.kind(), municipalityId)) {
            if (e.lineage().equals(ownLineage)) {
                continue;
            }
            if (nl.equalsIgnoreCase(String.valueOf(e.textNl()))) {
                throw new Refusal("reasons.error.duplicate", new nl.erkenningsportaal.platform.FieldLabel(FIELD_NL));
            }
            if (en.equalsIgnoreCase(String.valueOf(e.textEn()))) {
                throw new Refusal("reasons.error.duplicate", new nl.erkenningsportaal.platform.FieldLabel(FIELD_EN));
            }
        }
        return new ReasonDraft(d.kind(), category, nl, en, d.kind() == ReasonKind.CHECK && d.required());
    }
}
