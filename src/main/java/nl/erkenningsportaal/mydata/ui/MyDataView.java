package nl.erkenningsportaal.mydata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.erkenningsportaal.mydata.DataAccess;
import nl.erkenningsportaal.mydata.MyDataService;
import nl.erkenningsportaal.platform.Roles;

/** The worker sees and downloads everything the portal holds about them, who looked at it, and can erase it all. */
@Route("mijn-gegevens")
@Menu(title = "mydata.nav", order = 60)
@RolesAllowed(Roles.WORKER)
public class MyDataView extends Main implements HasDynamicTitle {

    MyDataView(MyDataService service, AuthenticationContext authentication) {
        addClassName("portal-page");
        add(new H1(getTranslation("mydata.title")), new Paragraph(getTranslation("mydata.intro")));

        UnorderedList looks = new UnorderedList();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Amsterdam"));
        for (DataAccess a : service.whoLooked()) {
            looks.add(new ListItem(format.format(a.at()) + " — " + getTranslation("role." + a.role())
                    + (a.municipalityName() == null ? "" : " (" + a.municipalityName() + ")") + " — "
                    + getTranslation("mydata.action." + a.action())
                    + (a.reason() == null ? "" : " — " + getTranslation("mydata.reason",
                            getTranslation("mydata.reason." + a.reason().name())))));
        }
        if (looks.getChildren().findAny().isEmpty()) {
            looks.add(new ListItem(getTranslation("mydata.nobody")));
        }
        add(new Section(new H2(getTranslation("mydata.looked")), looks));

        Pre readable = new Pre(service.exportJson());
        readable.addClassName("portal-export");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                .DownloadResponse(new java.io.ByteArrayInputStream(service.exportJson()
                        .getBytes(StandardCharsets.UTF_8)), "mijn-gegevens.json", "application/json", -1)),
                getTranslation("mydata.download"));
        download.getElement().setAttribute("download", true);
        add(new Section(new H2(getTranslation("mydata.everything")), download, readable));

        TextField confirmWord = new TextField(getTranslation("mydata.erase.type", getTranslation("mydata.erase.word")));
        Button erase = new Button(getTranslation("mydata.erase.button"), e -> {
            if (!sameWord(getTranslation("mydata.erase.word"), confirmWord.getValue(), getLocale())) {
                confirmWord.setInvalid(true);
                confirmWord.setErrorMessage(getTranslation("mydata.erase.type", getTranslation("mydata.erase.word")));
                return;
            }
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("mydata.erase.button"));
            dialog.setText(getTranslation("mydata.erase.final"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("mydata.erase.button"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(x -> {
                service.eraseEverything();
                authentication.logout();
            });
            dialog.open();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Section(new H2(getTranslation("mydata.erase.title")), new Paragraph(getTranslation(
                "mydata.erase.intro")), confirmWord, erase));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title") + " | " + getTranslation("app.name");
    }

    /**
     * Whether {@code typed} is the confirmation word, in any case and without its accents: a reader whose keyboard
     * has no "Ö" or "Ń" may type TORLES for TÖRLÉS or USUN for USUŃ.
     */
    static boolean sameWord(String word, String typed, Locale locale) {
        return plain(word, locale).equals(plain(typed, locale));
    }

    private static String plain(String text, Locale locale) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(locale);
    }
}
