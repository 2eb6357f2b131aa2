package nl.erkenningsportaal.municipality;

import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities of the region and their settings. Reading is open to every module; changing is for admins. */
@Service
@Transactional(readOnly = true)
public class MunicipalityService {

    private final MunicipalityRepository repository;
    private final AuditService audit;

    MunicipalityService(MunicipalityRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Municipality> all() {
        return repository.findAllByOrderByNameAsc().stream().map(MunicipalityEntity::toRecord).toList();
    }

    public List<Municipality> participating() {
        return all().stream().filter(Municipality::participating).toList();
    }

    public Optional<Municipality> find(String id) {
        return repository.findById(id).map(MunicipalityEntity::toRecord);
    }

    public Optional<Municipality> findByName(String name) {
        return all().stream().filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Municipality updateSettings(String id, MunicipalitySettings settings) {
        validate(settings);
        MunicipalityEntity entity = repository.findById(id)
                .orElseThrow(() -> new Refusal("error.not-found"));
        entity.apply(settings);
        audit.record(AuditAction.MUNICIPALITY_SETTINGS_CHANGED, "MUNICIPALITY", id, describe(settings));
        return repository.saveAndFlush(entity).toRecord();
    }

    private static String describe(MunicipalitySettings s) {
        return "participating=%s validity=%dm declined=%dm ended=%dy bookings=%dm".formatted(
                s.participating(), s.recognitionValidityMonths(), s.retentionDeclinedMonths(),
                s.retentionEndedYears(), s.retentionBookingsMonths());
    }

    static void validate(MunicipalitySettings s) {
        requireRange(s.recognitionValidityMonths(), MunicipalitySettings.MAX_MONTHS);
        requireRange(s.retentionDeclinedMonths(), MunicipalitySettings.MAX_MONTHS);
        requireRange(s.retentionEndedYears(), MunicipalitySettings.MAX_YEARS);
        requireRange(s.retentionBookingsMonths(), MunicipalitySettings.MAX_MONTHS);
        // a line break here would end the mail's From header; invisible characters would disguise the sender
        FreeText.line(s.mailSenderName(), MunicipalitySettings.SENDER_NAME_MAX);
    }

    private static void requireRange(int value, int max) {
        if (value < 1 || value > max) {
            throw new Refusal("error.number-range", 1, max);
        }
    }
}
