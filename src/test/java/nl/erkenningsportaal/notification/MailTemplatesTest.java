package nl.erkenningsportaal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.junit.jupiter.api.Test;

/**
 * Every mail, in every language, with sample data, says nothing about what the portal is for: no word for sex work
 * or recognition in any language, nothing that looks like a portal number, no address.
 */
class MailTemplatesTest {

    /** Giveaway words in every language the portal speaks (Romanian with ș/ț; the text is checked in lower case). */
    static final List<String> FORBIDDEN = List.of("sekswerk", "sekswerker", "prostitutie", "prostitution",
            "prostitute", "sex work", "sex worker", "trabajo sexual", "prostitución", "trabalho sexual",
            "prostituição", "profissional do sexo", "erkenning", "erkend", "recognition", "recognised",
            "recognized", "reconocimiento", "reconhecimento", "erkenningsportaal", "bordeel", "brothel",
            // Romanian, Bulgarian, Hungarian, Polish, Thai
            "muncă sexuală", "lucrătoare sexuală", "lucrător sexual", "prostituți", "prostituat", "recunoaștere",
            "recunoscut", "bordel", "секс работ", "проститу", "признаване", "признание", "признат",
            "публичен дом", "szexmunk", "prostitúci", "prostituált", "elismer", "bordély", "praca seksualn",
            "pracownic seksualn", "pracownik seksualn", "prostytu", "uznan", "burdel", "ค้าประเวณี",
            "โสเภณี", "บริการทางเพศ", "ทางเพศ", "รับรอง", "ซ่อง");
    /** Short words are matched as whole words ("sexta-feira" is Friday in Portuguese). */
    static final Pattern FORBIDDEN_WORDS = Pattern.compile("\\b(escort|seks|sex|sexo|sexual|sexueel|секс|szex"
            + "|seksualn\\w*)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Four plus four or five characters from the number alphabet, with or without a separator. */
    static final Pattern PORTAL_NUMBER = Pattern.compile("\\b[0-9A-Z]{4}[- ]?[0-9A-Z]{4,5}\\b");
    /** A Dutch postcode, or the sample worker's street. */
    static final Pattern ADDRESS = Pattern.compile("\\b[1-9][0-9]{3} ?[A-Z]{2}\\b|Kerkstraat|Hoofdweg 12");

    static final String LINK = "https://mijn.drenthe.example/berichten";
    static final LocalDateTime START = LocalDateTime.of(2026, 12, 4, 14, 30);

    final MailRenderer renderer = new MailRenderer(new PortalI18nProvider());

    static List<String> sample(MailTemplate template) {
        List<String> args = new ArrayList<>();
        for (String name : template.arguments()) {
            args.add(switch (name) {
                case "link" -> LINK + "/0f3a9c1e77d24b8e9a5c3d1f0e2b4a6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6";
                case "start" -> START.toString();
                case "location" -> "GGD Drenthe, spreekkamer 2";
                case "hours" -> "2";
                case "until" -> "2026-12-31";
                case "count" -> "3";
                default -> throw new IllegalStateException(name);
            });
        }
        return args;
    }

    @Test
    void every_template_in_every_language_is_discreet() {
        List<String> problems = new ArrayList<>();
        for (MailTemplate template : MailTemplate.values()) {
            for (Locale language : PortalI18nProvider.LOCALES) {
                RenderedMail mail = renderer.render(template, language, "Gemeente Assen", sample(template));
                for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
                    problems.addAll(check(template + " " + language, part));
                }
                assertThat(mail.subject()).as(template + " " + language).doesNotContain("!");
                assertThat(mail.text()).as(template + " " + language).contains("Gemeente Assen").doesNotContain("{");
                assertThat(mail.html()).contains("<html lang=\"" + language.getLanguage() + "\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_calendar_invitation_is_discreet_in_every_language() {
        List<String> problems = new ArrayList<>();
        PortalI18nProvider i18n = new PortalI18nProvider();
        for (Locale language : PortalI18nProvider.LOCALES) {
            for (boolean cancel : new boolean[] {false, true}) {
                String ics = CalendarInvitation.write(cancel, "ggd-b-17@mijn.drenthe.example", 3, START,
                        START.plusMinutes(20), ZoneId.of("Europe/Amsterdam"),
                        i18n.getTranslation("notification.calendar.summary", language),
                        "GGD Drenthe, spreekkamer 2", "Uw gemeente", "noreply@portaal.localhost", Instant.now());
                String shown = shownInCalendar(ics);
                assertThat(shown).contains("GGD");
                problems.addAll(check("ics " + language, shown));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_checks_themselves_catch_what_they_should() {
        assertThat(check("x", "Uw erkenning is verleend")).isNotEmpty();
        assertThat(check("x", "Su número: AB3K-7QX9")).isNotEmpty();
        assertThat(check("x", "Kerkstraat 1, 9401 AB Assen")).isNotEmpty();
        assertThat(check("x", "Sex work is work")).isNotEmpty();
        assertThat(check("x", "sexta-feira, 4 de dezembro de 2026 14:30")).isEmpty();
        assertThat(check("x", "Recunoaştere acordată")).isNotEmpty();
        assertThat(check("x", "Вашето признаване е одобрено")).isNotEmpty();
        assertThat(check("x", "Секс работа")).isNotEmpty();
        assertThat(check("x", "Az elismerése érvényes")).isNotEmpty();
        assertThat(check("x", "Twoje uznanie jest ważne")).isNotEmpty();
        assertThat(check("x", "การรับรองของคุณได้รับอนุมัติแล้ว")).isNotEmpty();
        assertThat(check("x", "Programarea dumneavoastră la GGD, vineri, 4 decembrie 2026 14:30")).isEmpty();
        assertThat(check("x", "Вашият час при GGD: петък, 4 декември 2026 г., 14:30")).isEmpty();
    }

    /** What a calendar shows: the texts, the place, the organiser and the UID (not the format's keywords). */
    static String shownInCalendar(String ics) {
        return ics.replace("\r\n ", "").lines()
                .filter(l -> l.matches("(SUMMARY|LOCATION|DESCRIPTION|ORGANIZER|UID)[:;].*"))
                .map(l -> l.substring(l.indexOf(':') + 1)).reduce("", (a, b) -> a + "\n" + b);
    }

    static List<String> check(String where, String text) {
        List<String> problems = new ArrayList<>();
        // Romanian written with a cedilla (ş, ţ) is still Romanian
        String lower = text.toLowerCase(Locale.ROOT).replace('ş', 'ș').replace('ţ', 'ț');
        for (String word : FORBIDDEN) {
            if (lower.contains(word)) {
                problems.add(where + ": " + word);
            }
        }
        var m = FORBIDDEN_WORDS.matcher(text);
        if (m.find()) {
            problems.add(where + ": " + m.group());
        }
        // a link is the portal address plus a random token (base64url), which can look like a number by chance:
        // the number check reads the text around the links
        m = PORTAL_NUMBER.matcher(text.replaceAll("https?://\\S+", "<link>"));
        if (m.find()) {
            problems.add(where + ": number-like " + m.group());
        }
        m = ADDRESS.matcher(text);
        if (m.find()) {
            problems.add(where + ": address-like " + m.group());
        }
        return problems;
    }
}
