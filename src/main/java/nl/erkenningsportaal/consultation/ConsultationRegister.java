package nl.erkenningsportaal.consultation;

import static nl.erkenningsportaal.privacy.DataCategory.CARE;
import static nl.erkenningsportaal.privacy.DataCategory.IDENTITY;
import static nl.erkenningsportaal.privacy.DataCategory.TECHNICAL;

import java.util.List;
import nl.erkenningsportaal.account.AccountRules;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.privacy.DataCategory;
import nl.erkenningsportaal.privacy.DeclaredTable;
import nl.erkenningsportaal.privacy.LegalBasis;
import nl.erkenningsportaal.privacy.ProcessingDeclaration;
import nl.erkenningsportaal.privacy.Purpose;
import nl.erkenningsportaal.privacy.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * The consultation module's tables in the processing register. The schedule (locations, series, sessions, slots)
 * holds nothing personal; a booking is GGD care (its reason may be a health matter), seen by the worker and the GGD,
 * never by enforcement.
 */
@Component
class ConsultationRegister implements ProcessingDeclaration {

    @Override
    public String module() {
        return "consultation";
    }

    @Override
    public List<RetentionRule> rules() {
        return BookingRetention.RULES;
    }

    @Override
    public List<DeclaredTable> tables() {
        return List.of(
                DeclaredTable.notPersonal("consultation_location", Purpose.CONSULTATION, "id", "name", "address",
                        "accessibility_notes", "archived_at"),
                // the GGD's booking rules and their history: numbers, no person
                DeclaredTable.notPersonal("consultation_booking_rules", Purpose.CONSULTATION, "id",
                        "max_future_bookings", "cancel_until_before_minutes", "weeks_ahead", "short_notice_minutes",
                        "changed_at", "reminder_before_minutes"),
                DeclaredTable.notPersonal("consultation_series", Purpose.CONSULTATION, "id", "location_id",
                        "weekday", "start_time", "end_time", "slot_minutes", "places_per_slot", "first_date",
                        "last_date"),
                DeclaredTable.notPersonal("consultation_series_municipality", Purpose.CONSULTATION, "series_id",
                        "municipality_id"),
                // cancel_message is the GGD's note to everyone booked ("the session moves"), not about a person
                DeclaredTable.notPersonal("consultation_session", Purpose.CONSULTATION, "id", "series_id",
                        "session_date", "start_time", "end_time", "cancelled", "cancel_message", "walk_ins"),
                DeclaredTable.notPersonal("consultation_slot", Purpose.CONSULTATION, "id", "session_id",
                        "start_time", "end_time", "capacity", "booked", "places_target"),
                // the history of series changes: what changed, and the GGD staff member's account id until the
                // region's audit term is over (then NULL), for the same accountability as the audit trail
                DeclaredTable.table("consultation_series_change", Purpose.CONSULTATION, LegalBasis.PUBLIC_HEALTH)
                        .seenBy(Roles.GGD)
                        .keptBy(BookingRetention.SERIES_CHANGE_AUTHORS)
                        .notPersonal("id", "series_id", "changed_at", "from_date", "last_date_before",
                                "last_date_after", "start_before", "start_after", "end_before", "end_after",
                                "places_before", "places_after", "sessions_changed", "sessions_added",
                                "sessions_removed", "bookings_moved", "bookings_cancelled", "waiting_moved",
                                "waiting_ended", "waiting_given_place")
                        .columns(DataCategory.ACCOUNT, "changed_by")
                        .build(),
                DeclaredTable.table("consultation_booking", Purpose.CONSULTATION, LegalBasis.PUBLIC_HEALTH)
                        .seenBy(Roles.WORKER, Roles.GGD)
                        .keptBy(BookingRetention.BOOKINGS)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "id", "worker_account_id", "active")
                        .columns(CARE, "slot_id", "municipality_id", "booking_code", "language", "interpreter",
                                "reason", "status", "created_at", "by_phone")
                        .encrypted(IDENTITY, "work_name_enc")
                        .build(),
                DeclaredTable.table("consultation_waiting", Purpose.CONSULTATION, LegalBasis.PUBLIC_HEALTH)
                        .seenBy(Roles.WORKER)
                        .keptBy(BookingRetention.WAITING)
                        .keptBy(AccountRules.WORKER_IDLE_ERASE)
                        .columns(TECHNICAL, "id", "worker_account_id")
                        .columns(CARE, "slot_id", "municipality_id", "language", "interpreter", "reason",
                                "created_at")
                        .build());
    }
}
