package nl.erkenningsportaal.information.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.PageSummary;

/** {@code /informatie}: the published pages this reader may open (public ones, and workers' pages once signed in). */
@Route("informatie")
@Menu(title = "information.nav", order = 70)
@AnonymousAllowed
public class InformationIndexView extends Main implements HasDynamicTitle {

    InformationIndexView(InformationService information) {
        addClassName("portal-page");
        add(new H1(getTranslation("information.index.title")),
                new Paragraph(getTranslation("information.index.intro")));
        List<PageSummary> pages = information.readablePages(getLocale());
        if (pages.isEmpty()) {
            add(new Paragraph(getTranslation("information.index.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("portal-information-index");
            for (PageSummary page : pages) {
                list.add(new ListItem(new RouterLink(page.title(), InformationPageView.class, page.slug())));
            }
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("information.index.title") + " | " + getTranslation("app.name");
    }
}
