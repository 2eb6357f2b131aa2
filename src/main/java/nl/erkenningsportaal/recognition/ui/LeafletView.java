package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.PortalSettings;
import nl.erkenningsportaal.platform.QrCode;

/**
 * The leaflet an officer hands over at the door (issue 21), for her own municipality, in the language of the person
 * at the door, with Dutch beside it if she likes: what recognition is, that it is voluntary, the free GGD
 * consultation, the help lines, and a QR code and the short address of the portal. It says what the landing page
 * says, in the same words (the same keys), so its facts and help lines are the ones already checked there. No name,
 * address or number on it.
 *
 * <p>Printed with the browser's own print command on A4; the print style sheet leaves only the leaflet on the paper.
 * The browser, not a PDF library on the server, lays out the text: it shapes and breaks Thai lines and draws every
 * script with the fonts the screens already need, and its "save as PDF" embeds them (decision 0032).
 */
@Route("handhaving/folder")
@Menu(title = "recognition.nav.leaflet", order = 25)
@RolesAllowed(Roles.OFFICER)
@StyleSheet("styles/leaflet.css")
public class LeafletView extends Main implements HasDynamicTitle {

    /** The landing page's texts the leaflet holds, as title and text keys. */
    static final List<String> SECTIONS = List.of("landing.what", "landing.voluntary", "landing.ggd", "landing.help");

    private final String municipality;
    private final String portalUrl;
    private final Div leaflet = new Div();
    private final Select<Locale> language = new Select<>();
    private final Checkbox withDutch = new Checkbox();

    LeafletView(CurrentUser currentUser, MunicipalityService municipalities, PortalSettings settings) {
        addClassName("portal-page");
        this.municipality = municipalities.find(String.valueOf(currentUser.require().municipalityId()))
                .map(Municipality::name).orElse("");
        String url = settings.publicUrl().toString();
        this.portalUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;

        language.setLabel(getTranslation("recognition.leaflet.language"));
        language.setItems(PortalI18nProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(PortalI18nProvider.supported(getLocale()));
        withDutch.setLabel(getTranslation("recognition.leaflet.with-dutch"));
        language.addValueChangeListener(e -> draw());
        withDutch.addValueChangeListener(e -> draw());

        Div tools = new Div(new Paragraph(getTranslation("recognition.leaflet.intro")),
                new Paragraph(getTranslation("recognition.leaflet.how-to-print")), language, withDutch);
        tools.addClassNames("portal-no-print", "portal-leaflet-tools");
        leaflet.addClassName("portal-leaflet");
        H1 title = new H1(getTranslation("recognition.leaflet.title"));
        title.addClassName("portal-no-print");
        add(title, tools, leaflet);
        draw();
    }

    private void draw() {
        Locale in = language.getValue() == null ? PortalI18nProvider.DUTCH : language.getValue();
        withDutch.setEnabled(!in.equals(PortalI18nProvider.DUTCH));
        List<Locale> sides = new ArrayList<>(List.of(in));
        if (withDutch.getValue() && !in.equals(PortalI18nProvider.DUTCH)) {
            sides.add(PortalI18nProvider.DUTCH);
        }
        leaflet.removeAll();
        leaflet.getElement().setAttribute("data-sides", String.valueOf(sides.size()));
        Div columns = new Div();
        columns.addClassName("portal-leaflet-columns");
        sides.forEach(side -> columns.add(side(side)));
        leaflet.add(columns, portal(sides));
    }

    /** The leaflet's text in one language. */
    private Article side(Locale in) {
        Article side = new Article(new Paragraph(t(in, "recognition.letter.sender", municipality)),
                new H2(t(in, "landing.title")), new Paragraph(t(in, "landing.intro")));
        for (String section : SECTIONS) {
            side.add(new H2(t(in, section + ".title")), new Paragraph(t(in, section + ".text")));
        }
        side.getElement().setAttribute("lang", in.getLanguage());
        side.addClassName("portal-leaflet-side");
        return side;
    }

    /** The way to the portal: the QR code once, the words beneath it in every language of the leaflet. */
    private Div portal(List<Locale> sides) {
        byte[] svg = QrCode.svg(portalUrl).getBytes(StandardCharsets.UTF_8);
        DownloadHandler image = event -> {
            event.setContentType("image/svg+xml");
            event.setFileName("portal-qr.svg");
            event.getOutputStream().write(svg);
        };
        Image qr = new Image(image, t(sides.getFirst(), "recognition.leaflet.qr"));
        qr.addClassName("portal-leaflet-qr");
        Div words = new Div();
        for (Locale in : sides) {
            Div side = new Div(new H2(t(in, "recognition.leaflet.portal-title")),
                    new Paragraph(t(in, "recognition.leaflet.portal", portalUrl)));
            side.getElement().setAttribute("lang", in.getLanguage());
            words.add(side);
        }
        Span address = new Span(portalUrl);
        address.addClassName("portal-leaflet-address");
        Div portal = new Div(qr, words, address);
        portal.addClassName("portal-leaflet-portal");
        return portal;
    }

    private String t(Locale locale, String key, Object... arguments) {
        return getTranslation(locale, key, arguments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recognition.leaflet.title") + " | " + getTranslation("app.name");
    }
}
