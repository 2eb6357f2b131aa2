package nl.erkenningsportaal.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.EmailAddressService;
import nl.erkenningsportaal.notification.OutboxMail;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MailPagesUiTest extends KaribuTest {

    @Autowired
    EmailAddressService emails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_worker_enters_an_address_and_is_told_to_confirm_it() {
        login(Roles.WORKER);
        UI.getCurrent().navigate("mijn-e-mail");
        _get(Paragraph.class, spec -> spec.withText(
                "U heeft geen e-mailadres opgegeven. Berichten ziet u alleen in het portaal."));
        String address = "ui" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        _setValue(_get(EmailField.class), address);
        _click(_get(Button.class, spec -> spec.withText("Opslaan en bevestigen")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("portal-email-status")).getText())
                .isEqualTo("Uw e-mailadres " + address + " is nog niet bevestigd. Kijk in uw e-mail voor de link.");
        assertThat(emails.myEmail().email()).isEqualTo(address);
    }

    @Test
    void the_forgotten_password_page_gives_the_same_answer_for_any_address() {
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("wachtwoord-vergeten");
        _setValue(_get(EmailField.class), "nobody-" + UUID.randomUUID() + "@example.org");
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("portal-reset-answer")).getText()).isEqualTo(
                "If this address belongs to an account, we have sent an e-mail with a link. "
                        + "Please also check your spam folder.");
    }

    @Test
    void a_reset_link_that_does_not_exist_shows_that_it_does_not_work() {
        UI.getCurrent().navigate("wachtwoord-herstellen/" + "ab".repeat(32));
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Deze link werkt niet (meer). Misschien is hij al gebruikt of verlopen. Vraag een nieuwe link aan."))
                .isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_sees_a_dead_mail_without_its_address_and_puts_it_back_in_the_queue() {
        var worker = accounts.create(Roles.WORKER, null);
        jdbc.update("""
                INSERT INTO notification_mail (account_id, template, language, arguments, status, attempts,
                    next_attempt_at, last_error, created_at)
                VALUES (?, 'PORTAL_MESSAGE', 'nl', '[]', 'DEAD', 8, UTC_TIMESTAMP(6), 'MailSendException', UTC_TIMESTAMP(6))""",
                worker.id());
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/uitgaande-mail");
        Grid<OutboxMail> grid = _get(Grid.class);
        var rows = GridKt._findAll(grid);
        int row = rows.stream().filter(m -> m.accountId() == worker.id()).findFirst().map(rows::indexOf)
                .orElseThrow();
        OutboxMail dead = rows.get(row);
        assertThat(dead.lastError()).isEqualTo("MailSendException");
        Button retry = (Button) GridKt._getCellComponent(grid, row, "actions");
        assertThat(retry.getAriaLabel()).contains("E-mail " + dead.id() + " opnieuw proberen");
        _click(retry);
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, attempts) FROM notification_mail WHERE id = ?",
                String.class, dead.id())).isEqualTo("QUEUED0");
    }
}
