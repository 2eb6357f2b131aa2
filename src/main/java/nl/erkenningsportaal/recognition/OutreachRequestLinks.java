package nl.erkenningsportaal.recognition;

import nl.erkenningsportaal.outreach.RequestLinks;
import org.springframework.stereotype.Component;

/** Tells the outreach module whether a visit may be linked to a request: only to one of the same municipality. */
@Component
class OutreachRequestLinks implements RequestLinks {

    private final RecognitionRequestRepository requests;

    OutreachRequestLinks(RecognitionRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public boolean isRequestOf(long requestId, String municipalityId) {
        return requests.existsByIdAndMunicipalityId(requestId, municipalityId);
    }
}
