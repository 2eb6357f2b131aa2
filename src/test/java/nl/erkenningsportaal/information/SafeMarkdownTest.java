package nl.erkenningsportaal.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Hallo <script src=\"https://evil.example/x.js\"></script> wereld",
        "<img src=x onerror=alert(1)>",
        "![plaatje](https://evil.example/x.png)",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](java&#x09;script:alert(1))",
        "<svg onload=alert(1)><circle r=1 /></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p style=\"width: expression(alert(1))\">tekst</p>",
        "<div style=\"background:url(javascript:alert(1))\">tekst</div>",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"data:text/html,<script>alert(1)</script>\">klik</a>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=x><button>go</button></form>",
        "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">tekst</p>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<base href=\"https://evil.example/\"><link rel=stylesheet href=x><meta http-equiv=refresh content=0>",
        "<details open ontoggle=alert(1)>",
    })
    void scripts_event_handlers_styles_frames_and_dangerous_links_are_removed(String payload) {
        String html = SafeMarkdown.toHtml(payload);
        Document doc = parse(html);
        assertThat(doc.select("script, img, svg, iframe, object, embed, form, input, button, style, math, base, "
                + "link, meta, details, div")).as(html).isEmpty();
        for (Element e : doc.body().getAllElements()) {
            e.attributes().forEach(a -> {
                assertThat(a.getKey()).as(html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
                assertThat(a.getValue().toLowerCase().replaceAll("\\s", "")).as(html)
                        .doesNotContain("javascript:").doesNotStartWith("data:");
            });
        }
        assertThat(html.toLowerCase()).doesNotContain("<script", "onerror", "onload", "javascript:", "expression(");
    }

    @Test
    void headings_lists_emphasis_and_paragraphs_are_kept_and_headings_start_at_h2() {
        String html = SafeMarkdown.toHtml("""
                # Wat is erkenning?

                Erkenning is **vrijwillig** en *gratis*.

                ## Wie ziet wat?

                - de handhaver
                - niemand anders

                1. eerst
                2. dan
                """);
        Document doc = parse(html);
        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.select("h2").text()).isEqualTo("Wat is erkenning?");
        assertThat(doc.select("h3").text()).isEqualTo("Wie ziet wat?");
        assertThat(doc.select("ul > li")).extracting(Element::text).containsExactly("de handhaver", "niemand anders");
        assertThat(doc.select("ol > li")).hasSize(2);
        assertThat(doc.select("strong").text()).isEqualTo("vrijwillig");
        assertThat(doc.select("em").text()).isEqualTo("gratis");
        assertThat(doc.select("p").first().text()).isEqualTo("Erkenning is vrijwillig en gratis.");
    }

    @Test
    void headings_that_skip_a_level_are_put_in_order() {
        Document doc = parse(SafeMarkdown.toHtml("## Een\n\n#### Twee\n\n### Drie\n\n###### Vier\n"));
        assertThat(doc.select("h2, h3, h4, h5, h6")).extracting(Element::normalName)
                .containsExactly("h2", "h3", "h3", "h4");
    }

    @Test
    void a_local_part_starts_its_headings_at_h3() {
        Document doc = parse(SafeMarkdown.toHtml("# Spreekuur in Assen\n\n## Tijden\n", 3));
        assertThat(doc.select("h3").text()).isEqualTo("Spreekuur in Assen");
        assertThat(doc.select("h4").text()).isEqualTo("Tijden");
        assertThat(doc.select("h2")).isEmpty();
    }

    @Test
    void web_mail_phone_and_relative_links_are_kept_with_noopener_noreferrer() {
        Document doc = parse(SafeMarkdown.toHtml("""
                [web](https://www.politie.nl/) [mail](mailto:info@comensha.nl) [bel](tel:0800-7000) \
                [spreekuur](/informatie/ggd-spreekuur) [oud](http://example.org/)
                """));
        List<Element> links = doc.select("a");
        assertThat(links).extracting(a -> a.attr("href")).containsExactly("https://www.politie.nl/",
                "mailto:info@comensha.nl", "tel:0800-7000", "/informatie/ggd-spreekuur", "http://example.org/");
        assertThat(links).allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("noopener noreferrer"));
    }

    @Test
    void text_that_looks_like_html_in_a_code_span_stays_visible_text() {
        Document doc = parse(SafeMarkdown.toHtml("Schrijf nooit `<script>` in een pagina."));
        assertThat(doc.select("code").text()).isEqualTo("<script>");
        assertThat(doc.select("script")).isEmpty();
    }
}
