package nl.erkenningsportaal.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.erkenningsportaal.platform.Roles;
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
import nl.erkenningsportaal.platform.FieldRefusals;
import nl.erkenningsportaal.platform.NativeSelect;
import nl.erkenningsportaal.platform.Refusal;
import nl.erkenningsportaal.platform.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The worker books the GGD's free consultation: pick the municipality, see the coming sessions with free places,
 * book a slot with the language to be helped in; see, move and cancel bookings; wait in line for a full slot.
 * Recognition is not needed.
 *
 * <p>Every action is a listener bound to the booking, waiting place, session or time it acts on; the service checks
 * the business rules again when it is asked. Whatever a page holds stays in the server's memory while the person
 * reads it, so the page holds little: four coming sessions at a time ("show more" adds four; decision 0034), each the browser's own
 * {@code <details>}, folded, whose address and times are read and built only when the worker opens it (decision
 * 0011).
 */
@Route("spreekuur")
@Menu(title = "consultation.nav.book", order = 12)
@RolesAllowed(Roles.WORKER)
public class BookConsultationView extends Main implements HasDynamicTitle {

    static final int SESSIONS_SHOWN = 4;

    static final List<String> LANGUAGES = List.of("nl", "en", "es", "pt", "ro", "pl", "bg", "hu", "th");

    /** Assen is where the portal starts: its sessions are shown first. */
    static final String FIRST_MUNICIPALITY = "GM0106";

    private final transient WorkerBookingService service;
    /** The worker's bookings and waiting places; its heading takes the focus after a booking changed. */
    private final Section mine = new Section();
    private final H2 mineHeading = new H2();
    /** The coming sessions of the chosen municipality. */
    private final Section coming = new Section();
    /** The municipality whose sessions are shown: Assen first, the worker can choose another. */
    private @Nullable String municipalityId;

    BookConsultationView(WorkerBookingService service, MunicipalityService municipalities) {
        this.service = service;
        addClassName("portal-page");
        mineHeading.setText(getTranslation("consultation.my-bookings"));
        // the focus goes here after a booking changed; -1: not a stop of the Tab key
        mineHeading.getElement().setAttribute("tabindex", "-1");
        add(new H1(getTranslation("consultation.book.title")),
                new Paragraph(getTranslation("consultation.book.intro")));
        List<Municipality> participating = municipalities.participating();
        municipalityId = participating.stream().map(Municipality::id).filter(FIRST_MUNICIPALITY::equals).findFirst()
                .orElse(participating.isEmpty() ? null : participating.getFirst().id());
        if (!participating.isEmpty()) {
            municipalityChoice(participating).forEach(this::add);
        }
        add(mine, coming);
        showMine();
        showComing();
    }

    /**
     * The browser's own select with its label: a phone shows its own picker (Vaadin's combo box held its items, a
     * data communicator and a key map per worker for twelve names).
     */
    private List<Component> municipalityChoice(List<Municipality> participating) {
        Map<String, String> names = participating.stream()
                .collect(Collectors.toMap(Municipality::id, Municipality::name));
        NativeSelect<String> select = new NativeSelect<>(participating.stream().map(Municipality::id).toList(),
                id -> id, names::get, municipalityId);
        select.setId("portal-municipality");
        select.addClassName("portal-select");
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                municipalityId = e.getValue();
                showComing();
            }
        });
        NativeLabel label = new NativeLabel(getTranslation("consultation.your-municipality"));
        label.setFor(select);
        label.addClassName("portal-field-label");
        return List.of(label, select);
    }

    // ---- the worker's bookings and waiting places

    /** The worker's coming bookings, each with its code and buttons to move or cancel it; the waiting places. */
    private void showMine() {
        mine.removeAll();
        mine.add(mineHeading);
        List<MyBooking> booked = service.myBookings().stream().filter(b -> b.status() == BookingStatus.BOOKED)
                .toList();
        if (booked.isEmpty()) {
            mine.add(new Paragraph(getTranslation("consultation.no-bookings")));
        } else {
            UnorderedList rows = rows();
            for (MyBooking b : booked) {
                String when = when(b.date(), b.start(), b.locationName());
                Button cancel = button("consultation.cancel", when, () -> askToCancel(b, when));
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                rows.add(new ListItem(new Span(when), new Span(getTranslation("consultation.your-code", b.code())),
                        button("consultation.reschedule", when, () -> reschedule(b)), cancel));
            }
            mine.add(rows);
        }
        List<MyWaiting> waiting = service.myWaitingLists();
        if (!waiting.isEmpty()) {
            UnorderedList rows = rows();
            for (MyWaiting w : waiting) {
                String when = when(w.date(), w.start(), w.locationName());
                rows.add(new ListItem(new Span(when + " — " + getTranslation("consultation.position", w.position())),
                        button("consultation.leave-waiting", when, () -> act(
                                () -> service.leaveWaitingList(w.slotId()), "consultation.waiting-left"))));
            }
            mine.add(new H2(getTranslation("consultation.my-waiting")), rows);
        }
    }

    private static UnorderedList rows() {
        UnorderedList rows = new UnorderedList();
        rows.addClassName("portal-rows");
        return rows;
    }

    /** A button whose accessible name says which booking or time it acts on, as the same text recurs. */
    private Button button(String textKey, String which, Runnable action) {
        String text = getTranslation(textKey);
        Button button = new Button(text, e -> action.run());
        button.setAriaLabel(text + " " + which);
        return button;
    }

    // ---- the coming sessions

    /** The chosen municipality's coming sessions, four of them, folded. */
    private void showComing() {
        coming.removeAll();
        coming.add(new H2(getTranslation("consultation.coming")));
        String m = municipalityId;
        List<OpenSession> sessions = m == null ? List.of() : service.comingSessions(m);
        if (m == null || sessions.isEmpty()) {
            coming.add(noPlaces());
            return;
        }
        List<OpenSession> shown = sessions.subList(0, Math.min(SESSIONS_SHOWN, sessions.size()));
        shown.forEach(o -> coming.add(new ComingSession(o.session(), m)));
        if (sessions.size() > shown.size()) {
            coming.add(new MoreSessions(shown.getLast().session(), sessions.size() - shown.size(), m));
        }
    }

    /**
     * One coming session, the browser's own {@code <details>}. Folded, it is only its summary line (day and place);
     * its address and times are read and built when the worker first opens it, so they show the places free then.
     */
    private final class ComingSession extends NativeDetails {

        private final String municipalityId;

        ComingSession(SessionSummary session, String municipalityId) {
            super(day(session));
            this.municipalityId = municipalityId;
            addClassName("portal-session");
            long id = session.id();
            Registration[] firstOpening = new Registration[1];
            firstOpening[0] = addToggleListener(e -> {
                if (e.isOpened()) {
                    firstOpening[0].remove();
                    service.comingSession(id, municipalityId).ifPresentOrElse(this::showTimes,
                            () -> setContent(noPlaces()));
                }
            });
        }

        /**
         * The session's address, and a button per time that says the time and its free places; its accessible name
         * also says what it does and for which day and place, as a time recurs on the page.
         */
        private void showTimes(OpenSession o) {
            SessionSummary s = o.session();
            Div content = new Div(new Paragraph(s.locationAddress()
                    + (s.accessibilityNotes() == null ? "" : " (" + s.accessibilityNotes() + ")")));
            if (o.slots().isEmpty()) {
                content.add(noPlaces());
            } else {
                Div times = new Div();
                times.addClassName("portal-times");
                String day = day(s);
                for (SlotView slot : o.slots()) {
                    boolean full = slot.free() <= 0;
                    String shown = time(slot) + " — " + (full ? getTranslation("consultation.full")
                            : getTranslation("consultation.free", slot.free()));
                    Button time = new Button(shown, e -> choose(s.id(), slot.id(), municipalityId));
                    time.setAriaLabel(getTranslation(full ? "consultation.wait" : "consultation.book") + " " + shown
                            + ", " + day);
                    times.add(time);
                }
                content.add(times);
            }
            setContent(content);
        }
    }

    /**
     * "Show more": the next four sessions after the last one shown, read again now; the focus moves to the first one
     * added, and the button says how many are left, or goes.
     */
    private final class MoreSessions extends Button {

        private SessionSummary last;

        MoreSessions(SessionSummary last, int left, String municipalityId) {
            super(BookConsultationView.this.getTranslation("consultation.more-sessions", left));
            this.last = last;
            addClassName("portal-button-wrap");
            addClickListener(e -> {
                List<OpenSession> next = service.comingSessions(municipalityId).stream()
                        .filter(o -> comesAfter(o.session(), this.last)).toList();
                List<OpenSession> shown = next.subList(0, Math.min(SESSIONS_SHOWN, next.size()));
                int at = coming.getChildren().toList().indexOf(this);
                for (int i = 0; i < shown.size(); i++) {
                    ComingSession added = new ComingSession(shown.get(i).session(), municipalityId);
                    coming.addComponentAtIndex(at + i, added);
                    if (i == 0) {
                        added.getSummary().getElement().callJsFunction("focus");
                    }
                }
                if (!shown.isEmpty()) {
                    this.last = shown.getLast().session();
                }
                int rest = next.size() - shown.size();
                if (rest > 0) {
                    setText(getTranslation("consultation.more-sessions", rest));
                } else {
                    coming.remove(this);
                }
            });
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

    private Paragraph noPlaces() {
        return new Paragraph(getTranslation("consultation.none"));
    }

    private String day(SessionSummary s) {
        return ConsultationFormats.date(s.date(), getLocale()) + " — " + s.locationName();
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

    // ---- booking, moving, cancelling

    /**
     * A time chosen: read again as it is now, then offered to book, or to wait for a place if it filled up
     * meanwhile; a time that can no longer be booked (past, cancelled) is refused with the reason.
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
            try {
                if (waitingList) {
                    service.joinWaitingList(request);
                } else {
                    service.book(request);
                }
            } catch (Refusal r) {
                // a refusal of what she typed (the work name) is shown on that field, and the dialog stays for her
                // to correct it; any other (the place was taken meanwhile, say) closes it, and the page shows why
                // and what is free now
                if (!FieldRefusals.showOnField(dialog, r)) {
                    dialog.close();
                    refused(r);
                }
                return;
            }
            dialog.close();
            done(waitingList ? "consultation.waiting-joined" : "consultation.booked");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        open(dialog);
    }

    /**
     * Cancelling asks first (issue 23): a tap by mistake on a small screen would give her place away. The dialog
     * names the appointment; "keep it" (also Escape) changes nothing, "yes, cancel" cancels it.
     */
    private void askToCancel(MyBooking booking, String when) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("consultation.cancel-confirm.title"));
        dialog.setText(getTranslation("consultation.cancel-confirm.text", when));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("consultation.cancel-confirm.keep"));
        dialog.setConfirmText(getTranslation("consultation.cancel-confirm.yes"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            dialog.close();
            act(() -> service.cancel(booking.id()), "consultation.cancelled-done");
        });
        add(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
    }

    /** Another free time for a booking, in the same municipality; the old place is kept until the new one holds. */
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
            slots.add(noPlaces());
        }
        dialog.add(new Paragraph(getTranslation("consultation.reschedule-explain")), slots);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
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

    /**
     * Does what the worker asked: says it is done, shows the bookings and sessions as they are now, and moves the
     * focus to the bookings.
     */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (Refusal r) {
            refused(r);
            return;
        }
        done(doneKey);
    }

    /** Says it is done, shows the bookings and sessions as they are now, and moves the focus to the bookings. */
    private void done(String doneKey) {
        Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showMine();
        showComing();
        mineHeading.getElement().callJsFunction("focus");
    }

    /** Says why, and shows the bookings and sessions as they are now. */
    private void refused(Refusal r) {
        Notification.show(getTranslation(r.messageKey(), r.arguments()), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        showMine();
        showComing();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.book.title") + " | " + getTranslation("app.name");
    }
}
