package nl.erkenningsportaal.contact;

import java.time.Clock;
import java.util.List;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.municipality.Municipality;
import nl.erkenningsportaal.municipality.MunicipalityService;
import nl.erkenningsportaal.platform.FreeText;
import nl.erkenningsportaal.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's side of a care request: she asks for contact about her health (the GGD), psychosocial help, debts or
 * leaving sex work (the officers of the municipality she chooses), in her language and the way she wants to be
 * reached; she follows it, answers the messages, and can say she no longer needs it (which erases the phone number
 * or address at once). Every method works on her own requests only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.WORKER + "')")
public class WorkerCareService {

    /** More open requests than this at once is not a person asking for help. */
    static final int OPEN_MAX = 5;

    private final CareStore store;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkerCareService(CareStore store, MunicipalityService municipalities, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The municipalities whose officers take care requests: those taking part. */
    public List<Municipality> municipalities() {
        return municipalities.participating();
    }

    /**
     * Records the request as a new task for the GGD (health) or the officers of the chosen municipality. Checks
     * everything first, so a refusal stores nothing; the refusal's key names the field.
     */
    @Transactional
    public long ask(NewCareRequest request) {
        long me = currentUser.require().id();
        CareTopic topic = request.topic();
        if (topic == null) {
            throw new Refusal("contact.error.topic");
        }
        String municipalityId = null;
        if (!topic.forGgd()) {
            municipalityId = municipalities.participating().stream().map(Municipality::id)
                    .filter(id -> id.equals(request.municipalityId())).findFirst()
                    .orElseThrow(() -> new Refusal("contact.error.municipality"));
        }
        String language = ContactDetails.language(request.language());
        ContactMethod method = request.method();
        if (method == null) {
            throw new Refusal("contact.error.method");
        }
        String detail = switch (method) {
            case PORTAL -> null;
            case PHONE -> ContactDetails.phone(request.contactDetail());
            case EMAIL -> ContactDetails.email(request.contactDetail());
        };
        String note;
        try {
            note = FreeText.optionalLines(request.note(), ContactLimits.NOTE_MAX, "contact.field.note");
        } catch (Refusal r) {
            throw new Refusal("contact.error.note", ContactLimits.NOTE_MAX);
        }
        long open = store.ofAccount(me).stream().filter(r -> r.status() != TaskStatus.CLOSED).count();
        if (open >= OPEN_MAX) {
            throw new Refusal("contact.error.too-many-open", OPEN_MAX);
        }
        return store.insert(me, municipalityId, topic, language, method, detail, note, clock.instant());
    }

    /** Her own requests, newest first, with their messages. */
    public List<MyCareRequest> myRequests() {
        return store.ofAccount(currentUser.require().id()).stream().map(r -> new MyCareRequest(r.id(), r.topic(),
                r.municipalityId() == null ? null : municipalities.find(r.municipalityId())
                        .map(Municipality::name).orElse(r.municipalityId()),
                r.language(), r.method(), r.status(), r.createdAt(), store.messages(r.id()))).toList();
    }

    /** Her answer to a message about one of her open requests. */
    @Transactional
    public void reply(long requestId, String text) {
        CareStore.Row r = ownOpen(requestId);
        String clean;
        try {
            clean = FreeText.lines(text, ContactLimits.MESSAGE_MAX, "contact.message.write");
        } catch (Refusal e) {
            throw new Refusal("contact.error.message", ContactLimits.MESSAGE_MAX);
        }
        store.addMessage(r.id(), true, Roles.WORKER, clean, clock.instant());
    }

    /** She no longer needs the contact: closed, and the phone number or address she gave is erased at once. */
    @Transactional
    public void withdraw(long requestId) {
        store.close(ownOpen(requestId).id(), clock.instant());
    }

    private CareStore.Row ownOpen(long requestId) {
        CareStore.Row r = store.findForUpdate(new CareStore.OwnScope(currentUser.require().id()), requestId)
                .orElseThrow(() -> new Refusal("error.not-found"));
        if (r.status() == TaskStatus.CLOSED) {
            throw new Refusal("contact.error.closed");
        }
        return r;
    }
}
