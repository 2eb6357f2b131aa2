package nl.erkenningsportaal.information.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.VaadinSession;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.LocalAddition;
import nl.erkenningsportaal.information.RenderedPage;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import org.jspecify.annotations.Nullable;

/**
 * One information page as a reader sees it: the title as the only h1, a note when the text is shown in Dutch
 * because the reader's language is missing, the sanitised body, and — where municipalities added something — a
 * choice of municipality (remembered in the session) with that municipality's local part beneath. The privacy
 * statement ends with the table of what the portal keeps and how long, generated from the processing register.
 */
class PageContent extends Article {

    /** The session attribute that remembers a visitor's chosen municipality. */
    static final String CHOSEN_MUNICIPALITY = "information.municipality";

    private final transient InformationService information;
    private final transient MunicipalityService municipalities;
    private final transient ProcessingRegister register;
    private final Div local = new Div();
    private final Div retention = new Div();
    private Div body = new Div();
    private String slug = "";

    PageContent(InformationService information, MunicipalityService municipalities, ProcessingRegister register) {
        this.information = information;
        this.municipalities = municipalities;
        this.register = register;
        addClassName("portal-information");
        // Long pages make the layout's content area scroll; a page without links would leave keyboard users no
        // way to scroll it (axe: scrollable-region-focusable). The article takes focus, named by its title.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-labelledby", "information-title");
        local.addClassName("portal-information-local");
    }

    /** Shows the page; empty when this reader may not see it (the caller shows "not found"). */
    Optional<RenderedPage> show(String pageSlug) {
        this.slug = pageSlug;
        removeAll();
        Optional<RenderedPage> found = information.read(pageSlug, getLocale(), chosenMunicipality());
        found.ifPresent(this::render);
        return found;
    }

    private void render(RenderedPage page) {
        H1 title = new H1(page.title());
        title.setId("information-title");
        add(title);
        if (page.fallback()) {
            add(note(getTranslation("information.fallback")));
        }
        body = html(page.html(), page.language().getLanguage());
        add(body);
        Paragraph reviewed = new Paragraph(getTranslation("information.last-reviewed",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                        .format(page.lastReviewed())));
        reviewed.addClassName("portal-information-reviewed");
        add(reviewed);
        if (!page.municipalitiesWithLocalPart().isEmpty()) {
            add(municipalityChoice());
            renderLocal(page.local());
        }
        if (InformationService.PRIVACY.equals(slug)) {
            add(retention);
            renderRetention();
        }
    }

    /** What the portal keeps and how long, with the terms of the chosen municipality when there is one. */
    private void renderRetention() {
        retention.removeAll();
        String chosen = chosenMunicipality();
        String name = chosen == null ? null : municipalities.find(chosen).map(Municipality::name).orElse(null);
        retention.add(new RetentionTable(register, name == null ? null : chosen, name));
    }

    private Section municipalityChoice() {
        List<Municipality> participating = municipalities.participating();
        ComboBox<Municipality> choice = new ComboBox<>(getTranslation("information.municipality.label"));
        choice.setItems(participating);
        choice.setItemLabelGenerator(Municipality::name);
        choice.setHelperText(getTranslation("information.municipality.help"));
        choice.setClearButtonVisible(true);
        String chosen = chosenMunicipality();
        participating.stream().filter(m -> m.id().equals(chosen)).findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(CHOSEN_MUNICIPALITY,
                    e.getValue() == null ? null : e.getValue().id());
            // the body too: a municipality that signed the page off shows it without the "sample text" line
            Optional<RenderedPage> again = information.read(slug, getLocale(),
                    e.getValue() == null ? null : e.getValue().id());
            again.ifPresent(p -> {
                Div fresh = html(p.html(), p.language().getLanguage());
                replace(body, fresh);
                body = fresh;
            });
            renderLocal(again.map(RenderedPage::local).orElse(null));
            if (InformationService.PRIVACY.equals(slug)) {
                renderRetention();
            }
        });
        Section section = new Section(choice, local);
        section.addClassName("portal-section");
        return section;
    }

    private void renderLocal(@Nullable LocalAddition addition) {
        local.removeAll();
        String chosen = chosenMunicipality();
        if (addition != null) {
            local.add(new H2(getTranslation("information.local.title", addition.municipalityName())));
            if (addition.fallback()) {
                local.add(note(getTranslation("information.local.fallback")));
            }
            local.add(html(addition.html(), addition.language().getLanguage()));
        } else if (chosen != null) {
            municipalities.find(chosen).ifPresent(m -> local.add(
                    new Paragraph(getTranslation("information.local.none", m.name()))));
        }
    }

    /** The municipality picked on a page in this session, else the signed-in reader's own. */
    @Nullable String chosenMunicipality() {
        VaadinSession session = VaadinSession.getCurrent();
        Object picked = session == null ? null : session.getAttribute(CHOSEN_MUNICIPALITY);
        if (picked instanceof String id) {
            return id;
        }
        return information.readersMunicipality().orElse(null);
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("portal-information-note");
        note.getElement().setAttribute("role", "note");
        return note;
    }

    /** Sanitised HTML only: every string passed here came from {@code SafeMarkdown}. */
    private static Div html(String safeHtml, String language) {
        Div body = new Div();
        body.addClassName("portal-information-body");
        body.getElement().setAttribute("lang", language);
        body.getElement().setProperty("innerHTML", safeHtml);
        return body;
    }
}
