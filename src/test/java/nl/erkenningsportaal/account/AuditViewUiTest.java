package nl.erkenningsportaal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.KaribuTest;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditEntry;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditViewUiTest extends KaribuTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_filters_by_subject_sees_the_entries_in_dutch_and_checks_the_chain() {
        String request = "r-" + UUID.randomUUID();
        login(Roles.OFFICER, "GM0106");
        tx.executeWithoutResult(s -> audit.record(AuditAction.IDENTITY_VIEWED, "REQUEST", request,
                "<b>intake</b>"));
        login(Roles.ADMIN);
        UI.getCurrent().navigate("beheer/audit");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Onderwerp")), request);

        Grid<AuditEntry> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Identiteit ingezien", "REQUEST " + request,
                "<b>intake</b>");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("1 vermeldingen gevonden");

        // every test that tampers with the chain restores it: the admin sees it whole
        _click(_get(Button.class, spec -> spec.withText("Keten controleren")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("portal-chain-result")).getText())
                // after the retention run pruned old entries, it verified from the checkpoint
                .matches("De keten is heel: \\d+ vermeldingen gecontroleerd\\.( Dat is vanaf het controlepunt .+)?");
    }

    @Test
    void the_audit_page_speaks_english_too() {
        login(Roles.ADMIN);
        locale(Locale.ENGLISH);
        UI.getCurrent().navigate("beheer/audit");
        _get(Button.class, spec -> spec.withText("Verify the chain"));
    }
}
