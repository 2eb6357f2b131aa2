package nl.erkenningsportaal.information;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page: commonmark renders it, then jsoup's allow-list keeps only
 * headings, paragraphs, lists, emphasis, quotes, code and links (http, https, mailto, tel or relative, with
 * {@code rel="noopener noreferrer"}). Everything else — scripts, event handlers, styles, images, frames,
 * {@code javascript:} and {@code data:} links — is dropped, so an editor can never put script on a page.
 *
 * <p>Headings are shifted so the body's first level is {@code topLevel} (the view's title is the only h1) and no
 * level is skipped, which keeps the page's outline in order for screen readers.
 */
public final class SafeMarkdown {

    /** Only used to tell relative links from dangerous ones; never shown. */
    private static final String BASE_URI = "https://erkenningsportaal.invalid/";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i", "a",
                    "blockquote", "code", "pre", "hr")
            .addAttributes("a", "href")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeMarkdown() {}

    /** A page body: headings start at h2. */
    public static String toHtml(String markdown) {
        return toHtml(markdown, 2);
    }

    /** Renders and sanitises; the body's highest heading becomes {@code topLevel} (2–6). */
    public static String toHtml(String markdown, int topLevel) {
        Node document = PARSER.parse(markdown);
        shiftHeadings(document, Math.clamp(topLevel, 2, 6));
        return Jsoup.clean(RENDERER.render(document), BASE_URI, SAFELIST, OUTPUT);
    }

    private static void shiftHeadings(Node document, int topLevel) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(topLevel);
        int previous = topLevel - 1;
        for (Heading heading : headings) {
            int level = heading.getLevel() - highest + topLevel;
            level = Math.min(Math.min(level, previous + 1), 6);
            level = Math.max(level, topLevel);
            heading.setLevel(level);
            previous = level;
        }
    }
}
