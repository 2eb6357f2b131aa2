package nl.erkenningsportaal.recognition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.CatalogueLine;
import nl.erkenningsportaal.recognition.NewRequest;
import nl.erkenningsportaal.recognition.ReasonCatalogueService;
import nl.erkenningsportaal.recognition.ReasonChange;
import nl.erkenningsportaal.recognition.ReasonDraft;
import nl.erkenningsportaal.recognition.ReasonEntry;
import nl.erkenningsportaal.recognition.ReasonKind;
import nl.erkenningsportaal.recognition.RecognitionFixtures;
import nl.erkenningsportaal.recognition.WorkerRecognitionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reasons screen (issue 20, decision 0051) and what the officer and the worker see of it, clicked through. */
class ReasonsUiTest extends KaribuTest {

    @Autowired RecognitionFixtures fixtures;
    @Autowired WorkerRecognitionService workers;
    @Autowired ReasonCatalogueService reasons;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restoreCatalogue() {
        jdbc.update("UPDATE reason_entry SET archived_at = UTC_TIMESTAMP(6) WHERE archived_at IS NULL "
                + "AND (municipality_id IS NOT NULL OR text_key IS NULL)");
        jdbc.update("DELETE FROM reason_default_off");
    }

    @Test
    @SuppressWarnings("unchecked")
    void assens_administrator_adds_a_reason_an_officer_declines_with_it_and_the_worker_reads_it_in_her_language() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String nl = "Het pand is een kantoor " + suffix;
        String en = "The building is an office " + suffix;
        login(Roles.MUNICIPAL_ADMIN, "GM0106");
        UI.getCurrent().navigate(ReasonsView.class);
        Select<ReasonsView.Scope> scope = _get(Select.class, s -> s.withLabel("Voor"));
        assertThat(scope.getListDataView().getItems().map(ReasonsView.Scope::label).toList()).containsExactly("Assen");

        _click(_get(Button.class, s -> s.withText("Toevoegen")));
        _setValue(_get(TextField.class, s -> s.withLabel("Tekst in het Engels")), en);
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        TextField dutch = _get(TextField.class, s -> s.withLabel("Tekst in het Nederlands"));
        assertThat(dutch.isInvalid()).isTrue();
        assertThat(dutch.getErrorMessage()).startsWith("Tekst in het Nederlands:");
        assertThat(texts()).doesNotContain(en);

        _setValue(dutch, nl);
        _setValue(_get(Select.class, s -> s.withLabel("Wettelijke categorie")), "NO_SEX_WORK_AT_ADDRESS");
        _click(_get(Button.class, s -> s.withText("Opslaan")));
        assertThat(texts()).contains(nl, en);
        Grid<ReasonChange> history = _find(Grid.class).get(1);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Toegevoegd");

        SignedInUser worker = fixtures.signedInWorker();
        long id = workers.submit(new NewRequest(RecognitionFixtures.identity("Ines Kantoor", "9401 AB"), null));
        login(Roles.OFFICER, "GM0106");
        UI.getCurrent().navigate(RequestView.class, id);
        _click(_get(Button.class, s -> s.withText("Afwijzen")));
        Dialog dialog = _get(Dialog.class);
        Select<ReasonEntry> reason = _get(dialog, Select.class, s -> s.withLabel("Reden"));
        ReasonEntry own = reason.getListDataView().getItems().filter(e -> !e.regionDefault()).findFirst().orElseThrow();
        assertThat(reason.getItemLabelGenerator().apply(own)).isEqualTo(nl);
        _setValue(reason, own);
        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("Uitleg voor de aanvrager")),
                "Op het adres is een kantoor.");
        _click(_get(dialog, Button.class, s -> s.withText("Afwijzen")));

        login(Roles.MUNICIPAL_ADMIN, "GM0106"); // the text changes afterwards: her decision does not
        reasons.change(own.id(), new ReasonDraft(ReasonKind.DECLINE, "NO_SEX_WORK_AT_ADDRESS", "Ander " + nl,
                "Other " + en, false));

        login(worker);
        assertThat(myRequestIn(Locale.ENGLISH)).contains("Reason: " + en);
        assertThat(myRequestIn(Locale.of("es"))).contains("Motivo: " + en);
        assertThat(myRequestIn(Locale.of("nl"))).contains("Reden: " + nl);
    }

    @Test
    @SuppressWarnings("unchecked")
    void de_woldens_administrator_sees_the_region_defaults_and_her_own_entries_and_nothing_of_assen() {
        String secret = "Alleen Assen " + UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.signIn(accounts.create(Roles.MUNICIPAL_ADMIN, "GM0106"));
        reasons.add("GM0106", new ReasonDraft(ReasonKind.DECLINE, "OTHER", secret, secret + " EN", false));

        login(Roles.MUNICIPAL_ADMIN, "GM1690");
        UI.getCurrent().navigate(ReasonsView.class);
        Select<ReasonsView.Scope> scope = _get(Select.class, s -> s.withLabel("Voor"));
        assertThat(scope.getListDataView().getItems().map(ReasonsView.Scope::label).toList())
                .containsExactly("De Wolden");
        Grid<CatalogueLine> grid = _find(Grid.class).getFirst();
        assertThat(GridKt._findAll(grid)).isNotEmpty().allMatch(l -> l.entry().regionDefault()
                || "GM1690".equals(l.entry().municipalityId()));
        assertThat(texts()).doesNotContain(secret);

        // switching a region default off for De Wolden: it says so, and the history names the change
        int row = GridKt._findAll(grid).indexOf(GridKt._findAll(grid).stream()
                .filter(l -> l.entry().regionDefault()).findFirst().orElseThrow());
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class, s -> s.withText("Uitzetten")));
        assertThat(GridKt._findAll(grid)).anyMatch(CatalogueLine::switchedOff);
        Grid<ReasonChange> history = _find(Grid.class).get(1);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Uitgezet voor de gemeente");
        // region defaults are the region's to change
        assertThat(_find(GridKt._getCellComponent(grid, row, "actions"), Button.class, s -> s.withText("Wijzigen")))
                .isEmpty();
    }

    private static List<String> texts() {
        return _find(Grid.class).stream().flatMap(g -> {
            Grid<Object> grid = (Grid<Object>) g;
            return java.util.stream.IntStream.range(0, GridKt._size(grid))
                    .mapToObj(i -> GridKt._getFormattedRow(grid, i)).flatMap(List::stream);
        }).toList();
    }

    /** Her request page as she reads it in {@code language} (opened afresh). */
    private List<String> myRequestIn(Locale language) {
        UI.getCurrent().navigate("");
        locale(language);
        UI.getCurrent().navigate("mijn-aanvraag");
        return paragraphs();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
