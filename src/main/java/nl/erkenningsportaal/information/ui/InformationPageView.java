package nl.erkenningsportaal.information.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.erkenningsportaal.information.InformationService;
import nl.erkenningsportaal.information.RenderedPage;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.privacy.ProcessingRegister;

/**
 * An information page at {@code /informatie/<slug>}. A page that does not exist, is not published, or is for
 * signed-in workers only while nobody is signed in, shows the ordinary "not found" page.
 */
@Route("informatie")
@AnonymousAllowed
public class InformationPageView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final PageContent content;
    private String title = "";

    InformationPageView(InformationService information, MunicipalityService municipalities,
            ProcessingRegister register) {
        this.content = new PageContent(information, municipalities, register);
        addClassName("portal-page");
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        content.show(slug).map(RenderedPage::title).ifPresentOrElse(t -> title = t,
                () -> event.rerouteToError(NotFoundException.class));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
