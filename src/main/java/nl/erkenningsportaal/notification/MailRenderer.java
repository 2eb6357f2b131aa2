package nl.erkenningsportaal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.erkenningsportaal.platform.PortalI18nProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a {@link MailTemplate} in one language: a greeting, the template's text, the sender's name (the
 * municipality's, e.g. "Gemeente Assen") and a neutral footer; plain text and an HTML alternative of the same words.
 */
@Component
public class MailRenderer {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final PortalI18nProvider i18n;

    MailRenderer(PortalI18nProvider i18n) {
        this.i18n = i18n;
    }

    public RenderedMail render(MailTemplate template, Locale locale, String senderName, List<String> arguments) {
        Locale language = PortalI18nProvider.supported(locale);
        Object[] args = MessageArguments.localized(arguments, language);
        String subject = i18n.getTranslation(template.subjectKey(), language, args);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(i18n.getTranslation("notification.mail.greeting", language));
        for (String p : i18n.getTranslation(template.textKey(), language, args).split("\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        paragraphs.add(i18n.getTranslation("notification.mail.closing", language));
        paragraphs.add(senderName);
        String footer = i18n.getTranslation("notification.mail.footer", language);

        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            // the closing and the sender's name stand on consecutive lines, as in a letter
            text.append(paragraphs.get(i)).append(i == paragraphs.size() - 2 ? "\n" : "\n\n");
        }
        text.append("--\n").append(footer).append('\n');

        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(HtmlUtils.htmlEscape(subject))
                .append("</title></head>\n<body style=\"font-family:Arial,sans-serif;font-size:16px;"
                        + "line-height:1.5;color:#1a1a1a;max-width:40em\">\n");
        for (int i = 0; i < paragraphs.size() - 2; i++) {
            html.append("<p>").append(linked(paragraphs.get(i))).append("</p>\n");
        }
        html.append("<p>").append(HtmlUtils.htmlEscape(paragraphs.get(paragraphs.size() - 2))).append("<br>")
                .append(HtmlUtils.htmlEscape(senderName)).append("</p>\n")
                .append("<hr><p style=\"font-size:13px;color:#4a4a4a\">").append(HtmlUtils.htmlEscape(footer))
                .append("</p>\n</body></html>\n");
        return new RenderedMail(subject, text.toString(), html.toString());
    }

    /** Escapes a paragraph and turns its web address into a link. */
    private static String linked(String paragraph) {
        Matcher m = LINK.matcher(paragraph);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(HtmlUtils.htmlEscape(paragraph.substring(last, m.start())));
            String url = HtmlUtils.htmlEscape(m.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = m.end();
        }
        return out.append(HtmlUtils.htmlEscape(paragraph.substring(last))).toString();
    }
}
