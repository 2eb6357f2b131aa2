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
        data.put("bookings", store.jdbc.query(WorkerBookingService.MY_BOOKINGS + " WHERE b.worker_account_id = ? "
                + "ORDER BY s.session_date", WorkerBookingService::myBooking, accountId).stream()
                .map(Object::toString).toList());
        data.put("waitingLists", store.jdbc.queryForList("SELECT slot_id, created_at FROM consultation_waiting WHERE "
                + "worker_account_id = ?", accountId).stream().map(Object::toString).toList());
        return data;
    }

    @Override
    public void erase(long accountId) {
        store.jdbc.update("UPDATE consultation_slot sl JOIN consultation_booking b ON b.slot_id = sl.id "
                + "SET sl.booked = sl.booked - 1 WHERE b.worker_account_id = ? AND b.status = 'BOOKED'", accountId);
        store.jdbc.update("DELETE FROM consultation_booking WHERE worker_account_id = ?", accountId);
        store.jdbc.update("DELETE FROM consultation_waiting WHERE worker_account_id = ?", accountId);
    }
}
