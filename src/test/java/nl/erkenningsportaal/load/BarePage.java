package nl.erkenningsportaal.load;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The smallest Vaadin page, the yardstick for the heap a session costs: one span, no layout. Registered at
 * {@code /loadbench-bare} by {@link LoadBenchmarkSupport} in the {@code loadbench} profile only (test sources).
 */
@AnonymousAllowed
public class BarePage extends Div {

    public BarePage() {
        add(new Span("bare"));
    }
}
