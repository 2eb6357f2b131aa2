package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.information.EditableText;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.PageEdit;
import nl.erkenningsportaal.information.PageStatus;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.ConsentStatus;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.SignUp;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent versions (issue 16): a new major version of the privacy statement asks every worker again at her next
 * sign-in (continue, or withdraw — which erases, after a warning); a minor version asks nobody; a worker who withdrew
 * gives consent again later and makes a new request.
 */
class ConsentVersionsUiTest extends KaribuTest {

    @Autowired
    WorkerRecognitionService workers;

    @Autowired
    InformationService information;

    @Autowired
    JdbcTemplate jdbc;

    /** Every test in this JVM shares the database: no later test's worker is asked because of this one. */
    @AfterEach
    void noMajorVersionLeftBehind() {
        jdbc.update("UPDATE information_page_version SET asks_consent_again = FALSE");
    }

    SignedInUser workerWithConsent() {
        TestAccounts.signOut();
        String username = "versie-" + UUID.randomUUID().toString().substring(0, 8);
        long id = workers.signUp(new SignUp(username, "a long enough password", true,
                workers.privacyStatementVersion()));
        return new SignedInUser(id, username, Roles.WORKER, null, null);
    }

    /** An administrator publishes the Dutch privacy statement again; {@code major}: it asks consent again. */
    int publishPrivacyStatement(boolean major) {
        SignedInUser admin = accounts.create(Roles.ADMIN, null);
        TestAccounts.signIn(admin);
        EditableText text = information.editable(InformationService.PRIVACY, "nl", null);
        int version = information.save(new PageEdit(InformationService.PRIVACY, "nl", null, text.title(),
                text.body() + "\n\nGewijzigd.", PageStatus.PUBLISHED, LocalDate.now(), text.baseVersion(), major))
                .number();
        TestAccounts.signOut();
        return version;
    }

    int consents(SignedInUser worker, int version) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker_consent WHERE account_id = ? AND statement_version = ?"
                + " AND withdrawn_at IS NULL", Integer.class, worker.id(), version);
    }

    static String heading() {
        return _get(H1.class).getText();
    }

    static com.vaadin.flow.component.HasElement page() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @Test
    void a_major_version_asks_the_worker_again_at_her_next_sign_in_until_she_continues() {
        SignedInUser worker = workerWithConsent();
        int version = publishPrivacyStatement(true);

        login(worker);
        assertThat(page()).isInstanceOf(ConsentView.class);
        assertThat(heading()).isEqualTo("De privacyverklaring is veranderd");
        UI.getCurrent().navigate("mijn-aanvraag");
        assertThat(page()).as("every page leads to the question until she answers").isInstanceOf(ConsentView.class);
        UI.getCurrent().navigate("privacy");
        assertThat(page()).as("she may read the statement first").isNotInstanceOf(ConsentView.class);
        UI.getCurrent().navigate("mijn-aanvraag");

        _click(_get(Button.class, s -> s.withText("Toestemming geven en verder")));
        Checkbox agree = _get(Checkbox.class);
        assertThat(agree.isInvalid()).as("continuing needs the box ticked").isTrue();
        assertThat(agree.getErrorMessage()).isEqualTo("U moet eerst toestemming geven voor de privacyverklaring.");
        assertThat(consents(worker, version)).isZero();

        _setValue(agree, true);
        _click(_get(Button.class, s -> s.withText("Toestemming geven en verder")));
        assertThat(consents(worker, version)).isOne();
        assertThat(page()).as("on to where she was going").isInstanceOf(MyRequestView.class);
        UI.getCurrent().navigate("");
        assertThat(page()).isNotInstanceOf(ConsentView.class);
        TestAccounts.signIn(worker);
        assertThat(workers.consentStatus()).isEqualTo(ConsentStatus.CURRENT);
    }

    @Test
    void a_minor_version_asks_nobody_and_a_worker_who_consented_after_the_major_one_is_not_asked() {
        SignedInUser before = workerWithConsent();
        publishPrivacyStatement(false);
        login(before);
        assertThat(page()).isNotInstanceOf(ConsentView.class);

        publishPrivacyStatement(true);
        SignedInUser after = workerWithConsent();
        login(after);
        assertThat(page()).isNotInstanceOf(ConsentView.class);
        TestAccounts.signIn(before);
        assertThat(workers.consentStatus()).isEqualTo(ConsentStatus.ASK_AGAIN);
    }

    @Test
    void withdrawing_warns_first_then_erases_and_later_she_consents_again_and_makes_a_new_request() {
        SignedInUser worker = workerWithConsent();
        TestAccounts.signIn(worker);
        long request = workers.submit(new NewRequest(RecognitionFixtures.identity("Trekt In", "9401 AB"), null));
        publishPrivacyStatement(true);

        login(worker);
        assertThat(page()).isInstanceOf(ConsentView.class);
        _click(_get(Button.class, s -> s.withText("Toestemming intrekken")));
        ConfirmDialog warning = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(warning)).contains("wissen wij meteen en voorgoed uw aanvraag",
                "kan niet ongedaan worden gemaakt", "Later kunt u opnieuw toestemming geven");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class,
                request)).as("nothing is erased before she confirms").isOne();
        ConfirmDialogKt._fireConfirm(warning);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_request WHERE id = ?", Integer.class,
                request)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker_consent WHERE account_id = ? AND withdrawn_at IS "
                + "NULL", Integer.class, worker.id())).isZero();

        UI.getCurrent().navigate("mijn-aanvraag");
        assertThat(page()).as("a worker who said no is not asked again and again").isInstanceOf(MyRequestView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("U heeft uw toestemming ingetrokken. Voor een nieuwe aanvraag geeft u eerst opnieuw "
                        + "toestemming.");
        assertThat(_find(Button.class, s -> s.withText("Aanvraag versturen"))).isEmpty();

        UI.getCurrent().navigate("toestemming");
        assertThat(heading()).isEqualTo("Toestemming geven");
        _setValue(_get(Checkbox.class), true);
        _click(_get(Button.class, s -> s.withText("Toestemming geven")));
        assertThat(page()).isInstanceOf(MyRequestView.class);
        _get(Button.class, s -> s.withText("Aanvraag versturen"));
        TestAccounts.signIn(worker);
        assertThat(workers.consentStatus()).isEqualTo(ConsentStatus.CURRENT);
        long again = workers.submit(new NewRequest(RecognitionFixtures.identity("Trekt In", "9401 AB"), null));
        assertThat(again).isNotEqualTo(request);
    }

    @Test
    void only_the_published_privacy_statement_asks_consent_again() {
        TestAccounts.signIn(accounts.create(Roles.ADMIN, null));
        EditableText text = information.editable(InformationService.PRIVACY, "nl", null);
        assertThatThrownBy(() -> information.save(new PageEdit(InformationService.PRIVACY, "nl", null, text.title(),
                text.body(), PageStatus.DRAFT, LocalDate.now(), text.baseVersion(), true)))
                .isInstanceOf(Refusal.class).hasMessage("information.error.consent-again");
        EditableText accessibility = information.editable(InformationService.ACCESSIBILITY, "nl", null);
        assertThatThrownBy(() -> information.save(new PageEdit(InformationService.ACCESSIBILITY, "nl", null,
                accessibility.title(), accessibility.body(), PageStatus.PUBLISHED, LocalDate.now(),
                accessibility.baseVersion(), true)))
                .isInstanceOf(Refusal.class).hasMessage("information.error.consent-again");
    }

    @Test
    void consent_to_another_version_than_the_one_shown_is_refused() {
        SignedInUser worker = workerWithConsent();
        TestAccounts.signIn(worker);
        workers.withdrawConsentAndErase();
        assertThat(workers.consentStatus()).isEqualTo(ConsentStatus.NONE);
        assertThatThrownBy(() -> workers.giveConsent(true, workers.privacyStatementVersion() - 1))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.consent");
        assertThatThrownBy(() -> workers.giveConsent(false, workers.privacyStatementVersion()))
                .isInstanceOf(Refusal.class).hasMessage("recognition.error.consent");
        assertThat(workers.consentStatus()).isEqualTo(ConsentStatus.NONE);
    }
}
