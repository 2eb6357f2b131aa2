package nl.erkenningsportaal.municipality;

import java.util.List;
import java.util.Set;
import nl.erkenningsportaal.privacy.RetentionTerms;
import nl.erkenningsportaal.privacy.Term;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The terms the municipalities and the region decided, for the processing register and its retention jobs. */
@Component
class MunicipalityRetentionTerms implements RetentionTerms {

    private final MunicipalityService municipalities;

    MunicipalityRetentionTerms(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public Set<String> settings(Term.Scope scope) {
        return switch (scope) {
            case MUNICIPALITY -> RetentionSettings.LIMITS.keySet();
            case REGION -> RegionRetention.LIMITS.keySet();
            case FIXED -> Set.of();
        };
    }

    @Override
    public int value(String setting, @Nullable String municipalityId) {
        if (RegionRetention.LIMITS.containsKey(setting)) {
            return municipalities.regionRetention().value(setting);
        }
        if (municipalityId == null) {
            throw new IllegalArgumentException("a municipality's term needs the municipality");
        }
        return municipalities.find(municipalityId).orElseThrow().retention().value(setting);
    }

    @Override
    public List<String> municipalities() {
        return municipalities.all().stream().map(Municipality::id).toList();
    }

    @Override
    public List<Scoped> participating() {
        return municipalities.participating().stream().map(m -> new Scoped(m.id(), m.name())).toList();
    }
}
