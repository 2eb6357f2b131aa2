package nl.erkenningsportaal.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets go of the last answer each page received once the page has been quiet for a while. Vaadin keeps that answer
 * (the whole page, on a first render) in case the browser sends its last message again because the answer got lost
 * on the way; it is the largest part of an idle session's memory (decision 0011) and holds what the page showed,
 * personal data included. A page whose answer is unchanged over two sweeps (by default 30 to 60 seconds without a
 * round trip) drops it together with the fingerprint of the message it answered. If that browser does send the old
 * message again later, Vaadin cannot repeat the answer and asks the person, in their language (see
 * the platform module's TranslatedSystemMessages), to reload; saved data is in the database either way.
 */
@Component
public class IdleResponseRelease implements VaadinServiceInitListener {

    /** Per session: for each page (UI id), the identity of the answer it held at the previous sweep. */
    private final Map<VaadinSession, Map<Integer, Integer>> sessions = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.put(e.getSession(), new HashMap<>()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    /** Notes each page's last answer and lets go of those noted unchanged at the previous sweep. */
    @Scheduled(fixedDelayString = "${portal.ui.idle-response-sweep:30s}",
            initialDelayString = "${portal.ui.idle-response-sweep:30s}")
    public void sweep() {
        sessions.forEach((session, seen) -> session.access(() -> release(session, seen)));
    }

    /** Releases the answers that did not change since the previous call. Runs with the session locked. */
    static void release(VaadinSession session, Map<Integer, Integer> seen) {
        Map<Integer, Integer> now = new HashMap<>();
        for (UI ui : session.getUIs()) {
            UIInternals internals = ui.getInternals();
            String answer = internals.getLastRequestResponse();
            if (answer == null) {
                continue;
            }
            int identity = System.identityHashCode(answer);
            if (Integer.valueOf(identity).equals(seen.get(ui.getUIId()))) {
                // without the fingerprint a repeated message is no longer taken for a resend, which would need the
                // answer; Vaadin treats it as out of step instead
                internals.setLastProcessedClientToServerId(internals.getLastProcessedClientToServerId(), null);
                internals.setLastRequestResponse(null);
            } else {
                now.put(ui.getUIId(), identity);
            }
        }
        // closed pages and released answers are forgotten with the rest
        seen.clear();
        seen.putAll(now);
    }
}
