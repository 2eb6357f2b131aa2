package nl.erkenningsportaal.recognition;

import java.util.Objects;
import nl.erkenningsportaal.municipality.MunicipalityLeftPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a municipality leaves the regional policy its recognitions stay valid until their end date, without renewal
 * (as {@link MoveService} says of a municipality that does not take part); each worker is told, through
 * {@link RecognitionWithoutRenewal}. Requests already open are still decided by the municipality's officers.
 */
@Component
class PolicyParticipation {

    private final RecognitionRequestRepository requests;
    private final ApplicationEventPublisher events;

    PolicyParticipation(RecognitionRequestRepository requests, ApplicationEventPublisher events) {
        this.requests = requests;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MunicipalityLeftPolicy event) {
        for (RecognitionRequest r : requests.findByStatusAndMunicipalityId(RequestStatus.RECOGNISED,
                event.municipalityId())) {
            events.publishEvent(new RecognitionWithoutRenewal(r.id, r.workerIdOrZero(), r.municipalityId,
                    Objects.requireNonNull(r.validUntil)));
        }
    }
}
