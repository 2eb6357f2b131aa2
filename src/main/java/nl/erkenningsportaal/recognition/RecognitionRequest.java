package nl.erkenningsportaal.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A request. The {@code *Enc} columns hold ciphertext; {@link RequestCrypto} turns them into an {@link Identity}. */
@Entity
@Table(name = "recognition_request")
class RecognitionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "worker_account_id")
    @Nullable Long workerAccountId;

    /** The officer of the municipality who owns the request on the worklist (null: nobody yet). */
    @Column(name = "assignee_account_id")
    @Nullable Long assigneeAccountId;

    @Column(name = "municipality_id")
    String municipalityId;

    String origin;

    @Enumerated(EnumType.STRING)
    RequestStatus status;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "legal_name_enc")
    String legalNameEnc;

    @Column(name = "date_of_birth_enc")
    String dateOfBirthEnc;

    @Column(name = "nationality_enc")
    String nationalityEnc;

    @Column(name = "street_enc")
    String streetEnc;

    @Column(name = "house_number_enc")
    String houseNumberEnc;

    @Column(name = "house_number_addition_enc")
    @Nullable String houseNumberAdditionEnc;

    @Column(name = "postcode_enc")
    String postcodeEnc;

    @Column(name = "town_enc")
    String townEnc;

    @Column(name = "phone_enc")
    @Nullable String phoneEnc;

    @Column(name = "work_name_enc")
    @Nullable String workNameEnc;

    /** The work name's blind index, by which the worklist finds the request ({@link WorkNameIndex}). */
    @Column(name = "work_name_index")
    @Nullable String workNameIndex;

    String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact")
    ContactPreference preferredContact;

    @Column(name = "duplicate_index")
    String duplicateIndex;

    @Column(name = "consent_version")
    @Nullable Integer consentVersion;

    @Column(name = "consent_at")
    @Nullable Instant consentAt;

    @Column(name = "intake_at")
    @Nullable Instant intakeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "intake_place")
    @Nullable IntakePlace intakePlace;

    @Column(name = "intake_place_text_enc")
    @Nullable String intakePlaceTextEnc;

    @Column(name = "informed_rules")
    @Nullable Boolean informedRules;

    @Column(name = "informed_ggd")
    @Nullable Boolean informedGgd;

    @Column(name = "identity_document_checked")
    @Nullable Boolean identityDocumentChecked;

    @Column(name = "works_voluntarily")
    @Nullable Boolean worksVoluntarily;

    @Column(name = "care_offered")
    @Nullable Boolean careOffered;

    @Column(name = "checklist_recorded_at")
    @Nullable Instant checklistRecordedAt;

    @Column(name = "recognition_number")
    @Nullable String recognitionNumber;

    @Column(name = "valid_from")
    @Nullable LocalDate validFrom;

    @Column(name = "valid_until")
    @Nullable LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    @Nullable DeclineReason declineReason;

    @Column(name = "decline_text_enc")
    @Nullable String declineTextEnc;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    @Nullable EndReason endReason;

    @Column(name = "renewal_requested")
    boolean renewalRequested;

    /** The catalogue version the decline was taken with (decision 0051); null for decisions before the catalogue. */
    @Column(name = "decline_reason_entry")
    @Nullable Long declineReasonEntry;

    /** The catalogue version the officer ended the recognition with; null for a system outcome. */
    @Column(name = "end_reason_entry")
    @Nullable Long endReasonEntry;

    @Version
    long version;

    protected RecognitionRequest() {}

    @Nullable IntakeChecklist checklist() {
        if (checklistRecordedAt == null) {
            return null;
        }
        return new IntakeChecklist(Boolean.TRUE.equals(informedRules), Boolean.TRUE.equals(informedGgd),
                Boolean.TRUE.equals(identityDocumentChecked), Boolean.TRUE.equals(worksVoluntarily),
                Boolean.TRUE.equals(careOffered));
    }

    void recordChecklist(IntakeChecklist c, Instant at) {
        informedRules = c.informedAboutRules();
        informedGgd = c.informedAboutGgd();
        identityDocumentChecked = c.identityDocumentChecked();
        worksVoluntarily = c.worksVoluntarily();
        careOffered = c.careOrExitProgrammeOffered();
        checklistRecordedAt = at;
    }

    long workerIdOrZero() {
        return workerAccountId == null ? 0 : workerAccountId;
    }
}
