package nl.erkenningsportaal.notification;

import java.util.List;
import nl.erkenningsportaal.recognition.CorrectionDecided;
import nl.erkenningsportaal.recognition.EndReason;
import nl.erkenningsportaal.recognition.IntakePlanned;
import nl.erkenningsportaal.recognition.ObjectionProgressed;
import nl.erkenningsportaal.recognition.RecognitionEnded;
import nl.erkenningsportaal.recognition.TransferDecided;
import nl.erkenningsportaal.recognition.MoreInformationAsked;
import nl.erkenningsportaal.recognition.OfficerMessageSent;
import nl.erkenningsportaal.recognition.RecognitionExpiring;
import nl.erkenningsportaal.recognition.RecognitionGranted;
import nl.erkenningsportaal.recognition.RecognitionWithoutRenewal;
import nl.erkenningsportaal.recognition.RequestDeclined;
import nl.erkenningsportaal.recognition.RequestSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the worker about their request: a message in the portal inbox with the details, and (with a confirmed
 * address) a mail that says only "new message in your portal", from the municipality. Each listener runs after the
 * recognition module's transaction committed, in a transaction of its own; Spring Modulith's event publication
 * registry keeps the event until the listener succeeded. A door registration not yet claimed online (account 0)
 * has nobody to tell.
 */
@Component
class RecognitionNotifications {

    private final Notifications notifications;

    RecognitionNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(RequestSubmitted event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.request-submitted", List.of());
    }

    @ApplicationModuleListener
    void on(IntakePlanned event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.intake-planned",
                List.of(Appointments.isoMinutes(event.at())));
    }

    @ApplicationModuleListener
    void on(RecognitionGranted event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.granted",
                List.of(event.validUntil().toString()));
    }

    @ApplicationModuleListener
    void on(RequestDeclined event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.declined", List.of());
    }

    @ApplicationModuleListener
    void on(MoreInformationAsked event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.more-information", List.of());
    }

    @ApplicationModuleListener
    void on(OfficerMessageSent event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.officer-message", List.of());
    }

    @ApplicationModuleListener
    void on(RecognitionExpiring event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.expiring",
                List.of(event.validUntil().toString()));
    }

    /** Her municipality left the regional policy: her recognition runs until its end date, without renewal. */
    @ApplicationModuleListener
    void on(RecognitionWithoutRenewal event) {
        tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.municipality-left",
                List.of(event.validUntil().toString()));
    }

    @ApplicationModuleListener
    void on(ObjectionProgressed event) {
        tell(event.workerAccountId(), event.municipalityId(),
                "notification.inbox.objection-" + event.step().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), List.of());
    }

    @ApplicationModuleListener
    void on(CorrectionDecided event) {
        tell(event.workerAccountId(), event.municipalityId(), event.confirmed()
                ? "notification.inbox.correction-confirmed" : "notification.inbox.correction-refused", List.of());
    }

    /** Told by the municipality that decided: the new one, whether it accepted or refused. */
    @ApplicationModuleListener
    void on(TransferDecided event) {
        tell(event.workerAccountId(), event.toMunicipalityId(), event.accepted()
                ? "notification.inbox.transfer-accepted" : "notification.inbox.transfer-refused", List.of());
    }

    /** A recognition ended against her wish is a decision she can object to; the other endings she reported. */
    @ApplicationModuleListener
    void on(RecognitionEnded event) {
        if (event.reason() == EndReason.REVOKED) {
            tell(event.workerAccountId(), event.municipalityId(), "notification.inbox.revoked", List.of());
        }
    }

    private void tell(long accountId, String municipalityId, String inboxKey, List<String> arguments) {
        if (accountId > 0) {
            notifications.tell(accountId, municipalityId, inboxKey, arguments);
        }
    }
}
