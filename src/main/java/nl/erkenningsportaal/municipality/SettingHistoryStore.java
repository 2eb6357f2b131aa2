package nl.erkenningsportaal.municipality;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of each municipality's settings ({@code municipality_setting_change}): appended, never changed. */
@Component
class SettingHistoryStore {

    private final JdbcClient jdbc;

    SettingHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String municipalityId, String setting, String oldValue, String newValue, @Nullable Long changedBy,
            Instant at) {
        jdbc.sql("""
                INSERT INTO municipality_setting_change
                    (municipality_id, setting, old_value, new_value, changed_by, changed_at)
                VALUES (:municipality, :setting, :oldValue, :newValue, :changedBy, :at)""")
                .param("municipality", municipalityId).param("setting", setting).param("oldValue", oldValue)
                .param("newValue", newValue).param("changedBy", changedBy).param("at", at).update();
    }

    /** Newest first. */
    List<SettingChange> of(String municipalityId) {
        return jdbc.sql("""
                SELECT municipality_id, setting, old_value, new_value, changed_by, changed_at
                FROM municipality_setting_change WHERE municipality_id = :municipality
                ORDER BY changed_at DESC, id DESC""").param("municipality", municipalityId)
                .query(SettingChange.class).list();
    }
}
