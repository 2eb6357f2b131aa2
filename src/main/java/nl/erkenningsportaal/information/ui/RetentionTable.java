package nl.erkenningsportaal.information.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.stream.Collectors;
import nl.erkenningsportaal.privacy.ProcessingRegister;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.jspecify.annotations.Nullable;

/**
 * The privacy statement's "what we keep and how long": one row per retention rule of the processing register, in the
 * reader's language — what, why, who sees it, how long. A term a municipality decides is shown for the reader's
 * municipality when known, otherwise with each municipality's own value. Generated, so it never disagrees with what
 * the retention jobs do.
 */
class RetentionTable extends Section {

    RetentionTable(ProcessingRegister register, @Nullable String municipalityId, @Nullable String municipalityName) {
        addClassName("portal-retention");
        H2 title = new H2(getTranslation("privacy.statement.title"));
        title.setId("retention-title");
        add(title, new Paragraph(municipalityName == null ? getTranslation("privacy.statement.intro")
                : getTranslation("privacy.statement.intro-for", municipalityName)));

        NativeTableRow head = new NativeTableRow();
        for (String column : new String[] {"what", "why", "who", "how-long"}) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("privacy.statement.column." + column));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableBody body = new NativeTableBody();
        for (RetentionRule rule : register.rules()) {
            String who = register.seenBy(rule.id()).stream()
                    .map(role -> getTranslation("privacy.statement.seen-by." + role))
                    .collect(Collectors.joining(", "));
            NativeTableHeaderCell what = new NativeTableHeaderCell(getTranslation(rule.whatKey()));
            what.getElement().setAttribute("scope", "row");
            NativeTableRow row = new NativeTableRow();
            row.add(what,
                    new NativeTableCell(getTranslation("privacy.purpose." + rule.purpose())),
                    new NativeTableCell(who.isEmpty() ? getTranslation("privacy.statement.seen-by-nobody") : who),
                    new NativeTableCell(getTranslation(rule.whenKey(),
                            register.describeTerm(rule.id(), municipalityId, this::getTranslation))));
            body.add(row);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-retention-table");
        table.getElement().setAttribute("aria-labelledby", "retention-title");
        // a wide table scrolls on its own on a narrow screen, and can be scrolled with the keyboard
        Div scroll = new Div(table);
        scroll.addClassName("portal-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", "retention-title");
        add(scroll);
    }
}
