package nl.erkenningsportaal.information.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.PageOverview;
import nl.erkenningsportaal.information.ReviewMark;
import nl.erkenningsportaal.information.SignOffMark;
import nl.erkenningsportaal.information.TextReviewService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Administrators see which translations no native speaker has read yet, per language and per text (each page, and
 * the screens as a whole), and record who read one and when; and they record a municipality's sign-off of a page,
 * after which its readers no longer see the "sample text" line.
 */
@Route("beheer/vertalingen")
@Menu(title = "information.reviews.nav", order = 83)
@RolesAllowed(Roles.ADMIN)
public class TextReviewView extends Main implements HasDynamicTitle {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final transient TextReviewService reviews;
    private final Grid<ReviewMark> grid = new Grid<>();
    private final UnorderedList signOffs = new UnorderedList();

    TextReviewView(TextReviewService reviews, InformationService information, MunicipalityService municipalities) {
        this.reviews = reviews;
        addClassName("portal-page");
        List<PageOverview> pages = information.pagesForEditing().stream()
                .filter(p -> p.publishedVersion() != null).toList();

        grid.addColumn(m -> title(m.subject(), m.title())).setHeader(getTranslation("information.reviews.text"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation("language." + m.language()))
                .setHeader(getTranslation("information.reviews.language")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("information.reviews.state")).setFlexGrow(1);
        grid.setAllRowsVisible(true);

        List<String> subjects = new ArrayList<>(List.of(TextReviewService.SCREENS));
        pages.forEach(p -> subjects.add(p.slug()));
        Select<String> subject = new Select<>();
        subject.setLabel(getTranslation("information.reviews.text"));
        subject.setItems(subjects);
        subject.setItemLabelGenerator(s -> title(s, pages.stream().filter(p -> p.slug().equals(s)).findFirst()
                .map(PageOverview::title).orElse(s)));
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("information.reviews.language"));
        language.setItems(TextReviewService.reviewedLanguages());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        TextField reviewer = new TextField(getTranslation("information.reviews.reviewer"));
        reviewer.setHelperText(getTranslation("information.reviews.reviewer-help", TextReviewService.REVIEWER_MAX));
        reviewer.setMaxLength(TextReviewService.REVIEWER_MAX);
        Button record = new Button(getTranslation("information.reviews.record"), e -> {
            if (subject.getValue() == null || language.getValue() == null) {
                return;
            }
            try {
                reviews.recordReview(subject.getValue(), language.getValue().getLanguage(), reviewer.getValue());
                reviewer.clear();
                saved();
            } catch (Refusal r) {
                error(r);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout reviewForm = new FormLayout(subject, language, reviewer, record);

        Select<PageOverview> page = new Select<>();
        page.setLabel(getTranslation("information.signoff.page"));
        page.setItems(pages);
        page.setItemLabelGenerator(PageOverview::title);
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("information.signoff.municipality"));
        municipality.setItems(municipalities.participating());
        municipality.setItemLabelGenerator(Municipality::name);
        Button signOff = new Button(getTranslation("information.signoff.record"), e -> {
            if (page.getValue() == null || municipality.getValue() == null) {
                return;
            }
            try {
                reviews.signOff(page.getValue().slug(), municipality.getValue().id());
                saved();
            } catch (Refusal r) {
                error(r);
            }
        });
        FormLayout signOffForm = new FormLayout(page, municipality, signOff);

        add(new H1(getTranslation("information.reviews.title")),
                new Paragraph(getTranslation("information.reviews.intro")), grid, reviewForm,
                new H2(getTranslation("information.signoff.title")),
                new Paragraph(getTranslation("information.signoff.intro")), signOffForm, signOffs);
        refresh();
    }

    private void refresh() {
        grid.setItems(reviews.marks());
        signOffs.removeAll();
        for (SignOffMark s : reviews.signOffs()) {
            String entry = getTranslation("information.signoff.entry", s.title(), s.municipalityName(), s.version(),
                    date(s.signedAt()));
            signOffs.add(new ListItem(s.current() ? entry
                    : entry + " " + getTranslation("information.signoff.outdated")));
        }
    }

    private String title(String subject, String pageTitle) {
        return subject.equals(TextReviewService.SCREENS) ? getTranslation("information.reviews.screens") : pageTitle;
    }

    private String state(ReviewMark mark) {
        return getTranslation("information.reviews." + mark.state().name(), mark.reviewer(),
                date(mark.recordedAt()));
    }

    private String date(@Nullable Instant at) {
        return at == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(
                        at.atZone(AMSTERDAM));
    }

    private void saved() {
        refresh();
        Notification.show(getTranslation("information.reviews.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(Refusal r) {
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("information.reviews.title") + " | " + getTranslation("app.name");
    }
}
