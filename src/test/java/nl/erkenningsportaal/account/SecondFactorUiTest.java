package nl.erkenningsportaal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.ui.SecondFactorView;
import nl.erkenningsportaal.account.ui.StaffView;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class SecondFactorUiTest extends KaribuTest {

    private SignedInUser loginWithPasswordOnly(String role, String municipalityId) {
        SignedInUser user = accounts.create(role, municipalityId);
        Authentication auth = TestAccounts.signInWithPasswordOnly(user);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> false);
        UI.getCurrent().navigate("");
        return user;
    }

    @Test
    void after_the_password_only_every_page_leads_to_the_second_factor() {
        loginWithPasswordOnly(Roles.ADMIN, null);
        for (String path : new String[] {"", "beheer/medewerkers", "beheer/gemeenten", "wachtwoord", "berichten"}) {
            UI.getCurrent().navigate(path);
            assertThat(_find(SecondFactorView.class)).as(path).hasSize(1);
            assertThat(_find(StaffView.class)).as(path).isEmpty();
        }
    }

    @Test
    void a_new_staff_member_enrols_with_the_qr_code_or_key_and_is_then_fully_signed_in() {
        loginWithPasswordOnly(Roles.ADMIN, null);
        _get(SecondFactorView.class);
        assertThat(_get(Image.class).getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("QR-code"));
        String key = _get(Span.class, spec -> spec.withId("second-factor-key")).getText().replace(" ", "");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Code uit de app")), "000000");
        _click(_get(Button.class, spec -> spec.withText("Instellen en inloggen")));
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .isInstanceOf(PortalAuthentications.PasswordStep.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Code uit de app")), Totp.codeAt(key, Instant.now()));
        _click(_get(Button.class, spec -> spec.withText("Instellen en inloggen")));

        assertThat(_find(ListItem.class)).hasSize(10);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
    }

    @Test
    void a_fully_signed_in_officer_can_open_the_page_and_sees_it_is_set_up() {
        SignedInUser officer = loginWithPasswordOnly(Roles.OFFICER, "GM0106");
        String key = _get(Span.class, spec -> spec.withId("second-factor-key")).getText().replace(" ", "");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code uit de app")), Totp.codeAt(key, Instant.now()));
        _click(_get(Button.class, spec -> spec.withText("Instellen en inloggen")));
        login(officer);
        UI.getCurrent().navigate(SecondFactorView.PATH);
        assertThat(_get(SecondFactorView.class).getElement().getText()).isEmpty();
        assertThat(_find(TextField.class)).isEmpty();
    }
}
