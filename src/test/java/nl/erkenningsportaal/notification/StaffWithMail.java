package nl.erkenningsportaal.notification;

import java.util.UUID;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** Staff accounts with a confirmed work address, made through the real account API. */
final class StaffWithMail {

    private StaffWithMail() {}

    record Staff(SignedInUser user, @Nullable String email) {
        long id() {
            return user.id();
        }
    }

    static Staff create(ApplicationContext ctx, String role, @Nullable String municipalityId) {
        TestAccounts accounts = ctx.getBean(TestAccounts.class);
        AccountContacts contacts = ctx.getBean(AccountContacts.class);
        SignedInUser user = accounts.create(role, municipalityId);
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 10) + "@werk.example";
        TestAccounts.signIn(user);
        try {
            contacts.changeOwnWorkEmail(email);
        } finally {
            TestAccounts.signOut();
        }
        contacts.confirmEmail(user.id(), contacts.emailLookupOf(user.id()).orElseThrow());
        return new Staff(user, email);
    }

    static Staff withoutMail(ApplicationContext ctx, String role, @Nullable String municipalityId) {
        return new Staff(ctx.getBean(TestAccounts.class).create(role, municipalityId), null);
    }
}
