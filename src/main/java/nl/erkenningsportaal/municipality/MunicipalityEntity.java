package nl.erkenningsportaal.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "municipality")
class MunicipalityEntity {

    @Id
    private String id;

    private String name;
    private String region;
    private boolean participating;

    @Column(name = "recognition_validity_months")
    private int recognitionValidityMonths;

    @Column(name = "retention_declined_months")
    private int retentionDeclinedMonths;

    @Column(name = "retention_ended_years")
    private int retentionEndedYears;

    @Column(name = "retention_bookings_months")
    private int retentionBookingsMonths;

    @Column(name = "retention_visit_address_weeks")
    private int retentionVisitAddressWeeks;

    @Column(name = "retention_visits_months")
    private int retentionVisitsMonths;

    @Column(name = "retention_advertisements_months")
    private int retentionAdvertisementsMonths;

    @Column(name = "reminder_days_before")
    private int reminderDaysBefore;

    @Column(name = "mail_sender_name")
    private String mailSenderName;

    @Version
    private long version;

    protected MunicipalityEntity() {}

    Municipality toRecord() {
        return new Municipality(id, name, region, participating,
                new MunicipalitySettings(recognitionValidityMonths, reminderDaysBefore, mailSenderName),
                new RetentionSettings(retentionDeclinedMonths, retentionEndedYears, retentionBookingsMonths,
                        retentionVisitAddressWeeks, retentionVisitsMonths, retentionAdvertisementsMonths));
    }

    void apply(MunicipalitySettings s) {
        recognitionValidityMonths = s.recognitionValidityMonths();
        reminderDaysBefore = s.reminderDaysBefore();
        mailSenderName = s.mailSenderName().strip();
    }

    void participate(boolean taking) {
        participating = taking;
    }

    void apply(RetentionSettings r) {
        retentionDeclinedMonths = r.declinedMonths();
        retentionEndedYears = r.endedYears();
        retentionBookingsMonths = r.bookingsMonths();
        retentionVisitAddressWeeks = r.visitAddressWeeks();
        retentionVisitsMonths = r.visitsMonths();
        retentionAdvertisementsMonths = r.advertisementsMonths();
    }

    String getId() {
        return id;
    }
}
