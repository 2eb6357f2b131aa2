package nl.erkenningsportaal.recognition.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.recognition.LifecycleTasks;
import nl.erkenningsportaal.recognition.MoveService;

/**
 * What waits for the officer's municipality besides new requests: objections, corrections, renewals (each a link to
 * the request) and transfers from other municipalities to accept or refuse. Its own page, so the worklist stays small.
 */
@Route("handhaving/ook-te-doen")
@RolesAllowed(Roles.OFFICER)
public class LifecycleWorkView extends Main implements HasDynamicTitle {

    LifecycleWorkView(LifecycleTasks tasks, MoveService moves) {
        addClassName("portal-page");
        add(new H1(getTranslation("lifecycle.task.title")), new LifecycleWork(tasks, moves));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lifecycle.task.title") + " | " + getTranslation("app.name");
    }
}
