package nl.erkenningsportaal.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.erkenningsportaal.account.CurrentUser;
import nl.erkenningsportaal.account.EmailAddressService;
import nl.erkenningsportaal.account.OwnEmail;
import nl.erkenningsportaal.platform.Roles;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.audit.AuditAction;
import nl.erkenningsportaal.audit.AuditService;
import nl.erkenningsportaal.platform.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's own alerts: the notices in the portal, how each kind reaches them (at once, a daily digest, or only
 * here), and the work address the mail goes to (confirmed through a link, like every address). Only one's own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.OFFICER + "', '" + Roles.GGD + "', '" + Roles.COORDINATOR + "')")
public class StaffAlertService {

    static final int LIST_MAX = 200;

    private final StaffAlertStore store;
    private final StaffAlerts alerts;
    private final EmailAddressService addresses;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    StaffAlertService(StaffAlertStore store, StaffAlerts alerts,
            EmailAddressService addresses, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.addresses = addresses;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in staff member's notices, newest first. */
    public List<StaffAlert> myAlerts() {
        return store.of(currentUser.require().id(), LIST_MAX);
    }

    public int myUnreadCount() {
        return store.unread(currentUser.require().id());
    }

    @Transactional
    public void markRead(long alertId) {
        if (!store.markRead(currentUser.require().id(), alertId, clock.instant())) {
            throw new Refusal("error.not-found");
        }
    }

    @Transactional
    public int markAllRead() {
        return store.markAllRead(currentUser.require().id(), clock.instant());
    }

    /** The kinds the signed-in member's role receives, each with how it reaches them now. */
    public Map<AlertKind, AlertDelivery> myChoices() {
        SignedInUser me = currentUser.require();
        Map<AlertKind, AlertDelivery> choices = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.forRole(me.role())) {
            choices.put(kind, alerts.deliveryFor(me.id(), kind));
        }
        return choices;
    }

    /** Chooses how one kind reaches the signed-in member; refused for a kind of another role or one that is fixed. */
    @Transactional
    public void choose(AlertKind kind, AlertDelivery delivery) {
        SignedInUser me = currentUser.require();
        if (!kind.role().equals(me.role())) {
            throw new Refusal("error.not-found");
        }
        if (kind.alwaysAtOnce() && delivery != AlertDelivery.AT_ONCE) {
            throw new Refusal("notification.alerts.always-at-once");
        }
        store.choose(me.id(), kind, delivery);
        audit.record(AuditAction.ALERT_CHOICE_CHANGED, "ACCOUNT", Long.toString(me.id()),
                kind.name() + "=" + delivery.name());
    }

    public OwnEmail myWorkEmail() {
        return addresses.myWorkEmail();
    }

    /**
     * Sets a new work address (unconfirmed; a confirmation link goes to it) or, with a blank value, removes it: mail
     * stops at once, also mail already waiting in the outbox.
     */
    @Transactional
    public void changeMyWorkEmail(@Nullable String email) {
        addresses.changeMyWorkEmail(email);
    }
}
