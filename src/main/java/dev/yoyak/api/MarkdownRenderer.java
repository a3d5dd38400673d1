package dev.yoyak.api;

import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.markdown.MarkdownRenderer.Builder;

import dev.yoyak.article.Bilingual;
import dev.yoyak.article.SummaryPoints;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.article.SummaryResult;

/**
 * A result as a Markdown document: headline in both languages, byline and date, the bilingual summary, the
 * translation paragraph by paragraph with its Korean, captions, names and the fidelity checks. The one renderer
 * behind {@code Accept: text/markdown} and the reader page's download. The document is built as a CommonMark
 * tree and rendered by commonmark-java, so article text that looks like Markdown (* _ # > …) is escaped.
 */
public final class MarkdownRenderer {

    /** The media type of the document. */
    public static final String MEDIA_TYPE = "text/markdown";
    /** The same, with its charset, as the answer carries it. */
    public static final String MEDIA_TYPE_UTF8 = MEDIA_TYPE + ";charset=UTF-8";

    private static final org.commonmark.renderer.markdown.MarkdownRenderer RENDERER = new Builder().build();

    private MarkdownRenderer() {
    }

    /** The document for one result. */
    public static String render(SummaryResult result) {
        Document doc = new Document();
        doc.appendChild(heading(1, text(result.title().en().isBlank() ? "Translation" : result.title().en())));
        if (!result.title().ko().isBlank()) {
            doc.appendChild(paragraph(wrap(new StrongEmphasis(), result.title().ko())));
        }
        String dateline = String.join(" · ", List.of(result.byline(), result.publishedAt()).stream()
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!dateline.isEmpty()) {
            doc.appendChild(paragraph(text(dateline)));
        }

        doc.appendChild(heading(2, text("Summary")));
        boolean bullets = result.summaryStyle() == SummaryStyle.BULLETS;
        summary(doc, result.summary().en(), bullets, "-");
        summary(doc, result.summary().ko(), bullets, "*");

        doc.appendChild(heading(2, text("Article")));
        pairs(doc, result.paragraphs());
        if (!result.captions().isEmpty()) {
            doc.appendChild(heading(2, text("Photo captions")));
            pairs(doc, result.captions());
        }
        if (!result.entities().isEmpty()) {
            doc.appendChild(heading(2, text("Names")));
            doc.appendChild(list("-", result.entities().stream()
                    .map(e -> e.ko() + " → " + e.en() + " (" + e.type() + ")").toList()));
        }
        doc.appendChild(heading(2, text("Checks")));
        if (result.checks().isEmpty()) {
            doc.appendChild(paragraph(text("No problems found.")));
        } else {
            doc.appendChild(list("-", result.checks().stream()
                    .map(c -> c.kind() + " (" + c.severity() + "): " + c.source() + " — " + c.detail()).toList()));
        }

        doc.appendChild(new ThematicBreak());
        doc.appendChild(paragraph(wrap(new Emphasis(), "Machine translation by yoyak with " + result.model()
                + "; summary " + result.summaryStyle().value() + ", Korean " + result.koreanRegister().value()
                + ". Result " + result.id() + ".")));
        return RENDERER.render(doc);
    }

    /** One language of the summary: a paragraph, or a list of its points (another marker, so the lists stay two). */
    private static void summary(Document doc, String text, boolean bullets, String marker) {
        if (bullets) {
            doc.appendChild(list(marker, SummaryPoints.parse(text)));
        } else {
            doc.appendChild(paragraph(text(text)));
        }
    }

    /** English paragraphs, each followed by its Korean source as a quote. */
    private static void pairs(Document doc, List<Bilingual> pairs) {
        for (Bilingual pair : pairs) {
            doc.appendChild(paragraph(text(pair.en())));
            BlockQuote quote = new BlockQuote();
            quote.appendChild(paragraph(text(pair.ko())));
            doc.appendChild(quote);
        }
    }

    private static BulletList list(String marker, List<String> items) {
        BulletList list = new BulletList();
        list.setMarker(marker);
        list.setTight(true);
        for (String item : items) {
            ListItem entry = new ListItem();
            entry.appendChild(paragraph(text(item)));
            list.appendChild(entry);
        }
        return list;
    }

    private static Heading heading(int level, Node content) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(content);
        return heading;
    }

    private static Paragraph paragraph(Node content) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(content);
        return paragraph;
    }

    private static Node wrap(Node container, String value) {
        container.appendChild(text(value));
        return container;
    }

    private static Text text(String value) {
        // A line break inside a paragraph would end it in the output; the document keeps one line per block.
        return new Text(value == null ? "" : value.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
