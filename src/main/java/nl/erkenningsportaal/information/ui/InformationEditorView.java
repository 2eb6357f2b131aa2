package nl.erkenningsportaal.information.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.information.Audience;
import nl.erkenningsportaal.information.EditableText;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.PageEdit;
import nl.erkenningsportaal.information.PageOverview;
import nl.erkenningsportaal.information.PageStatus;
import nl.erkenningsportaal.information.PageVersionInfo;
import nl.erkenningsportaal.information.SafeMarkdown;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.LocalisedPickers;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Administrators edit the information pages: a page, a language and optionally a municipality's local part; the
 * title and Markdown body with a live, sanitised preview; saved as a new draft or published version. The history
 * shows who saved which version when. A policy maker of a municipality uses the same editor for her municipality's
 * local parts only (the municipality is fixed, no new pages, no region-wide text); the service enforces the same.
 */
@Route("beheer/informatie")
@Menu(title = "information.admin.nav", order = 82)
@RolesAllowed({Roles.ADMIN, Roles.POLICY})
public class InformationEditorView extends Main implements HasDynamicTitle {

    /** The fields of one save, as the form holds them. */
    public record TextForm(String title, String body, PageStatus status, LocalDate lastReviewed,
            boolean asksConsentAgain) {}

    private final transient InformationService information;
    private final transient Clock clock;
    private final ComboBox<PageOverview> page = new ComboBox<>();
    private final Select<Locale> language = new Select<>();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Select<PageStatus> status = new Select<>();
    private final DatePicker lastReviewed = LocalisedPickers.localise(new DatePicker());
    private final Checkbox asksConsentAgain = new Checkbox();
    private final Div preview = new Div();
    private final Paragraph state = new Paragraph();
    private final Details dutchReference = new Details();
    private final Pre dutchText = new Pre();
    private final Grid<PageVersionInfo> history = new Grid<>();
    private final Binder<TextForm> binder = new Binder<>(TextForm.class);
    private final Section editor = new Section();
    private int baseVersion;

    InformationEditorView(InformationService information, MunicipalityService municipalities, Clock clock,
            CurrentUser currentUser) {
        this.information = information;
        this.clock = clock;
        addClassName("portal-page");

        page.setLabel(getTranslation("information.editor.page"));
        page.setItemLabelGenerator(p -> p.title() + " (" + p.slug() + ")");
        page.setWidthFull();
        language.setLabel(getTranslation("information.editor.language"));
        language.setItems(PortalI18nProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(PortalI18nProvider.DUTCH);
        municipality.setLabel(getTranslation("information.editor.municipality"));
        municipality.setHelperText(getTranslation("information.editor.municipality.help"));
        municipality.setItems(municipalities.all());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        page.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());
        municipality.addValueChangeListener(e -> load());
        Button create = new Button(getTranslation("information.editor.new-page"), e -> openCreateDialog());

        title.setLabel(getTranslation("information.editor.page-title"));
        title.setMaxLength(PageEdit.TITLE_MAX);
        title.setWidthFull();
        body.setLabel(getTranslation("information.editor.body"));
        body.setHelperText(getTranslation("information.editor.body.help"));
        body.setMaxLength(PageEdit.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("20em");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> updatePreview());
        status.setLabel(getTranslation("information.editor.status"));
        status.setItems(PageStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("information.status." + s.name()));
        lastReviewed.setLabel(getTranslation("information.editor.last-reviewed"));
        lastReviewed.setLocale(getLocale());
        asksConsentAgain.setLabel(getTranslation("information.editor.consent-again"));
        asksConsentAgain.setHelperText(getTranslation("information.editor.consent-again.help"));

        binder.forField(title)
                .withValidator(t -> municipality.getValue() != null || !t.isBlank(),
                        getTranslation("validation.required"))
                .bind("title");
        binder.forField(body)
                .withValidator(b -> municipality.getValue() != null || !b.isBlank(),
                        getTranslation("validation.required"))
                .bind("body");
        // not asRequired: Vaadin's Select then puts aria-required on a button, which axe rejects; it always has a value
        binder.forField(status).withValidator(s -> s != null, getTranslation("validation.required")).bind("status");
        binder.forField(lastReviewed).asRequired(getTranslation("validation.required"))
                .withValidator(d -> !d.isAfter(LocalDate.now(clock)),
                        getTranslation("information.error.review-in-future"))
                .bind("lastReviewed");
        binder.forField(asksConsentAgain)
                .withValidator(asks -> !asks || status.getValue() == PageStatus.PUBLISHED,
                        getTranslation("information.error.consent-again"))
                .bind("asksConsentAgain");

        Button save = new Button(getTranslation("information.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        preview.addClassName("portal-information-body");
        preview.addClassName("portal-information-preview");
        Section previewSection = new Section(new H2(getTranslation("information.editor.preview")), preview);

        history.addColumn(PageVersionInfo::number).setHeader(getTranslation("information.editor.version"))
                .setAutoWidth(true);
        history.addColumn(v -> getTranslation("information.status." + v.status().name()))
                .setHeader(getTranslation("information.editor.status"));
        history.addColumn(PageVersionInfo::savedBy).setHeader(getTranslation("information.editor.saved-by"));
        history.addColumn(v -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(v.savedAt().atZone(clock.getZone())))
                .setHeader(getTranslation("information.editor.saved-at"));
        history.addColumn(v -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(v.lastReviewed())).setHeader(getTranslation("information.editor.last-reviewed"));
        history.addColumn(v -> v.asksConsentAgain() ? getTranslation("information.editor.consent-again.short") : "")
                .setHeader(getTranslation("information.editor.consent-again.column"));
        history.setAllRowsVisible(true);
        history.addClassName("portal-information-history");
        history.setAriaLabel(getTranslation("information.editor.history"));

        dutchReference.setSummaryText(getTranslation("information.editor.dutch-reference"));
        dutchText.addClassName("portal-information-source");
        dutchReference.add(dutchText);

        FormLayout form = new FormLayout(title, status, lastReviewed, asksConsentAgain);
        editor.add(state, dutchReference, form, body, save, previewSection,
                new Section(new H2(getTranslation("information.editor.history")), history));
        editor.setVisible(false);

        HorizontalLayout choose = new HorizontalLayout(page, language, municipality);
        choose.setWidthFull();
        choose.setWrap(true);
        SignedInUser me = currentUser.require();
        boolean policyMaker = me.hasRole(Roles.POLICY);
        if (policyMaker) {
            // her own municipality's local parts, nothing else
            municipality.setItems(municipalities.all().stream()
                    .filter(m -> m.id().equals(me.municipalityId())).toList());
            municipality.getListDataView().getItems().findFirst().ifPresent(municipality::setValue);
            municipality.setReadOnly(true);
            municipality.setClearButtonVisible(false);
            municipality.setHelperText(getTranslation("information.editor.municipality.policy-help"));
            create.setVisible(false);
            // a regional policy maker has no local part to write
            page.setEnabled(me.municipalityId() != null);
        }
        add(new H1(getTranslation("information.editor.title")),
                new Paragraph(getTranslation(policyMaker ? "information.editor.policy-intro"
                        : "information.editor.intro")), create, choose, editor);
        refreshPages(null);
    }

    private void refreshPages(@Nullable String select) {
        var pages = information.pagesForEditing();
        page.setItems(pages);
        if (select != null) {
            pages.stream().filter(p -> p.slug().equals(select)).findFirst().ifPresent(page::setValue);
        }
    }

    private void load() {
        PageOverview chosen = page.getValue();
        Locale lang = language.getValue();
        editor.setVisible(chosen != null && lang != null);
        if (chosen == null || lang == null) {
            return;
        }
        Municipality local = municipality.getValue();
        EditableText text = information.editable(chosen.slug(), lang.getLanguage(), local == null ? null : local.id());
        baseVersion = text.baseVersion();
        title.setVisible(local == null);
        // only the region-wide privacy statement can ask every worker for consent again
        asksConsentAgain.setVisible(local == null && InformationService.PRIVACY.equals(chosen.slug()));
        // a save is a draft unless the administrator chooses to publish it
        binder.readRecord(new TextForm(text.title(), text.body(), PageStatus.DRAFT, text.lastReviewed(), false));
        state.setText(chosen.publishedVersion() == null ? getTranslation("information.editor.not-published")
                : getTranslation("information.editor.published-version", chosen.publishedVersion()));
        history.setItems(information.history(chosen.slug()));
        boolean translating = !lang.equals(PortalI18nProvider.DUTCH);
        dutchReference.setVisible(translating);
        if (translating) {
            // what a translator works from: the Dutch text of the same part, as Markdown
            EditableText dutch = information.editable(chosen.slug(), PortalI18nProvider.DUTCH.getLanguage(),
                    local == null ? null : local.id());
            dutchText.setText(local == null ? dutch.title() + "\n\n" + dutch.body() : dutch.body());
        }
        updatePreview();
    }

    private void updatePreview() {
        // sanitised by SafeMarkdown before it reaches the browser
        preview.getElement().setProperty("innerHTML", SafeMarkdown.toHtml(body.getValue()));
    }

    private void save() {
        PageOverview chosen = page.getValue();
        Locale lang = language.getValue();
        if (chosen == null || lang == null) {
            return;
        }
        try {
            TextForm form = binder.writeRecord();
            Municipality local = municipality.getValue();
            PageVersionInfo saved = information.save(new PageEdit(chosen.slug(), lang.getLanguage(),
                    local == null ? null : local.id(), form.title(), form.body(), form.status(),
                    form.lastReviewed(), baseVersion, form.asksConsentAgain() && asksConsentAgain.isVisible()));
            Notification.show(getTranslation("information.editor.saved", saved.number()), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refreshPages(chosen.slug());
            load();
        } catch (ValidationException ignored) {
            // shown at the fields
        } catch (Refusal r) {
            error(r);
        }
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("information.editor.new-page"));
        TextField slug = new TextField(getTranslation("information.editor.slug"));
        slug.setMaxLength(InformationService.SLUG_MAX);
        slug.setHelperText(getTranslation("information.editor.slug.help"));
        Select<Audience> audience = new Select<>();
        audience.setLabel(getTranslation("information.editor.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("information.audience." + a.name()));
        audience.setValue(Audience.PUBLIC);
        Button createButton = new Button(getTranslation("information.editor.create"), e -> {
            try {
                PageOverview created = information.createPage(slug.getValue(),
                        audience.getValue() == null ? Audience.PUBLIC : audience.getValue());
                dialog.close();
                refreshPages(created.slug());
            } catch (Refusal r) {
                error(r);
            }
        });
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(slug, audience));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), createButton);
        dialog.open();
    }

    private void error(Refusal r) {
        if (FieldRefusals.showOnField(this, r)) {
            return; // on the field it names (issue 23)
        }
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("information.editor.title") + " | " + getTranslation("app.name");
    }
}
