package nl.erkenningsportaal.recognition;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Issues random numbers that are unique in the region (the unique key is the final guard). */
@Component
class NumberIssuer {

    private final SecureRandom random = new SecureRandom();
    private final RecognitionRequestRepository requests;

    NumberIssuer(RecognitionRequestRepository requests) {
        this.requests = requests;
    }

    String issue() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String number = RecognitionNumber.generate(random);
            if (!requests.existsByRecognitionNumber(number)) {
                return number;
            }
        }
        throw new IllegalStateException("could not find a free number");
    }
}
