package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.erkenningsportaal.account.Roles;
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
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The worker books the GGD's free consultation: pick the municipality, see the coming sessions with free places,
 * book a slot with the language to be helped in; see, move and cancel bookings; wait in line for a full slot.
 * Recognition is not needed.
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

    /** A click is reported only when it is on a time's button, */
    public static final String TIME_CLICKED = "event.target.closest('[data-slot]') != null";

    /** and then only which time: its id. */
    public static final String CHOSEN_SLOT = "event.target.closest('[data-slot]').dataset.slot";

    /** A session's opening is reported only while it lacks its times (the summary is its one child until then). */
    public static final String SESSION_OPENED = "element.open && element.childElementCount < 2";

    /** The worker chose a municipality: its id. */
    static final String CHOSEN_MUNICIPALITY = "event.target.value";

    private final transient WorkerBookingService service;
    private final transient MunicipalityService municipalities;
    private final Div content = new Div();
    /** The municipality whose sessions are shown: Assen first, the worker can choose another. */
    private @Nullable String municipalityId;

    BookConsultationView(WorkerBookingService service, MunicipalityService municipalities) {
        this.service = service;
        this.municipalities = municipalities;
        addClassName("portal-page");
        List<Municipality> participating = municipalities.participating();
        municipalityId = participating.stream().map(Municipality::id).filter("GM0106"::equals).findFirst()
                .orElse(null);
        add(new H1(getTranslation("consultation.book.title")), new Paragraph(getTranslation("consultation.book.intro")),
                municipalityChoice(participating), content);
        render();
    }

    /**
     * The browser's own select with its label, as one element (Vaadin's combo box held its items, a data
     * communicator and a key map per worker for twelve names). The chosen id is matched against the participating
     * municipalities before it is used.
     */
    private Html municipalityChoice(List<Municipality> participating) {
        StringBuilder html = new StringBuilder("<div class=\"portal-field\"><label for=\"portal-municipality\">")
                .append(escape(getTranslation("consultation.your-municipality")))
                .append("</label><select id=\"portal-municipality\" class=\"portal-select\">");
        for (Municipality m : participating) {
            html.append("<option value=\"").append(escape(m.id())).append('"')
                    .append(m.id().equals(municipalityId) ? " selected" : "").append('>').append(escape(m.name()))
                    .append("</option>");
        }
        Html choice = new Html(html.append("</select></div>").toString());
        choice.getElement().addEventListener("change", e -> {
            String chosen = e.getEventData().path(CHOSEN_MUNICIPALITY).asString("");
            municipalities.participating().stream().map(Municipality::id).filter(chosen::equals).findFirst()
                    .ifPresent(id -> {
                        municipalityId = id;
                        render();
                    });
        }).addEventData(CHOSEN_MUNICIPALITY);
        return choice;
    }

    private void render() {
        content.removeAll();
        content.add(myBookings());
        List<MyWaiting> waiting = service.myWaitingLists();
        if (!waiting.isEmpty()) {
            content.add(myWaiting(waiting));
        }
        String m = municipalityId;
        if (m == null) {
            return;
        }
        content.add(new ComingSessions(m, service.comingSessions(m)));
    }

    /**
     * The coming sessions, {@value #SESSIONS_SHOWN} at a time, then a button for the rest. Six weeks can hold thirty
     * sessions or more; each shown session is a few components on the server for as long as the page is open, and
     * a long list is hard to take in. Only where the list stopped is kept: the button reads the sessions again, so
     * it shows what is free at that moment.
     */
    private final class ComingSessions extends Section {

        private final String municipalityId;
        private final Button more = new Button();
        private @Nullable SessionSummary last;

        ComingSessions(String municipalityId, List<OpenSession> sessions) {
            this.municipalityId = municipalityId;
            add(new Html("<h2>" + escape(BookConsultationView.this.getTranslation("consultation.coming")) + "</h2>"));
            more.addClickListener(e -> showMore(service.comingSessions(municipalityId)));
            if (sessions.isEmpty()) {
                add(new Html("<p>" + escape(getTranslation("consultation.none")) + "</p>"));
            }
            showMore(sessions);
        }

        private void showMore(List<OpenSession> sessions) {
            List<OpenSession> next = sessions.stream().filter(o -> last == null || comesAfter(o.session(), last))
                    .toList();
            List<OpenSession> shown = next.subList(0, Math.min(SESSIONS_SHOWN, next.size()));
            // the very first session of the page opens with its times; later ones go before the button
            int at = more.getParent().isPresent() ? indexOf(more) : getComponentCount();
            List<ComingSession> added = new ArrayList<>();
            for (OpenSession o : shown) {
                ComingSession d = new ComingSession(o, municipalityId, last == null && added.isEmpty());
                addComponentAtIndex(at + added.size(), d);
                added.add(d);
            }
            if (!shown.isEmpty()) {
                last = shown.getLast().session();
            }
            int rest = next.size() - shown.size();
            if (rest > 0) {
                more.setText(getTranslation("consultation.more-sessions", rest));
                if (more.getParent().isEmpty()) {
                    add(more);
                }
            } else if (more.getParent().isPresent()) {
                remove(more);
                // the button had the focus: hand it to the first session just added, not back to the page's top
                added.stream().findFirst().ifPresent(ComingSession::focus);
            }
        }
    }

    private static boolean comesAfter(SessionSummary s, SessionSummary last) {
        int byDay = s.date().compareTo(last.date());
        if (byDay != 0) {
            return byDay > 0;
        }
        int byTime = s.start().compareTo(last.start());
        return byTime != 0 ? byTime > 0 : s.id() > last.id();
    }

    /**
     * One coming session, the browser's own {@code <details>}, open for the first. A folded session holds only its
     * summary line: its address and times are built when the worker opens it, the times read then, so they show the
     * places free at that moment. Six weeks of sessions hold a hundred or more times; building them all for every
     * visit cost about 100 KB of server memory per worker, and Vaadin's details was five components a session where
     * this is two (see the load benchmark, docs/decisions/0011-load-benchmark.md).
     */
    @Tag("details")
    private final class ComingSession extends Component {

        ComingSession(OpenSession o, String municipalityId, boolean opened) {
            var s = o.session();
            String day = ConsultationFormats.date(s.date(), getLocale()) + " — " + s.locationName();
            getElement().setAttribute("class", "portal-session");
            getElement().appendChild(new Html("<summary>" + escape(day) + "</summary>").getElement());
            if (opened) {
                getElement().appendChild(times(s, o.slots(), municipalityId, day).getElement());
                getElement().setAttribute("open", true);
            } else {
                long sessionId = s.id();
                getElement().addEventListener("toggle", e -> {
                    if (getElement().getChildCount() == 1) {
                        getElement().appendChild(times(s, service.comingSlots(sessionId, municipalityId),
                                municipalityId, day).getElement());
                    }
                }).setFilter(SESSION_OPENED);
            }
        }

        /** Moves the keyboard focus to the session's summary. */
        void focus() {
            getElement().getChild(0).callJsFunction("focus");
        }
    }

    /**
     * A session's address and times, as one element of markup: a time is its label and a button, and a session of
     * twelve times as components was sixty of them on the server for as long as the page is open (decision 0011).
     * One click listener serves every button; the browser reports only which time was chosen, and {@link #choose}
     * reads that time again among the session's bookable times before it offers anything.
     */
    private Html times(SessionSummary s, List<SlotView> slots, String municipalityId, String day) {
        StringBuilder html = new StringBuilder("<div class=\"portal-times\"><p>").append(escape(s.locationAddress()
                + (s.accessibilityNotes() == null ? "" : " (" + s.accessibilityNotes() + ")"))).append("</p>");
        if (slots.isEmpty()) {
            html.append("<p>").append(escape(getTranslation("consultation.none"))).append("</p>");
        }
        for (SlotView slot : slots) {
            String time = time(slot);
            String action = getTranslation(slot.free() > 0 ? "consultation.book" : "consultation.wait");
            html.append("<div class=\"portal-time\"><span>").append(escape(time + " — " + (slot.free() > 0
                            ? getTranslation("consultation.free", slot.free())
                            : getTranslation("consultation.full"))))
                    // the accessible name holds day and place, as a time recurs
                    .append("</span><vaadin-button data-slot=\"").append(slot.id()).append("\" aria-label=\"")
                    .append(escape(action + " " + time + ", " + day)).append("\">").append(escape(action))
                    .append("</vaadin-button></div>");
        }
        Html times = new Html(html.append("</div>").toString());
        long sessionId = s.id();
        times.getElement().addEventListener("click", e -> {
            String chosen = e.getEventData().path(CHOSEN_SLOT).asString("");
            if (chosen.matches("\\d{1,18}")) {
                choose(sessionId, Long.parseLong(chosen), municipalityId);
            }
        }).setFilter(TIME_CLICKED).addEventData(CHOSEN_SLOT);
        return times;
    }

    private String time(SlotView slot) {
        return ConsultationFormats.time(slot.start(), getLocale()) + "–"
                + ConsultationFormats.time(slot.end(), getLocale());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
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
            if (act(() -> {
                if (waitingList) {
                    service.joinWaitingList(request);
                } else {
                    service.book(request);
                }
            }, waitingList ? "consultation.waiting-joined" : "consultation.booked")) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Component myBookings() {
        List<MyBooking> mine = service.myBookings().stream().filter(b -> b.status() == BookingStatus.BOOKED).toList();
        if (mine.isEmpty()) {
            // fixed text: one element (a section, a heading and a paragraph as components are five state nodes)
            return new Html("<section><h2>" + escape(getTranslation("consultation.my-bookings")) + "</h2><p>"
                    + escape(getTranslation("consultation.no-bookings")) + "</p></section>");
        }
        Section section = new Section(new H2(getTranslation("consultation.my-bookings")));
        for (MyBooking b : mine) {
            String when = ConsultationFormats.date(b.date(), getLocale()) + ", "
                    + ConsultationFormats.time(b.start(), getLocale()) + " — " + b.locationName();
            Span code = new Span(getTranslation("consultation.your-code", b.code()));
            Button move = new Button(getTranslation("consultation.reschedule"), e -> reschedule(b));
            move.setAriaLabel(getTranslation("consultation.reschedule") + " " + when);
            Button cancel = new Button(getTranslation("consultation.cancel"),
                    e -> act(() -> service.cancel(b.id()), "consultation.cancelled-done"));
            cancel.setAriaLabel(getTranslation("consultation.cancel") + " " + when);
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(new Span(when), code, move, cancel);
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            row.setWrap(true);
            section.add(row);
        }
        return section;
    }

    private Component myWaiting(List<MyWaiting> waiting) {
        Section section = new Section(new H2(getTranslation("consultation.my-waiting")));
        for (MyWaiting w : waiting) {
            String when = ConsultationFormats.date(w.date(), getLocale()) + ", "
                    + ConsultationFormats.time(w.start(), getLocale()) + " — " + w.locationName();
            Button leave = new Button(getTranslation("consultation.leave-waiting"),
                    e -> act(() -> service.leaveWaitingList(w.slotId()), "consultation.waiting-left"));
            leave.setAriaLabel(getTranslation("consultation.leave-waiting") + " " + when);
            section.add(new HorizontalLayout(new Span(when + " — " + getTranslation("consultation.position",
                    w.position())), leave));
        }
        return section;
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
                String label = ConsultationFormats.date(o.session().date(), getLocale()) + ", "
                        + ConsultationFormats.time(slot.start(), getLocale()) + " — " + o.session().locationName();
                slots.add(new Div(new Button(label, e -> {
                    if (act(() -> service.reschedule(booking.id(), slot.id()), "consultation.rescheduled")) {
                        dialog.close();
                    }
                })));
            }
        }
        if (slots.getChildren().findAny().isEmpty()) {
            slots.add(new Paragraph(getTranslation("consultation.none")));
        }
        dialog.add(new Paragraph(getTranslation("consultation.reschedule-explain")), slots);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
            return true;
        } catch (Refusal r) {
            refused(r);
            return false;
        }
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
