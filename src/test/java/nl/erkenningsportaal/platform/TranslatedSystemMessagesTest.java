package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.SystemMessages;
import java.util.Locale;
import nl.erkenningsportaal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Vaadin's own messages (out of step, internal error, cookies off) speak the page's language, never Vaadin's English. */
class TranslatedSystemMessagesTest extends KaribuTest {

    @Autowired
    TranslatedSystemMessages translated;

    @Test
    void vaadins_own_messages_are_in_each_supported_language_and_dutch_for_any_other() {
        assertThat(translated.messages(Locale.ENGLISH).getSyncErrorCaption()).isEqualTo("The page needs to be reloaded");
        assertThat(translated.messages(Locale.of("es")).getInternalErrorCaption()).isEqualTo("Algo salió mal");
        assertThat(translated.messages(Locale.of("pt", "BR")).getCookiesDisabledCaption())
                .isEqualTo("Os cookies estão desativados");
        SystemMessages other = translated.messages(Locale.of("tr"));
        assertThat(other.getSyncErrorCaption()).isEqualTo("De pagina moet opnieuw worden geladen");
        assertThat(translated.messages(null).getSyncErrorMessage()).isEqualTo(other.getSyncErrorMessage());
        for (Locale l : PortalI18nProvider.LOCALES) {
            SystemMessages m = translated.messages(l);
            assertThat(m.getSyncErrorMessage()).doesNotContain("!").doesNotContain("Your session");
            assertThat(m.getInternalErrorMessage()).doesNotContain("!").doesNotContain("administrator");
            assertThat(m.getCookiesDisabledMessage()).doesNotContain("!");
            // an expired session reloads without a message; the page then asks to sign in again
            assertThat(m.isSessionExpiredNotificationEnabled()).isFalse();
        }
    }
}
