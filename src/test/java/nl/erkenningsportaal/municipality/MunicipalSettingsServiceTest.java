package nl.erkenningsportaal.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A municipality's settings through the service: a municipal administrator changes her own (De Wolden) and nothing
 * of Assen; a bad value is refused naming its field and changes nothing; every change is in the history.
 */
@IntegrationTest
class MunicipalSettingsServiceTest {

    static final String ASSEN = "GM0106";
    static final String DE_WOLDEN = "GM1690";

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_municipal_administrator_of_de_wolden_reaches_nothing_of_assen() {
        accounts.signInAs(Roles.MUNICIPAL_ADMIN, DE_WOLDEN);
        Municipality assen = municipalities.find(ASSEN).orElseThrow();
        List<Runnable> calls = List.of(() -> municipalities.updateSettings(ASSEN, assen.settings()),
                () -> municipalities.updateRetention(ASSEN, assen.retention()),
                () -> municipalities.settingsHistory(ASSEN), () -> municipalities.participationImpact(ASSEN),
                () -> municipalities.join(ASSEN), () -> municipalities.leave(ASSEN),
                () -> municipalities.updateRegionRetention(municipalities.regionRetention()));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(municipalities.find(ASSEN).orElseThrow()).isEqualTo(assen);
        assertThat(municipalities.manageable()).extracting(Municipality::id).containsExactly(DE_WOLDEN);
    }

    @Test
    void a_municipal_administrator_changes_her_own_lead_time_and_the_history_names_her_staff_id() {
        SignedInUser admin = accounts.signInAs(Roles.MUNICIPAL_ADMIN, DE_WOLDEN);
        MunicipalitySettings before = municipalities.find(DE_WOLDEN).orElseThrow().settings();
        int lead = before.reminderDaysBefore() == 21 ? 22 : 21;
        try {
            municipalities.updateSettings(DE_WOLDEN, new MunicipalitySettings(before.recognitionValidityMonths(),
                    lead, before.mailSenderName()));

            assertThat(municipalities.find(DE_WOLDEN).orElseThrow().settings().reminderDaysBefore()).isEqualTo(lead);
            SettingChange newest = municipalities.settingsHistory(DE_WOLDEN).getFirst();
            assertThat(newest.setting()).isEqualTo(SettingChange.REMINDER);
            assertThat(newest.oldValue()).isEqualTo(Integer.toString(before.reminderDaysBefore()));
            assertThat(newest.newValue()).isEqualTo(Integer.toString(lead));
            assertThat(newest.changedBy()).isEqualTo(admin.id());
            // her own retention terms too
            municipalities.updateRetention(DE_WOLDEN, municipalities.find(DE_WOLDEN).orElseThrow().retention());
            accounts.signInAs(Roles.ADMIN, null);
            assertThat(audit.forSubject("MUNICIPALITY", DE_WOLDEN)).first()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.MUNICIPALITY_SETTINGS_CHANGED));
        } finally {
            municipalities.updateSettings(DE_WOLDEN, before);
        }
    }

    @Test
    void a_bad_value_is_refused_naming_its_field_and_changes_nothing() {
        accounts.signInAs(Roles.ADMIN, null);
        Municipality before = municipalities.find(ASSEN).orElseThrow();
        MunicipalitySettings s = before.settings();
        int historyBefore = municipalities.settingsHistory(ASSEN).size();

        assertRefusedOn(new MunicipalitySettings(0, s.reminderDaysBefore(), s.mailSenderName()),
                MunicipalityService.VALIDITY_FIELD);
        assertRefusedOn(new MunicipalitySettings(121, s.reminderDaysBefore(), s.mailSenderName()),
                MunicipalityService.VALIDITY_FIELD);
        assertRefusedOn(new MunicipalitySettings(s.recognitionValidityMonths(), 0, s.mailSenderName()),
                MunicipalityService.REMINDER_FIELD);
        // a lead time as long as a one-month validity: the reminder would come before the recognition began
        assertRefusedOn(new MunicipalitySettings(1, 28, s.mailSenderName()), MunicipalityService.REMINDER_FIELD);
        assertRefusedOn(new MunicipalitySettings(s.recognitionValidityMonths(), s.reminderDaysBefore(),
                "Gemeente\nBcc: iemand"), MunicipalityService.SENDER_FIELD);

        assertThat(municipalities.find(ASSEN).orElseThrow()).isEqualTo(before);
        assertThat(municipalities.settingsHistory(ASSEN)).hasSize(historyBefore);
    }

    private void assertRefusedOn(MunicipalitySettings bad, String field) {
        assertThatThrownBy(() -> municipalities.updateSettings(ASSEN, bad)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.field()).as(bad.toString()).contains(field));
    }
}
