package nl.erkenningsportaal.municipality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditEntry;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.FieldLabel;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities of the region, their settings and retention terms, and the region's own retention terms.
 * Reading is open to every module; changing is for admins.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityService {

    /** The region of every municipality: Drenthe, with its one trafficking coordinator. */
    public static final String REGION = "DRENTHE";

    /** The region's administrator, or a municipal administrator for her own municipality ({@code #id}). */
    static final String OWN_OR_REGION = "hasRole('" + Roles.ADMIN + "') or (hasRole('" + Roles.MUNICIPAL_ADMIN
            + "') and @municipalScope.isOwn(#id))";

    /** The labels of the settings form's fields, named by a refusal so the page shows it on the field. */
    public static final String VALIDITY_FIELD = "municipality.validity";
    public static final String REMINDER_FIELD = "municipality.reminder";
    public static final String SENDER_FIELD = "municipality.sender";
    /** The prefix of a retention term's field label; the term's name follows. */
    public static final String RETENTION_FIELD = "privacy.retention.term.";

    /** The audit trail names a staff actor "account:ID:username"; the history keeps the id only. */
    private static final Pattern STAFF_ID = Pattern.compile("^account:(\\d+):");

    private final MunicipalityRepository repository;
    private final RegionSettingStore regions;
    private final SettingHistoryStore history;
    private final PostcodeAreas postcodes;
    private final List<MunicipalityCases> cases;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MunicipalityService(MunicipalityRepository repository, RegionSettingStore regions, SettingHistoryStore history,
            PostcodeAreas postcodes, List<MunicipalityCases> cases, AuditService audit,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.regions = regions;
        this.history = history;
        this.postcodes = postcodes;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<Municipality> all() {
        return repository.findAllByOrderByNameAsc().stream().map(MunicipalityEntity::toRecord).toList();
    }

    public List<Municipality> participating() {
        return all().stream().filter(Municipality::participating).toList();
    }

    /** The municipalities the signed-in administrator manages: every one for the region's, her own for a municipal one. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.MUNICIPAL_ADMIN + "')")
    @PostFilter("hasRole('" + Roles.ADMIN + "') or @municipalScope.isOwn(filterObject.id())")
    public List<Municipality> manageable() {
        return new ArrayList<>(all());
    }

    public Optional<Municipality> find(String id) {
        return repository.findById(id).map(MunicipalityEntity::toRecord);
    }

    public Optional<Municipality> findByName(String name) {
        return all().stream().filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * Changes a municipality's settings: the region's administrator any, a municipal administrator her own. Each
     * changed value is added to the settings' history. A new validity applies to recognitions granted from now on
     * (one already granted keeps its end date); a new reminder lead time to reminders not yet sent.
     */
    @Transactional
    @PreAuthorize(OWN_OR_REGION)
    public Municipality updateSettings(String id, MunicipalitySettings settings) {
        validate(settings);
        MunicipalityEntity entity = repository.findById(id)
                .orElseThrow(() -> new Refusal("error.not-found"));
        MunicipalitySettings before = entity.toRecord().settings();
        entity.apply(settings);
        AuditEntry entry = audit.record(AuditAction.MUNICIPALITY_SETTINGS_CHANGED, "MUNICIPALITY", id,
                describe(settings));
        Long by = staffId(entry);
        changed(id, SettingChange.VALIDITY, before.recognitionValidityMonths(), settings.recognitionValidityMonths(),
                by);
        changed(id, SettingChange.REMINDER, before.reminderDaysBefore(), settings.reminderDaysBefore(), by);
        changed(id, SettingChange.SENDER, before.mailSenderName(), settings.mailSenderName().strip(), by);
        return repository.saveAndFlush(entity).toRecord();
    }

    /** The history of a municipality's settings, newest first. */
    @PreAuthorize(OWN_OR_REGION)
    public List<SettingChange> settingsHistory(String id) {
        return history.of(id);
    }

    /** What joining or leaving would mean for the municipality, in real counts, shown before confirming. */
    @PreAuthorize(OWN_OR_REGION)
    public ParticipationImpact participationImpact(String id) {
        Municipality m = find(id).orElseThrow(() -> new Refusal("error.not-found"));
        long active = cases.stream().mapToLong(c -> c.activeRecognitions(id)).sum();
        long open = cases.stream().mapToLong(c -> c.openRequests(id)).sum();
        var last = cases.stream().flatMap(c -> c.lastValidUntil(id).stream()).max(java.util.Comparator.naturalOrder())
                .orElse(null);
        return new ParticipationImpact(m, postcodes.areasOf(m.name()), active, open, last);
    }

    /** The municipality joins the regional policy: its postcode areas accept requests, its officers can work. */
    @Transactional
    @PreAuthorize(OWN_OR_REGION)
    public Municipality join(String id) {
        return participate(id, true);
    }

    /**
     * The municipality leaves the regional policy: no new requests from its postcodes; its recognitions stay valid
     * until their end date without renewal, and their workers are told ({@link MunicipalityLeftPolicy}).
     */
    @Transactional
    @PreAuthorize(OWN_OR_REGION)
    public Municipality leave(String id) {
        return participate(id, false);
    }

    private Municipality participate(String id, boolean taking) {
        MunicipalityEntity entity = repository.findById(id).orElseThrow(() -> new Refusal("error.not-found"));
        if (entity.toRecord().participating() == taking) {
            throw new Refusal(taking ? "municipality.error.already-joined" : "municipality.error.already-left");
        }
        entity.participate(taking);
        AuditEntry entry = audit.record(taking ? AuditAction.MUNICIPALITY_JOINED : AuditAction.MUNICIPALITY_LEFT,
                "MUNICIPALITY", id, null);
        changed(id, SettingChange.PARTICIPATING, !taking, taking, staffId(entry));
        events.publishEvent(taking ? new MunicipalityJoinedPolicy(id) : new MunicipalityLeftPolicy(id));
        return repository.saveAndFlush(entity).toRecord();
    }

    private void changed(String id, String setting, Object before, Object after, @Nullable Long by) {
        if (!Objects.equals(before, after)) {
            history.append(id, setting, before.toString(), after.toString(), by, clock.instant());
        }
    }

    private static @Nullable Long staffId(AuditEntry entry) {
        Matcher m = STAFF_ID.matcher(entry.actor());
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** Sets a municipality's retention terms; each must lie within its {@link TermLimit}. */
    @Transactional
    @PreAuthorize(OWN_OR_REGION)
    public Municipality updateRetention(String id, RetentionSettings retention) {
        RetentionSettings.LIMITS.forEach((name, limit) -> requireWithin(retention.value(name), limit, name));
        MunicipalityEntity entity = repository.findById(id)
                .orElseThrow(() -> new Refusal("error.not-found"));
        entity.apply(retention);
        audit.record(AuditAction.MUNICIPALITY_SETTINGS_CHANGED, "MUNICIPALITY", id, "retention " + retention);
        return repository.saveAndFlush(entity).toRecord();
    }

    /** The region's retention terms. */
    public RegionRetention regionRetention() {
        return regions.read(REGION);
    }

    /** Sets the region's retention terms; each must lie within its {@link TermLimit}. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RegionRetention updateRegionRetention(RegionRetention retention) {
        RegionRetention.LIMITS.forEach((name, limit) -> requireWithin(retention.value(name), limit, name));
        regions.write(REGION, retention);
        audit.record(AuditAction.MUNICIPALITY_SETTINGS_CHANGED, "REGION", REGION, "retention " + retention);
        return regions.read(REGION);
    }

    private static String describe(MunicipalitySettings s) {
        return "validity=%dm reminder=%dd".formatted(s.recognitionValidityMonths(), s.reminderDaysBefore());
    }

    /** Refuses a bad value with a message that names its field; nothing is changed. */
    static void validate(MunicipalitySettings s) {
        int months = s.recognitionValidityMonths();
        if (months < 1 || months > MunicipalitySettings.MAX_MONTHS) {
            throw new Refusal("municipality.error.number-range", new FieldLabel(VALIDITY_FIELD), 1,
                    MunicipalitySettings.MAX_MONTHS);
        }
        int maxDays = MunicipalitySettings.maxReminderDays(months);
        if (s.reminderDaysBefore() < 1 || s.reminderDaysBefore() > maxDays) {
            throw new Refusal("municipality.error.reminder-range", new FieldLabel(REMINDER_FIELD), 1, maxDays);
        }
        // a line break here would end the mail's From header; invisible characters would disguise the sender
        FreeText.line(s.mailSenderName(), MunicipalitySettings.SENDER_NAME_MAX, SENDER_FIELD);
    }

    /** A retention term outside its range, refused on its field ({@code privacy.retention.term.<name>}). */
    private static void requireWithin(int value, TermLimit limit, String term) {
        if (!limit.allows(value)) {
            throw new Refusal("municipality.error.number-range", new FieldLabel(RETENTION_FIELD + term), limit.min(),
                    limit.max());
        }
    }
}
