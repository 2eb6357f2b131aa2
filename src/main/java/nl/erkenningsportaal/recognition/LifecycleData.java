package nl.erkenningsportaal.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What came after the first request, for the worker's copy of her data (art. 15 and 20 GDPR): her objections with her
 * grounds, the hearing and the outcome; a revocation and its reasons; her corrections with the values still kept; her
 * transfers; her renewals. Everything of hers, decrypted; nothing about the officers.
 */
@Component
class LifecycleData {

    private final ObjectionStore objections;
    private final CorrectionStore corrections;
    private final TransferStore transfers;
    private final RenewalStore renewals;
    private final RequestCrypto crypto;

    LifecycleData(ObjectionStore objections, CorrectionStore corrections, TransferStore transfers,
            RenewalStore renewals, RequestCrypto crypto) {
        this.objections = objections;
        this.corrections = corrections;
        this.transfers = transfers;
        this.renewals = renewals;
        this.crypto = crypto;
    }

    Map<String, Object> describe(long requestId) {
        Map<String, Object> m = new LinkedHashMap<>();
        objections.revocation(requestId).ifPresent(v -> m.put("revocation", entries("reason", v.reason().name(),
                "explanation", text(v.textEnc(), "recognition_revocation.text"), "revokedAt",
                v.revokedAt().toString())));
        m.put("objections", objections.all(requestId).stream().map(o -> entries("against", o.decision().name(),
                "decisionAt", o.decisionAt().toString(), "lodgedAt", o.lodgedAt().toString(), "late", o.late(),
                "grounds", text(o.groundsEnc(), "recognition_objection.grounds"), "status", o.status().name(),
                "receivedAt", string(o.receivedAt()), "hearingAt", string(o.hearingAt()),
                "hearingPlace", text(o.hearingPlaceEnc(), "recognition_objection.hearing_place"),
                "heardAt", string(o.heardAt()),
                "hearingReport", text(o.hearingReportEnc(), "recognition_objection.hearing_report"),
                "noHearingBecause", o.noHearingReason() == null ? null : o.noHearingReason().name(),
                "outcome", o.outcome() == null ? null : o.outcome().name(),
                "outcomeReasons", text(o.outcomeTextEnc(), "recognition_objection.outcome"),
                "decidedAt", string(o.decidedAt()), "withdrawnAt", string(o.withdrawnAt()))).toList());
        m.put("corrections", corrections.all(requestId).stream().map(c -> entries("proposedAt",
                c.proposedAt().toString(), "fields", CorrectionStore.names(c.fields()), "status", c.status().name(),
                "proposed", text(c.proposedEnc(), "recognition_correction.proposed"),
                "replaced", text(c.previousEnc(), "recognition_correction.previous"),
                "refusal", text(c.refusalTextEnc(), "recognition_correction.refusal_text"),
                "decidedAt", string(c.decidedAt()), "valuesKeptUntil",
                c.valuesKeptUntil() == null ? null : c.valuesKeptUntil().toString())).toList());
        m.put("moves", transfers.all(requestId).stream().map(t -> entries("from", t.fromMunicipality(), "to",
                t.toMunicipality(), "reportedAt", t.reportedAt().toString(), "status", t.status().name(),
                "decidedAt", string(t.decidedAt()),
                "refusal", text(t.refusalTextEnc(), "recognition_transfer.refusal_text"))).toList());
        m.put("renewals", renewals.all(requestId).stream().map(n -> entries("askedAt", n.askedAt().toString(),
                "validUntilThen", n.validUntilThen().toString(), "status", n.status().name(),
                "conversationAt", string(n.conversationAt()),
                "conversationPlace", n.place() == null ? null : n.place().name(),
                "placeText", text(n.placeTextEnc(), "recognition_renewal.place_text"),
                "conversation", n.checklist(), "renewedAt", string(n.renewedAt()),
                "validUntilAfter", n.validUntilAfter() == null ? null : n.validUntilAfter().toString())).toList());
        return m;
    }

    private String text(String enc, String purpose) {
        return enc == null ? null : crypto.decryptText(enc, purpose);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<String, Object> entries(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    List<String> sections() {
        return List.of("revocation", "objections", "corrections", "moves", "renewals");
    }
}
