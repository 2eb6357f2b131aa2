package nl.erkenningsportaal.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Registers the pages that exist only in the demo profile. */
@Component
@Profile("demo")
class DemoRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(ReceivedMailView.class);
    }
}
