package nl.erkenningsportaal.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The worker's care requests in her export (with the way to reach her, her note and the messages) and in her erasure.
 * Questions without an account belong to no one the portal knows, so they are in no export; they go within 30 days.
 */
@Component
class ContactPersonalData implements PersonalDataContributor {

    private final CareStore store;

    ContactPersonalData(CareStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "careRequests";
    }

    @Override
    public Map<String, Object> export(long accountId) {
        List<Map<String, Object>> requests = store.ofAccount(accountId).stream().map(r -> {
            CareStore.Opened opened = store.open(r);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", r.topic().name());
            m.put("municipality", r.municipalityId() == null ? Roles.GGD : r.municipalityId());
            m.put("language", r.language());
            m.put("contactMethod", r.method().name());
            m.put("contactDetail", opened.contactDetail() == null ? "" : opened.contactDetail());
            m.put("note", opened.note() == null ? "" : opened.note());
            m.put("status", r.status().name());
            m.put("createdAt", r.createdAt().toString());
            m.put("closedAt", r.closedAt() == null ? "" : r.closedAt().toString());
            m.put("messages", store.messages(r.id()).stream().map(msg -> Map.of("at", msg.at().toString(),
                    "from", msg.fromWorker() ? "you" : msg.authorRole(), "text", msg.text())).toList());
            return m;
        }).toList();
        return Map.of("requests", requests);
    }

    @Override
    public void erase(long accountId) {
        store.eraseOfAccount(accountId);
    }
}
