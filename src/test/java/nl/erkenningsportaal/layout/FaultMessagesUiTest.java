package nl.erkenningsportaal.layout;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;

import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a person reads when an action fails: the calm "briefly unavailable" text in their language while the database
 * is unreachable, a refusal's own text, and for anything else a generic text that never shows the fault's message.
 * {@code platform.DatabaseOutageIT} shows the same in Chromium with a real outage.
 */
class FaultMessagesUiTest extends KaribuTest {

    @Autowired
    FaultNotifier notifier;

    @Autowired
    PortalI18nProvider i18n;

    static ErrorEvent outage() {
        return new ErrorEvent(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("embedded-mariadb - Connection is not available", "08000")));
    }

    @Test
    void an_action_failing_while_the_database_is_unreachable_shows_the_calm_message_in_every_language() {
        for (var language : PortalI18nProvider.LOCALES) {
            locale(language);
            notifier.error(outage());
            expectNotifications(i18n.getTranslation("error.unavailable.text", language));
        }
        locale(PortalI18nProvider.DUTCH);
        notifier.error(outage());
        expectNotifications("Door een storing kon dit nu niet worden opgeslagen of getoond. Uw gegevens zijn niet "
                + "verloren en niets is half opgeslagen. Probeer het over een minuut opnieuw.");
    }

    @Test
    void any_other_fault_shows_a_generic_message_and_not_the_faults_own_text() {
        notifier.error(new ErrorEvent(new IllegalStateException("Duplicate entry 'ana@example.org'")));
        expectNotifications("Er ging iets mis. Probeer het over een paar minuten opnieuw.");
    }

    @Test
    void a_refusal_nobody_caught_shows_its_own_message() {
        notifier.error(new ErrorEvent(new RuntimeException(new Refusal("error.username-taken"))));
        expectNotifications("Deze gebruikersnaam is al in gebruik.");
    }
}
