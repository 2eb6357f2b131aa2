package nl.erkenningsportaal.consultation.ui;

import static nl.erkenningsportaal.platform.Markup.escape;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.consultation.BookingRequest;
import nl.erkenningsportaal.consultation.BookingStatus;
import nl.erkenningsportaal.consultation.MyBooking;
import nl.erkenningsportaal.consultation.MyWaiting;
import nl.erkenningsportaal.consultation.OpenSession;
import nl.erkenningsportaal.consultation.Reason;
import nl.erkenningsportaal.consultation.SessionSummary;
import nl.erkenningsportaal.consultation.SlotView;
import nl.erkenningsportaal.consultation.WorkerBookingService;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.Markup;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The worker books the GGD's free consultation: pick the municipality, see the coming sessions with free places,
 * book a slot with the language to be helped in; see, move and cancel bookings; wait in line for a full slot.
 * Recognition is not needed.
 *
 * <p>The page is one element of markup with one click and one change listener (decision 0011). Whatever a page
 * holds stays in the server's memory for as long as the person reads it; as sections, sessions and buttons of
 * components this page was three times a bare Vaadin page. The browser reports which action was taken on which id,
 * and the server reads that id again among what this worker may act on before it does anything. A session's times,
 * and the sessions shown after "show more", are sent to the browser once and not kept: they are read again when
 * chosen, so they show the places free at that moment.
 */
@Route("spreekuur")
@Menu(title = "consultation.nav.book", order = 12)
@RolesAllowed(Roles.WORKER)
public class BookConsultationView extends Main implements HasDynamicTitle {

    static final int SESSIONS_SHOWN = 6;

    static final List<String> LANGUAGES = List.of("nl", "en", "es", "pt", "ro", "pl", "bg", "hu", "th");

    /*
     * What the page's markup reports to the server (public: the load benchmark's driver speaks the same protocol).
     * A filter runs in the browser: the event is sent only when it is true.
     */

    /**
     * A click is reported only on an element that names an action, and on a session's summary only while that
     * session opens without its times.
     */
    public static final String ACTED = "event.target.closest('[data-action]') != null"
            + " && (event.target.closest('summary') == null || !(event.target.closest('details').open"
            + " || event.target.closest('details').querySelector('.portal-times') != null))";

    /** Which action: {@code time}, {@code open}, {@code more}, {@code move}, {@code cancel} or {@code leave}; */
    public static final String ACTION = "event.target.closest('[data-action]').dataset.action";

    /** on what: a time's, a session's or a booking's id (a waiting place: its time's); */
    public static final String ACTION_ID = "event.target.closest('[data-action]').dataset.id || ''";

    /** and for a time, its session. */
    public static final String ACTION_SESSION = "event.target.closest('[data-action]').dataset.session || ''";

    /** The worker chose a municipality: its id. */
    static final String CHOSEN_MUNICIPALITY = "event.target.value";

    /** Puts a session's times ($1) into its details ($0 the session's id), in place of times shown before. */
    static final String PUT_TIMES = "const d = this.querySelector('details[data-session=\"' + $0 + '\"]');"
            + " if (d) { d.querySelector('.portal-times')?.remove(); d.insertAdjacentHTML('beforeend', $1); }";

    /**
     * Adds sessions ($0) before the "show more" button, which then says how many are left ($1); when none are,
     * the button goes and the focus it had moves to the first session added ($2).
     */
    static final String ADD_SESSIONS = "const more = this.querySelector('[data-action=more]');"
            + " if (!more) { return; } more.insertAdjacentHTML('beforebegin', $0);"
            + " if ($1) { more.textContent = $1; } else { more.remove();"
            + " this.querySelector('details[data-session=\"' + $2 + '\"] > summary')?.focus(); }";

    /** After a booking changed: the focus goes to the worker's bookings, which the page shows anew. */
    static final String FOCUS_MY_BOOKINGS = "this.querySelector('#portal-my-bookings')?.focus()";

    private final transient WorkerBookingService service;
    private final transient MunicipalityService municipalities;
    /** The page's markup, kept as one property (a string of Latin-1 characters, see {@link Markup}). */
    private final Div page = new Div();
    /** The municipality whose sessions are shown: Assen first, the worker can choose another. */
    private @Nullable String municipalityId = "GM0106";
    /** The last coming session sent to the browser: "show more" goes on after it. */
    private @Nullable SessionSummary last;

    BookConsultationView(WorkerBookingService service, MunicipalityService municipalities) {
        this.service = service;
        this.municipalities = municipalities;
        addClassName("portal-page");
        page.addClassName("portal-booking");
        page.getElement().addEventListener("click", e -> clicked(e.getEventData())).setFilter(ACTED)
                .addEventData(ACTION).addEventData(ACTION_ID).addEventData(ACTION_SESSION);
        // the select is the page's only field: a change is a municipality chosen, matched against the list
        page.getElement().addEventListener("change", e -> {
            String chosen = e.getEventData().path(CHOSEN_MUNICIPALITY).asString("");
            municipalities.participating().stream().map(Municipality::id).filter(chosen::equals).findFirst()
                    .ifPresent(id -> {
                        municipalityId = id;
                        render();
                    });
        }).addEventData(CHOSEN_MUNICIPALITY);
        add(page);
        render();
    }

    /** An action the browser reported: every id in it is read again among what this worker may act on. */
    private void clicked(JsonNode data) {
        long id = id(data.path(ACTION_ID).asString(""));
        String m = municipalityId;
        switch (data.path(ACTION).asString("")) {
            case "time" -> {
                long session = id(data.path(ACTION_SESSION).asString(""));
                if (m != null && session > 0 && id > 0) {
                    choose(session, id, m);
                }
            }
            case "open" -> {
                if (m != null && id > 0) {
                    sendTimes(id, m);
                }
            }
            case "more" -> showMore();
            case "move" -> service.myBookings().stream()
                    .filter(b -> b.id() == id && b.status() == BookingStatus.BOOKED).findFirst()
                    .ifPresentOrElse(this::reschedule, () -> refused(new Refusal("error.not-found")));
            case "cancel" -> act(() -> service.cancel(id), "consultation.cancelled-done");
            case "leave" -> {
                if (service.myWaitingLists().stream().anyMatch(w -> w.slotId() == id)) {
                    act(() -> service.leaveWaitingList(id), "consultation.waiting-left");
                } else {
                    refused(new Refusal("error.not-found"));
                }
            }
            default -> {
                // nothing else is offered
            }
        }
    }

    private static long id(String text) {
        return text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
    }

    /** The whole page anew: heading, municipality, the worker's bookings and waiting places, the coming sessions. */
    private void render() {
        StringBuilder html = new StringBuilder("<h1>")
                .append(escape(getTranslation("consultation.book.title"))).append("</h1><p>")
                .append(escape(getTranslation("consultation.book.intro"))).append("</p>");
        List<Municipality> participating = municipalities.participating();
        if (participating.stream().noneMatch(p -> p.id().equals(municipalityId))) {
            municipalityId = null; // Assen does not take part (yet): the worker chooses
        }
        municipalityChoice(html, participating);
        myBookings(html);
        myWaiting(html);
        String m = municipalityId;
        last = null;
        List<OpenSession> sessions = m == null ? List.of() : service.comingSessions(m);
        if (m != null) {
            html.append("<section><h2>").append(escape(getTranslation("consultation.coming"))).append("</h2>");
            if (sessions.isEmpty()) {
                html.append(noPlaces());
            }
            List<OpenSession> shown = sessions.subList(0, Math.min(SESSIONS_SHOWN, sessions.size()));
            shown.forEach(o -> session(html, o.session(), o == shown.getFirst()));
            if (!shown.isEmpty()) {
                last = shown.getLast().session();
            }
            if (sessions.size() > shown.size()) {
                html.append("<vaadin-button data-action=\"more\">").append(escape(getTranslation(
                        "consultation.more-sessions", sessions.size() - shown.size()))).append("</vaadin-button>");
            }
            html.append("</section>");
        }
        page.getElement().setProperty("innerHTML", html.toString());
        if (!sessions.isEmpty()) {
            // the very first session shows its times
            sendTimes(sessions.getFirst());
        }
    }

    /**
     * The browser's own select with its label (Vaadin's combo box held its items, a data communicator and a key
     * map per worker for twelve names).
     */
    private void municipalityChoice(StringBuilder html, List<Municipality> participating) {
        html.append("<div class=\"portal-field\"><label for=\"portal-municipality\">")
                .append(escape(getTranslation("consultation.your-municipality")))
                .append("</label><select id=\"portal-municipality\" class=\"portal-select\">");
        for (Municipality m : participating) {
            html.append("<option value=\"").append(escape(m.id())).append('"')
                    .append(m.id().equals(municipalityId) ? " selected" : "").append('>').append(escape(m.name()))
                    .append("</option>");
        }
        html.append("</select></div>");
    }

    /**
     * One coming session, the browser's own {@code <details>}, open for the first. A folded session is only its
     * summary line: its address and times are sent when the worker opens it, read then.
     */
    private void session(StringBuilder html, SessionSummary s, boolean opened) {
        html.append("<details class=\"portal-session\" data-session=\"").append(s.id()).append('"')
                .append(opened ? " open" : "").append("><summary data-action=\"open\" data-id=\"").append(s.id())
                .append("\">").append(escape(day(s))).append("</summary></details>");
    }

    private String day(SessionSummary s) {
        return ConsultationFormats.date(s.date(), getLocale()) + " — " + s.locationName();
    }

    /** "Show more": the next sessions after the last one sent, read again now. */
    private void showMore() {
        String m = municipalityId;
        SessionSummary after = last;
        if (m == null || after == null) {
            return;
        }
        List<OpenSession> next = service.comingSessions(m).stream().filter(o -> comesAfter(o.session(), after))
                .toList();
        List<OpenSession> shown = next.subList(0, Math.min(SESSIONS_SHOWN, next.size()));
        StringBuilder html = new StringBuilder();
        shown.forEach(o -> session(html, o.session(), false));
        if (!shown.isEmpty()) {
            last = shown.getLast().session();
        }
        int rest = next.size() - shown.size();
        page.getElement().executeJs(ADD_SESSIONS, html.toString(),
                rest > 0 ? getTranslation("consultation.more-sessions", rest) : "",
                shown.isEmpty() ? "" : Long.toString(shown.getFirst().session().id()));
    }

    private static boolean comesAfter(SessionSummary s, SessionSummary last) {
        int byDay = s.date().compareTo(last.date());
        if (byDay != 0) {
            return byDay > 0;
        }
        int byTime = s.start().compareTo(last.start());
        return byTime != 0 ? byTime > 0 : s.id() > last.id();
    }

    /** A session's times as they are now, sent to its details; an id the worker cannot book shows none. */
    private void sendTimes(long sessionId, String municipalityId) {
        service.comingSession(sessionId, municipalityId).ifPresentOrElse(this::sendTimes,
                () -> page.getElement().executeJs(PUT_TIMES, Long.toString(sessionId),
                        "<div class=\"portal-times\">" + noPlaces() + "</div>"));
    }

    private void sendTimes(OpenSession o) {
        page.getElement().executeJs(PUT_TIMES, Long.toString(o.session().id()), times(o.session(), o.slots()));
    }

    /**
     * A session's address and times: a time is its label and a button naming the time and its session; the
     * server reads the time again among the session's bookable times before it offers anything ({@link #choose}).
     */
    private String times(SessionSummary s, List<SlotView> slots) {
        String day = day(s);
        StringBuilder html = new StringBuilder("<div class=\"portal-times\"><p>").append(escape(s.locationAddress()
                + (s.accessibilityNotes() == null ? "" : " (" + s.accessibilityNotes() + ")"))).append("</p>");
        if (slots.isEmpty()) {
            html.append(noPlaces());
        }
        for (SlotView slot : slots) {
            String time = time(slot);
            String action = getTranslation(slot.free() > 0 ? "consultation.book" : "consultation.wait");
            html.append("<div class=\"portal-time\"><span>").append(escape(time + " — " + (slot.free() > 0
                            ? getTranslation("consultation.free", slot.free())
                            : getTranslation("consultation.full"))))
                    // the accessible name holds day and place, as a time recurs
                    .append("</span><vaadin-button data-action=\"time\" data-session=\"").append(s.id())
                    .append("\" data-id=\"").append(slot.id()).append("\" aria-label=\"")
                    .append(escape(action + " " + time + ", " + day)).append("\">").append(escape(action))
                    .append("</vaadin-button></div>");
        }
        return html.append("</div>").toString();
    }

    /** "There are no places now", as a paragraph of markup. */
    private String noPlaces() {
        return "<p>" + escape(getTranslation("consultation.none")) + "</p>";
    }

    /** A booking's or a free time's moment and place, as the worker reads it: "date, time — location". */
    private String when(LocalDate date, LocalTime start, String place) {
        return ConsultationFormats.date(date, getLocale()) + ", " + ConsultationFormats.time(start, getLocale())
                + " — " + place;
    }

    private String time(SlotView slot) {
        return ConsultationFormats.time(slot.start(), getLocale()) + "–"
                + ConsultationFormats.time(slot.end(), getLocale());
    }

    /**
     * A time chosen in the browser: read again among the session's bookable times for the worker's municipality
     * (the id comes from the browser, so it is only a choice among those), then offered to book, or to wait for a
     * place if it filled up meanwhile.
     */
    private void choose(long sessionId, long slotId, String municipalityId) {
        service.comingSlots(sessionId, municipalityId).stream().filter(slot -> slot.id() == slotId).findFirst()
                .ifPresentOrElse(slot -> choose(slot.id(), municipalityId, time(slot), slot.free() <= 0),
                        () -> refused(new Refusal("error.not-found")));
    }

    private void choose(long slotId, String municipalityId, String time, boolean waitingList) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(waitingList ? "consultation.wait" : "consultation.book") + " " + time);
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("consultation.language-wanted"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> Locale.of(l).getDisplayLanguage(Locale.of(l)));
        language.setValue(LANGUAGES.contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "nl");
        Checkbox interpreter = new Checkbox(getTranslation("consultation.interpreter-wanted"));
        Select<Reason> reason = new Select<>();
        reason.setLabel(getTranslation("consultation.reason-optional"));
        reason.setItems(Reason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("consultation.reason." + r));
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("consultation.reason-none"));
        TextField workName = new TextField(getTranslation("consultation.work-name-optional"));
        workName.setMaxLength(BookingRequest.WORK_NAME_MAX);
        workName.setHelperText(getTranslation("consultation.work-name-help"));
        dialog.add(new FormLayout(language, interpreter, reason, workName));
        Button confirm = new Button(getTranslation(waitingList ? "consultation.wait" : "consultation.book"), e -> {
            BookingRequest request = new BookingRequest(slotId, municipalityId, language.getValue(),
                    interpreter.getValue(), reason.getValue(), workName.getValue());
            // booked or refused (the place was taken meanwhile, say): the dialog has done its work either way, and
            // the page shows why and what is free now
            dialog.close();
            act(() -> {
                if (waitingList) {
                    service.joinWaitingList(request);
                } else {
                    service.book(request);
                }
            }, waitingList ? "consultation.waiting-joined" : "consultation.booked");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        open(dialog);
    }

    /**
     * Opens a dialog as part of this page: it goes when the worker leaves the page (the browser's back button
     * included), and when it closes.
     */
    private void open(Dialog dialog) {
        add(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
    }

    /** The worker's coming bookings, each with its code and buttons to move or cancel it. */
    private void myBookings(StringBuilder html) {
        List<MyBooking> mine = service.myBookings().stream().filter(b -> b.status() == BookingStatus.BOOKED).toList();
        // the heading takes the focus after a booking changed (tabindex -1: not a stop of the Tab key)
        html.append("<section><h2 id=\"portal-my-bookings\" tabindex=\"-1\">")
                .append(escape(getTranslation("consultation.my-bookings"))).append("</h2>");
        if (mine.isEmpty()) {
            html.append("<p>").append(escape(getTranslation("consultation.no-bookings"))).append("</p></section>");
            return;
        }
        html.append("<ul class=\"portal-rows\">");
        for (MyBooking b : mine) {
            String when = when(b.date(), b.start(), b.locationName());
            html.append("<li><span>").append(escape(when)).append("</span><span>")
                    .append(escape(getTranslation("consultation.your-code", b.code()))).append("</span>");
            button(html, "move", b.id(), "consultation.reschedule", when, "");
            button(html, "cancel", b.id(), "consultation.cancel", when, "error");
            html.append("</li>");
        }
        html.append("</ul></section>");
    }

    /** The worker's places on waiting lists, each with a button to leave it; nothing when there are none. */
    private void myWaiting(StringBuilder html) {
        List<MyWaiting> waiting = service.myWaitingLists();
        if (waiting.isEmpty()) {
            return;
        }
        html.append("<section><h2>").append(escape(getTranslation("consultation.my-waiting")))
                .append("</h2><ul class=\"portal-rows\">");
        for (MyWaiting w : waiting) {
            String when = when(w.date(), w.start(), w.locationName());
            html.append("<li><span>").append(escape(when + " — " + getTranslation("consultation.position",
                    w.position()))).append("</span>");
            button(html, "leave", w.slotId(), "consultation.leave-waiting", when, "");
            html.append("</li>");
        }
        html.append("</ul></section>");
    }

    /** A button of the page's markup: its action and id, its text, and an accessible name saying which one. */
    private void button(StringBuilder html, String action, long id, String textKey, String which, String theme) {
        String text = getTranslation(textKey);
        html.append("<vaadin-button data-action=\"").append(action).append("\" data-id=\"").append(id).append('"')
                .append(theme.isEmpty() ? "" : " theme=\"" + theme + "\"").append(" aria-label=\"")
                .append(escape(text + " " + which)).append("\">").append(escape(text)).append("</vaadin-button>");
    }

    private void reschedule(MyBooking booking) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("consultation.reschedule"));
        Div slots = new Div();
        for (OpenSession o : service.comingSessions(booking.municipalityId())) {
            for (SlotView slot : o.slots()) {
                if (slot.free() <= 0 || slot.id() == booking.slotId()) {
                    continue;
                }
                String label = when(o.session().date(), slot.start(), o.session().locationName());
                slots.add(new Div(new Button(label, e -> {
                    dialog.close();
                    act(() -> service.reschedule(booking.id(), slot.id()), "consultation.rescheduled");
                })));
            }
        }
        if (slots.getChildren().findAny().isEmpty()) {
            slots.add(new Paragraph(getTranslation("consultation.none")));
        }
        dialog.add(new Paragraph(getTranslation("consultation.reschedule-explain")), slots);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        open(dialog);
    }

    /** Does what the worker asked: says it is done and shows the page anew with the focus on the bookings. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (Refusal r) {
            refused(r);
            return;
        }
        Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
        page.getElement().executeJs(FOCUS_MY_BOOKINGS);
    }

    /** Says why, and shows the page as it is now. */
    private void refused(Refusal r) {
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.book.title") + " | " + getTranslation("app.name");
    }

}
