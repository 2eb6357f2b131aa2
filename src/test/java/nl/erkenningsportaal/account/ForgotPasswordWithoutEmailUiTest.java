package nl.erkenningsportaal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: the forgotten-password page asks for an e-mail address, which is optional; a worker without one (or
 * without access to it) reads there, in her language, that an officer's code is the way back in, and the link opens
 * the page where she uses that code.
 */
class ForgotPasswordWithoutEmailUiTest extends KaribuTest {

    @Test
    void the_forgotten_password_page_tells_a_worker_without_e_mail_about_the_officers_code_and_leads_there() {
        UI.getCurrent().navigate("wachtwoord-vergeten");
        _get(H2.class, s -> s.withText("Geen e-mailadres?"));
        assertThat(_get(Paragraph.class, s -> s.withText("Heeft u geen bevestigd e-mailadres in het portaal, of kunt "
                + "u er niet meer bij? Vraag dan een handhaver van uw gemeente om een herstelcode. Dat kan alleen als u "
                + "de handhaver zelf ziet. Met de code kiest u zelf een nieuw wachtwoord.")).isVisible()).isTrue();
        RouterLink recover = _get(RouterLink.class, s -> s.withText("Toegang herstellen met een code van de handhaver"));
        assertThat(recover.getHref()).isEqualTo("toegang-herstellen");

        UI.getCurrent().navigate(recover.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("toegang-herstellen");
        _get(TextField.class, s -> s.withLabel("Herstelcode"));
    }

    @Test
    void the_way_without_e_mail_is_in_the_readers_language() {
        locale(PortalI18nProvider.POLISH);
        UI.getCurrent().navigate("wachtwoord-vergeten");
        _get(H2.class, s -> s.withText("Brak adresu e-mail?"));
        _get(RouterLink.class, s -> s.withText("Odzyskanie dostępu za pomocą kodu od inspektora"));
    }

    @Test
    void the_way_without_e_mail_is_in_thai_for_a_thai_reader() {
        locale(PortalI18nProvider.THAI);
        UI.getCurrent().navigate("wachtwoord-vergeten");
        _get(RouterLink.class, s -> s.withText("กู้คืนการเข้าใช้ด้วยรหัสจากเจ้าหน้าที่เทศกิจ"));
    }
}
