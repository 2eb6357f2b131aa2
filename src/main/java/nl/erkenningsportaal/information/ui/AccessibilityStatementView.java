package nl.erkenningsportaal.information.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.RenderedPage;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.privacy.ProcessingRegister;

/** The accessibility statement at {@code /toegankelijkheid}, where Dutch law expects it. It shows the same page as {@code /informatie/toegankelijkheid}. */
@Route("toegankelijkheid")
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PageContent content;
    private String title = "";

    AccessibilityStatementView(InformationService information, MunicipalityService municipalities,
            ProcessingRegister register) {
        this.content = new PageContent(information, municipalities, register);
        addClassName("portal-page");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.show(InformationService.ACCESSIBILITY).map(RenderedPage::title).ifPresentOrElse(t -> title = t,
                () -> event.rerouteToError(NotFoundException.class));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
