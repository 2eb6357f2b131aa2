package nl.erkenningsportaal.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.OwnEmail;
import nl.erkenningsportaal.privacy.PersonalDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The worker's e-mail address, inbox, mails and GGD appointment notices, for export and erasure. */
@Component
class NotificationPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;
    private final AccountContacts contacts;

    NotificationPersonalData(JdbcTemplate jdbc, AccountContacts contacts) {
        this.jdbc = jdbc;
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
        data.put("inbox", jdbc.queryForList("SELECT subject_key, body_key, arguments, created_at, read_at "
                + "FROM inbox_message WHERE account_id = ? ORDER BY created_at", accountId).stream()
                .map(NotificationPersonalData::plain).toList());
        data.put("mails", jdbc.queryForList("SELECT template, language, status, attempts, created_at, sent_at "
                + "FROM notification_mail WHERE account_id = ? ORDER BY created_at", accountId).stream()
                .map(NotificationPersonalData::plain).toList());
        data.put("appointmentNotices", jdbc.queryForList("SELECT booking_ref, starts_at, ends_at, location, cancelled "
                + "FROM notification_booking WHERE account_id = ? ORDER BY starts_at", accountId).stream()
                .map(NotificationPersonalData::plain).toList());
        return data;
    }

    @Override
    public void erase(long accountId) {
        // the account module's link tokens go with the account itself (their foreign key cascades)
        for (String table : List.of("inbox_message", "notification_mail", "notification_booking")) {
            jdbc.update("DELETE FROM " + table + " WHERE account_id = ?", accountId);
        }
        contacts.forgetEmail(accountId);
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, v == null || v instanceof Number || v instanceof Boolean ? v : v.toString()));
        return out;
    }
}
