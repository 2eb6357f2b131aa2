package nl.erkenningsportaal.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SecondFactorEnrolment;
import nl.erkenningsportaal.account.SecondFactorService;
import nl.erkenningsportaal.account.Totp;
import nl.erkenningsportaal.platform.QrCode;
import nl.erkenningsportaal.platform.Refusal;

/**
 * The second step of a login: a code from the authenticator app, or a recovery code. Without a second factor yet,
 * the page enrols one first (QR code and key as text, then ten recovery codes shown once).
 */
@Route(SecondFactorView.PATH)
@PermitAll
public class SecondFactorView extends Main implements HasDynamicTitle {

    public static final String PATH = "tweede-factor";

    private final transient SecondFactorService secondFactor;
    private final transient CurrentUser currentUser;

    SecondFactorView(SecondFactorService secondFactor, CurrentUser currentUser, AuthenticationContext authentication) {
        this.secondFactor = secondFactor;
        this.currentUser = currentUser;
        addClassName("portal-page");
        add(new H1(getTranslation("security.second-factor.title")));
        if (secondFactor.enrolled()) {
            if (currentUser.secondFactorPending()) {
                showCodeEntry();
            } else {
                add(new Paragraph(getTranslation("security.second-factor.active",
                        secondFactor.recoveryCodesLeft())));
            }
        } else {
            showEnrolment();
        }
        if (currentUser.secondFactorPending()) {
            Button cancel = new Button(getTranslation("security.second-factor.cancel"), e -> authentication.logout());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(cancel);
        }
    }

    private void showCodeEntry() {
        TextField code = codeField("security.second-factor.code");
        Button verify = new Button(getTranslation("security.second-factor.verify"), e -> attempt(() -> {
            secondFactor.verify(code.getValue());
            done();
        }, code));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);

        TextField recovery = new TextField(getTranslation("security.second-factor.recovery-code"));
        recovery.setMaxLength(32);
        recovery.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        Button useRecovery = new Button(getTranslation("security.second-factor.use-recovery"), e -> attempt(() -> {
            secondFactor.useRecoveryCode(recovery.getValue());
            done();
        }, recovery));

        VerticalLayout fields = new VerticalLayout(new Paragraph(getTranslation("security.second-factor.intro")), code,
                verify, new H2(getTranslation("security.second-factor.lost-phone")),
                new Paragraph(getTranslation("security.second-factor.recovery-intro")), recovery, useRecovery);
        fields.setPadding(false);
        fields.setMaxWidth("32rem");
        add(fields);
    }

    private void showEnrolment() {
        SecondFactorEnrolment enrolment = secondFactor.startEnrolment();
        byte[] svg = QrCode.svg(enrolment.otpauthUri()).getBytes(StandardCharsets.UTF_8);
        DownloadHandler qrImage = event -> {
            event.setContentType("image/svg+xml");
            event.setFileName("qr.svg");
            event.getOutputStream().write(svg);
        };
        Image qr = new Image(qrImage, getTranslation("security.enrol.qr-alt"));
        qr.setWidth("14rem");
        qr.setHeight("14rem");
        qr.addClassName("portal-qr");
        Span key = new Span(enrolment.groupedKey());
        key.addClassName("portal-secret");
        key.setId("second-factor-key");
        TextField code = codeField("security.enrol.code");
        Button confirm = new Button(getTranslation("security.enrol.confirm"), e -> attempt(() -> {
            List<String> codes = secondFactor.confirmEnrolment(code.getValue());
            showRecoveryCodes(codes);
        }, code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout steps = new VerticalLayout(new Paragraph(getTranslation("security.enrol.intro")), qr,
                new Paragraph(getTranslation("security.enrol.key")), key, code, confirm);
        steps.setPadding(false);
        steps.setMaxWidth("32rem");
        add(steps);
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        add(new H1(getTranslation("security.recovery.title")),
                new Paragraph(getTranslation("security.recovery.intro", codes.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        Button next = new Button(getTranslation("security.recovery.continue"),
                e -> UI.getCurrent().getPage().setLocation("/"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(list), next);
    }

    private TextField codeField(String labelKey) {
        TextField code = new TextField(getTranslation(labelKey));
        code.setMaxLength(Totp.DIGITS + 2);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        return code;
    }

    private void attempt(Runnable action, TextField field) {
        try {
            action.run();
        } catch (Refusal r) {
            field.clear();
            Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** A full page load, so the layout and menu are rebuilt for the now complete login. */
    private void done() {
        UI.getCurrent().getPage().setLocation("/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.second-factor.title") + " | " + getTranslation("app.name");
    }
}
