package nl.erkenningsportaal.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.OwnEmail;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import org.springframework.stereotype.Component;

/** The worker's e-mail address, inbox, mails and GGD appointment notices, for export and erasure. */
@Component
class NotificationPersonalData implements PersonalDataContributor {

    private final NotificationStore store;
    private final MailOutbox outbox;
    private final AccountContacts contacts;

    NotificationPersonalData(NotificationStore store, MailOutbox outbox, AccountContacts contacts) {
        this.store = store;
        this.outbox = outbox;
        this.contacts = contacts;
    }

    @Override
    public String section() {
        return "notification";
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        OwnEmail email = contacts.emailOf(accountId);
        data.put("email", email.email());
        data.put("emailConfirmed", email.confirmed());
        data.put("inbox", store.inboxRowsOf(accountId).stream().map(NotificationPersonalData::plain).toList());
        data.put("mails", outbox.rowsOf(accountId).stream().map(NotificationPersonalData::plain).toList());
        data.put("appointmentNotices", store.appointmentRowsOf(accountId).stream()
                .map(NotificationPersonalData::plain).toList());
        return data;
    }

    @Override
    public void erase(long accountId) {
        store.eraseInbox(accountId);
        outbox.eraseAccount(accountId);
        store.eraseAppointments(accountId);
        // the account module's link tokens go with the account itself (their foreign key cascades)
        contacts.forgetEmail(accountId);
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, v == null || v instanceof Number || v instanceof Boolean ? v : v.toString()));
        return out;
    }
}
