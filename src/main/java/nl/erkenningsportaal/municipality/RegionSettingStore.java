package nl.erkenningsportaal.municipality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region's retention terms ({@code region_setting}, one row per region). */
@Component
class RegionSettingStore {

    private final JdbcClient jdbc;

    RegionSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RegionRetention read(String region) {
        return jdbc.sql("""
                SELECT retention_signals_months AS signals_months, retention_inbox_months AS inbox_months,
                       retention_idle_account_months AS idle_account_months,
                       retention_idle_notice_weeks AS idle_notice_weeks,
                       retention_disabled_staff_months AS disabled_staff_months, retention_audit_years AS audit_years
                FROM region_setting WHERE region = :region""").param("region", region)
                .query(RegionRetention.class).single();
    }

    void write(String region, RegionRetention r) {
        jdbc.sql("""
                UPDATE region_setting SET retention_signals_months = :signals, retention_inbox_months = :inbox,
                       retention_idle_account_months = :idleAccount, retention_idle_notice_weeks = :idleNotice,
                       retention_disabled_staff_months = :disabledStaff, retention_audit_years = :audit,
                       version = version + 1
                WHERE region = :region""")
                .param("signals", r.signalsMonths()).param("inbox", r.inboxMonths())
                .param("idleAccount", r.idleAccountMonths()).param("idleNotice", r.idleNoticeWeeks())
                .param("disabledStaff", r.disabledStaffMonths()).param("audit", r.auditYears())
                .param("region", region).update();
    }
}
