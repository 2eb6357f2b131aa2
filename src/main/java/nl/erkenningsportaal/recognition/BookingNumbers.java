package nl.erkenningsportaal.recognition;

import java.util.Optional;
import nl.erkenningsportaal.consultation.WorkerNumberLookup;
import org.springframework.stereotype.Component;

/** Lets the GGD's day view show a recognised worker's number instead of the booking code. Nothing else. */
@Component
class BookingNumbers implements WorkerNumberLookup {

    private final RecognitionRequestRepository requests;

    BookingNumbers(RecognitionRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Optional<String> recognitionNumberOf(long workerAccountId) {
        return requests.findFirstByWorkerAccountIdAndStatusIn(workerAccountId,
                java.util.EnumSet.of(RequestStatus.RECOGNISED)).map(r -> r.recognitionNumber);
    }
}
