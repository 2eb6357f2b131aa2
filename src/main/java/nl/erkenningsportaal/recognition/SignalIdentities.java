package nl.erkenningsportaal.recognition;

import java.util.Optional;
import nl.erkenningsportaal.signal.LinkedIdentity;
import nl.erkenningsportaal.signal.LinkedIdentityProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the signal module whether a request may be linked to a signal, and gives it the identity behind a request,
 * which it asks only for a request linked to an escalated signal in the coordinator's region (and audits).
 */
@Component
class SignalIdentities implements LinkedIdentityProvider {

    private final RecognitionRequestRepository requests;
    private final RequestCrypto crypto;

    SignalIdentities(RecognitionRequestRepository requests, RequestCrypto crypto) {
        this.requests = requests;
        this.crypto = crypto;
    }

    @Override
    public boolean isRequestOf(long requestId, String municipalityId) {
        return requests.existsByIdAndMunicipalityId(requestId, municipalityId);
    }

    @Override
    public Optional<LinkedIdentity> identityOfRequest(long requestId, String municipalityId) {
        return requests.findByIdAndMunicipalityId(requestId, municipalityId).map(crypto::identity)
                .map(i -> new LinkedIdentity(i.legalName(), i.dateOfBirth(), i.nationality(), i.workAddress()));
    }
}
