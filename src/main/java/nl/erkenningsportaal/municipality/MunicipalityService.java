package nl.erkenningsportaal.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
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

    private final MunicipalityRepository repository;
    private final RegionSettingStore regions;
    private final AuditService audit;

    MunicipalityService(MunicipalityRepository repository, RegionSettingStore regions, AuditService audit) {
        this.repository = repository;
        this.regions = regions;
        this.audit = audit;
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

    /** Changes a municipality's settings: the region's administrator any, a municipal administrator her own. */
    @Transactional
    @PreAuthorize(OWN_OR_REGION)
    public Municipality updateSettings(String id, MunicipalitySettings settings) {
        validate(settings);
        MunicipalityEntity entity = repository.findById(id)
                .orElseThrow(() -> new Refusal("error.not-found"));
        entity.apply(settings);
        audit.record(AuditAction.MUNICIPALITY_SETTINGS_CHANGED, "MUNICIPALITY", id, describe(settings));
        return repository.saveAndFlush(entity).toRecord();
    }

    /** Sets a municipality's retention terms; each must lie within its {@link TermLimit}. */
    @Transactional
    @PreAuthorize(OWN_OR_REGION)
    public Municipality updateRetention(String id, RetentionSettings retention) {
        RetentionSettings.LIMITS.forEach((name, limit) -> requireWithin(retention.value(name), limit));
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
        RegionRetention.LIMITS.forEach((name, limit) -> requireWithin(retention.value(name), limit));
        regions.write(REGION, retention);
        audit.record(AuditAction.MUNICIPALITY_SETTINGS_CHANGED, "REGION", REGION, "retention " + retention);
        return regions.read(REGION);
    }

    private static String describe(MunicipalitySettings s) {
        return "participating=%s validity=%dm".formatted(s.participating(), s.recognitionValidityMonths());
    }

    static void validate(MunicipalitySettings s) {
        requireWithin(s.recognitionValidityMonths(), new TermLimit(1, MunicipalitySettings.MAX_MONTHS,
                java.time.temporal.ChronoUnit.MONTHS));
        // a line break here would end the mail's From header; invisible characters would disguise the sender
        FreeText.line(s.mailSenderName(), MunicipalitySettings.SENDER_NAME_MAX, "municipality.sender");
    }

    private static void requireWithin(int value, TermLimit limit) {
        if (!limit.allows(value)) {
            throw new Refusal("error.number-range", limit.min(), limit.max());
        }
    }
}
