package nl.erkenningsportaal.platform;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own messages for when the page and the server lose step (a "synchronization error", for instance after
 * the connection dropped while an answer was under way, see the layout module's IdleResponseRelease), for an
 * internal error and for disabled cookies, in the page's language: Vaadin's defaults are English only. An expired
 * session still just reloads the page, which then asks to sign in again.
 */
@Component
class TranslatedSystemMessages implements VaadinServiceInitListener {

    private final PortalI18nProvider i18n;
    /** Asked for on every page load (the bootstrap carries them): built once per supported language. */
    private final Map<Locale, SystemMessages> byLanguage = new ConcurrentHashMap<>();

    TranslatedSystemMessages(PortalI18nProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
    }

    SystemMessages messages(@Nullable Locale requested) {
        return byLanguage.computeIfAbsent(requested == null ? PortalI18nProvider.DUTCH
                : PortalI18nProvider.supported(requested), this::build);
    }

    private SystemMessages build(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSyncErrorCaption(i18n.getTranslation("error.sync.caption", locale));
        messages.setSyncErrorMessage(i18n.getTranslation("error.sync.message", locale));
        messages.setInternalErrorCaption(i18n.getTranslation("error.internal.caption", locale));
        messages.setInternalErrorMessage(i18n.getTranslation("error.internal.message", locale));
        messages.setCookiesDisabledCaption(i18n.getTranslation("error.cookies.caption", locale));
        messages.setCookiesDisabledMessage(i18n.getTranslation("error.cookies.message", locale));
        return messages;
    }
}
