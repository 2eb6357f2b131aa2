package nl.erkenningsportaal.consultation;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * A worker's bookings and waiting-list places, for export and erasure. Erasing frees any place still held, so the
 * slot counters stay right; attendance figures already counted elsewhere stay as aggregates.
 */
@Component
class ConsultationPersonalData implements PersonalDataContributor {

    private final ConsultationStore store;

    ConsultationPersonalData(ConsultationStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "consultation";
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bookings", store.bookingsByDate(accountId).stream().map(Object::toString).toList());
        data.put("waitingLists", store.waitingRowsOf(accountId).stream().map(Object::toString).toList());
        return data;
    }

    @Override
    public void erase(long accountId) {
        store.eraseWorker(accountId);
    }
}
