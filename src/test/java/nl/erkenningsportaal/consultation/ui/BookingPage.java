package nl.erkenningsportaal.consultation.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worker's booking page as the browser holds it, for Karibu tests: the page's markup, with what the server sent
 * by script applied to it as the browser would (a session's times put into its details, sessions added before
 * "show more"), and the page's actions sent as the browser reports them.
 */
public final class BookingPage implements AutoCloseable {

    private final List<PendingJavaScriptInvocation> sent = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> listener = invocation -> {
        sent.add(invocation);
        return Unit.INSTANCE;
    };
    private final Div page;
    private String markup = "";
    private Document dom = Jsoup.parseBodyFragment("");

    private BookingPage() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(listener);
        UI.getCurrent().navigate("spreekuur");
        page = _get(Div.class, s -> s.withClasses("portal-booking"));
        sync();
    }

    /** Opens the booking page for the worker signed in. */
    public static BookingPage open() {
        return new BookingPage();
    }

    @Override
    public void close() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().remove(listener);
    }

    /** The page's element on the server. */
    public Div element() {
        return page;
    }

    /** The markup the server keeps for the page (without what it sent by script). */
    public String kept() {
        return page.getElement().getProperty("innerHTML", "");
    }

    /** The page as the browser shows it now. */
    public Document dom() {
        sync();
        return dom;
    }

    /** The coming sessions shown, in order: the browser's own details elements. */
    public List<Element> sessions() {
        return dom().select("details.portal-session");
    }

    public Optional<Element> session(long id) {
        return Optional.ofNullable(dom().selectFirst("details[data-session=" + id + "]"));
    }

    /**
     * The coming session with this id, asking for more sessions until the page shows it (other tests' sessions in
     * the same database may come first).
     */
    public Element showSession(long id) {
        for (int i = 0; session(id).isEmpty() && more().isPresent() && i < 100; i++) {
            showMore();
        }
        return session(id).orElseThrow(() -> new AssertionError("session " + id + " is not on the page"));
    }

    /** A session's address and times; empty while they were not sent. */
    public String times(Element session) {
        Element times = session.selectFirst(".portal-times");
        return times == null ? "" : times.outerHtml();
    }

    /** A time's button: its session, its id, the text it shows and its accessible name. */
    public record Time(long session, long id, String text, String name) {
    }

    /** The times' buttons showing {@code text}, in the order of the page. */
    public List<Time> times(String text) {
        return dom().select("vaadin-button[data-action=time]").stream().filter(b -> b.text().equals(text))
                .map(b -> new Time(Long.parseLong(b.attr("data-session")), Long.parseLong(b.attr("data-id")),
                        b.text(), b.attr("aria-label")))
                .toList();
    }

    /** The "show more" button's text, if the page has one. */
    public Optional<String> more() {
        return Optional.ofNullable(dom().selectFirst("vaadin-button[data-action=more]")).map(Element::text);
    }

    /** A button of the page's markup: what it reports. */
    public record Action(String action, String id) {
    }

    /** The buttons of the page's markup whose accessible name starts with {@code namePrefix}. */
    public List<Action> buttons(String namePrefix) {
        return dom().select("vaadin-button[data-action]").stream()
                .filter(b -> b.attr("aria-label").startsWith(namePrefix))
                .map(b -> new Action(b.attr("data-action"), b.attr("data-id"))).toList();
    }

    /** The worker opens a folded session: the browser reports it while the session lacks its times. */
    public void open(Element session) {
        if (!session.hasAttr("open") && session.selectFirst(".portal-times") == null) {
            session.attr("open", true);
            act("open", session.attr("data-session"), "");
        } else {
            session.attr("open", !session.hasAttr("open"));
        }
    }

    public void choose(Time time) {
        act("time", Long.toString(time.id()), Long.toString(time.session()));
    }

    /** A click on an element of the page with this action and ids, as the browser reports it. */
    public void act(String action, String id, String session) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(BookConsultationView.ACTED, true);
        data.put(BookConsultationView.ACTION, action);
        data.put(BookConsultationView.ACTION_ID, id);
        data.put(BookConsultationView.ACTION_SESSION, session);
        _fireDomEvent(page, "click", data);
        sync();
    }

    public void showMore() {
        act("more", "", "");
    }

    /** The municipality select changed to {@code value}. */
    public void chooseMunicipality(String value) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(BookConsultationView.CHOSEN_MUNICIPALITY, value);
        _fireDomEvent(page, "change", data);
        sync();
    }

    /**
     * Brings the mirrored DOM up to date: new markup replaces it (as the browser replaces the element's content),
     * then each script the server sent runs on it.
     */
    private void sync() {
        MockVaadin.clientRoundtrip(false);
        if (!kept().equals(markup)) {
            markup = kept();
            dom = Jsoup.parseBodyFragment(markup);
        }
        for (PendingJavaScriptInvocation invocation : List.copyOf(sent)) {
            String script = invocation.getInvocation().getExpression();
            List<Object> p = invocation.getInvocation().getParameters();
            if (script.contains(BookConsultationView.PUT_TIMES)) {
                Element d = dom.selectFirst("details[data-session=" + p.get(0) + "]");
                if (d != null) {
                    Optional.ofNullable(d.selectFirst(".portal-times")).ifPresent(Element::remove);
                    d.append((String) p.get(1));
                }
            } else if (script.contains(BookConsultationView.ADD_SESSIONS)) {
                Element more = dom.selectFirst("[data-action=more]");
                if (more != null) {
                    more.before((String) p.get(0));
                    if (((String) p.get(1)).isEmpty()) {
                        more.remove();
                    } else {
                        more.text((String) p.get(1));
                    }
                }
            }
        }
        sent.clear();
    }
}
