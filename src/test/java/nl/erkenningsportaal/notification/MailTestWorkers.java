package nl.erkenningsportaal.notification;

import java.util.Locale;
import java.util.UUID;
import nl.erkenningsportaal.account.AccountContacts;
import nl.erkenningsportaal.account.SignedInUser;
import nl.erkenningsportaal.account.TestAccounts;
import nl.erkenningsportaal.platform.Roles;
import org.springframework.context.ApplicationContext;

/** Creates worker accounts with a confirmed e-mail address and a language, through the real account API. */
final class MailTestWorkers {

    private MailTestWorkers() {}

    record Worker(long id, String email) {}

    static Worker withConfirmedEmail(ApplicationContext ctx, Locale language) {
        TestAccounts accounts = ctx.getBean(TestAccounts.class);
        AccountContacts contacts = ctx.getBean(AccountContacts.class);
        SignedInUser user = accounts.create(Roles.WORKER, null);
        String email = "w" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        TestAccounts.signIn(user);
        try {
            contacts.changeOwnEmail(email);
            contacts.rememberOwnLanguage(language);
        } finally {
            TestAccounts.signOut();
        }
        contacts.confirmEmail(user.id(), contacts.emailLookupOf(user.id()).orElseThrow());
        return new Worker(user.id(), email);
    }
}
