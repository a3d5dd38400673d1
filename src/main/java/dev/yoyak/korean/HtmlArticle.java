package dev.yoyak.korean;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import net.dankito.readability4j.Readability4J;

/**
 * Reduces an HTML news page (a saved page, a crawler's copy) to the text of its article, written as a pasted page
 * is: headline, time and byline lines, then the body one paragraph per line — so {@link ArticleParser} reads it
 * like any pasted text and the answer has the same shape. The page's metadata gives the header: {@code og:title},
 * {@code itemprop=headline} or {@code <h1>}; {@code article:published_time} or {@code itemprop=datePublished};
 * {@code author}/{@code itemprop=author}. The body is the publisher's {@code itemprop=articleBody} when marked,
 * else what Readability4J (a port of Mozilla's Readability: text and link density) finds, else the whole
 * {@code <body>} without scripts, navigation, headers, footers and forms, left to the text parser's furniture rules.
 */
public final class HtmlArticle {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "tr", "table", "figcaption", "figure", "blockquote", "section", "article", "header", "footer", "dd",
            "dt", "dl", "pre", "aside", "nav", "hr", "main", "address", "caption", "td");
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, svg, canvas, button, select, "
            + "input, textarea, object, embed";
    private static final String NOT_ARTICLE = "nav, header, footer, aside, menu, [role=navigation], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true]";
    private static final String HEADLINE_CLASSES = "h1[class*=title], h2[class*=title], h3[class*=title], [class*=title] h2, "
            + "[class*=title] h3, [class*=headline], [class*=subject]";
    private static final String TIME_CLASSES = "[class*=date], [class*=time], [class*=info], [class*=byline]";
    private static final String BYLINE_CLASSES = "[class*=reporter], [class*=byline], [class*=writer], [class*=author], "
            + "[class*=journalist], [class*=name]";
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss");
    /** Below this many Hangul-bearing characters a marked or found article body is not trusted. */
    private static final int MIN_BODY_CHARS = 40;
    /** What sites put between a headline and their name in a title. */
    private static final String SEPARATORS = "|:-–—<>";
    /** Deepest element nesting accepted; no news page nests more than a few dozen levels. */
    public static final int MAX_DEPTH = 256;
    /**
     * Pages whose elements have more ancestors than this in all (the sum of their depths: 5,000 elements 20 deep)
     * skip Readability4J, whose scoring grows with elements times depth (it reads each candidate's text and its
     * ancestors'; 5,000 paragraphs 64 deep took 3 s, 20,000 nested divs 160 s): the marked body or the whole
     * body is taken instead, read in one pass. News pages have a few thousand elements a few dozen deep.
     */
    public static final int READABILITY_MAX_ANCESTORS = 100_000;

    /** A page outside the bounds above: refused, since reading it would cost more than any news page does. */
    public static final class PageTooComplexException extends IllegalArgumentException {
        PageTooComplexException(String message) {
            super(message);
        }
    }

    private HtmlArticle() {
    }

    /**
     * The article of an HTML page as pasted-page text; empty when the page holds no text at all.
     *
     * @throws PageTooComplexException when the page nests elements deeper than {@link #MAX_DEPTH}
     */
    public static String text(String html) {
        // jsoup keeps at most this many elements open (deeper ones become siblings), so the tree stays bounded even
        // when the page is refused below.
        Document page = Parser.htmlParser().setMaxDepth(2 * MAX_DEPTH).parseInput(html, "");
        long ancestors = measure(page);
        page.select(NOT_TEXT).remove();
        StringBuilder out = new StringBuilder();
        String headline = headline(page);
        line(out, headline);
        String published = time(first(page, "meta[property=article:published_time]", "content",
                "[itemprop=datePublished]", "content", "[itemprop=datePublished]", "datetime",
                "meta[name=pubdate]", "content", "meta[property=og:published_time]", "content", "time[datetime]", "datetime"));
        String updated = time(first(page, "meta[property=article:modified_time]", "content",
                "[itemprop=dateModified]", "content", "[itemprop=dateModified]", "datetime"));
        String times = (published.isEmpty() ? "" : "입력 " + published) + (updated.isEmpty() ? "" : " 수정 " + updated);
        line(out, times.isEmpty() ? styled(page, TIME_CLASSES, ArticleHeader::isTimeLine) : times);
        String byline = byline(page);
        line(out, byline.isEmpty() ? styled(page, BYLINE_CLASSES, ArticleHeader::isByline) : byline);
        out.append('\n');
        for (String paragraph : body(page, ancestors <= READABILITY_MAX_ANCESTORS)) {
            if (!paragraph.equals(headline)) {
                line(out, paragraph);
            }
        }
        return out.toString().strip();
    }

    private static String headline(Document page) {
        String marked = first(page, "[itemprop=headline]", "content", "[itemprop=headline]", "");
        if (!marked.isEmpty()) {
            return marked;
        }
        String site = first(page, "meta[property=og:site_name]", "content");
        String og = withoutSite(first(page, "meta[property=og:title]", "content", "meta[name=twitter:title]", "content"), site);
        Element h1 = page.selectFirst("article h1, h1");
        if (h1 != null && KoreanText.containsHangul(h1.text()) && (og.isEmpty() || og.startsWith(h1.text()))) {
            return h1.text();
        }
        if (KoreanText.containsHangul(og)) {
            return og;
        }
        // No metadata: the element the page styles as its title (class names such as news-title, headline).
        String styled = first(page, HEADLINE_CLASSES, "");
        if (KoreanText.containsHangul(styled) && styled.length() >= 10 && styled.length() <= 150) {
            return styled;
        }
        String title = withoutSite(page.title(), site);
        return KoreanText.containsHangul(title) ? title : "";
    }

    /** Sites append their name to the title: "헤드라인 - 가상일보", "헤드라인 | 가상일보". */
    private static String withoutSite(String title, String site) {
        if (!site.isEmpty() && title.endsWith(site) && title.length() > site.length()) {
            // Trailing separators are stripped by a scan: a regex run anchored at the end retries every start.
            int end = title.length() - site.length();
            while (end > 0 && (Character.isWhitespace(title.charAt(end - 1)) || SEPARATORS.indexOf(title.charAt(end - 1)) >= 0)) {
                end--;
            }
            return title.substring(0, end).strip();
        }
        return title.strip();
    }

    /** A printed time or byline in an element styled as one, when the page has no metadata for it. */
    private static String styled(Document page, String selector, java.util.function.Predicate<String> shape) {
        for (Element element : page.select(selector)) {
            String text = element.text().strip();
            if (shape.test(text)) {
                return text;
            }
        }
        return "";
    }

    /** The author as a byline the text parser knows: a bare Korean name gets its 기자. */
    private static String byline(Document page) {
        String author = first(page, "[itemprop=author] [itemprop=name]", "content", "[itemprop=author] [itemprop=name]", "",
                "meta[name=author]", "content", "meta[property=dable:author]", "content", "[itemprop=author]", "content",
                "[itemprop=author]", "", "[rel=author]", "");
        if (author.matches("[가-힣]{2,4}")) {
            return author + " 기자";
        }
        return author.length() <= 60 && author.matches(".*[가-힣]{2,4}\\s?(?:기자|특파원).*") ? author : "";
    }

    /** The sum of the elements' depths, after refusing a page nesting deeper than {@link #MAX_DEPTH}: one pass. */
    private static long measure(Document page) {
        long[] count = new long[2];
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element) {
                count[0] += depth;
                count[1] = Math.max(count[1], depth);
            }
        }, page);
        if (count[1] > MAX_DEPTH) {
            throw new PageTooComplexException("The HTML page nests elements more than " + MAX_DEPTH
                    + " levels deep (the limit); no news page does. Send the article's text as text/plain instead.");
        }
        return count[0];
    }

    private static List<String> body(Document page, boolean readability) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null && hangulLength(marked.text()) >= MIN_BODY_CHARS) {
            return lines(marked);
        }
        try {
            Element found = readability ? new Readability4J("https://page.invalid/", page.clone()).parse().getArticleContent()
                    : null;
            if (found != null && hangulLength(found.text()) >= MIN_BODY_CHARS) {
                return lines(found);
            }
        } catch (RuntimeException e) {
            // Readability gives up on some pages; the whole body with the text rules still works.
        }
        Element body = page.body().clone();
        body.select(NOT_ARTICLE).remove();
        return lines(body);
    }

    /** Text of an element, one line per block element or {@code <br>}. */
    static List<String> lines(Element root) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    // Inside a <p> a <br> only wraps the line; in a bare <div> it separates paragraphs.
                    text.append(element.closest("p") != null ? ' ' : '\n');
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append('\n');
                }
            }
        }, root);
        return KoreanText.paragraphs(KoreanText.normalize(text.toString()));
    }

    /** A machine time (ISO-8601, with or without offset) printed as Korea time; other forms are left as given. */
    static String time(String value) {
        if (value.isEmpty()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(KST).format(PRINTED);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T')).format(PRINTED);
            } catch (DateTimeParseException notIso) {
                return value;
            }
        }
    }

    /** The first non-empty value among (selector, attribute) pairs; an empty attribute means the element's text. */
    private static String first(Document page, String... selectorsAndAttributes) {
        for (int i = 0; i < selectorsAndAttributes.length; i += 2) {
            Element element = page.selectFirst(selectorsAndAttributes[i]);
            if (element != null) {
                String attribute = selectorsAndAttributes[i + 1];
                String value = (attribute.isEmpty() ? element.text() : element.attr(attribute)).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }

    private static int hangulLength(String text) {
        return (int) text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL).count();
    }

    private static void line(StringBuilder out, String text) {
        if (!text.isBlank()) {
            out.append(text.strip()).append('\n');
        }
    }
}
