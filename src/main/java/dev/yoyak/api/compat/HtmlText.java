package dev.yoyak.api.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import dev.yoyak.korean.KoreanText;

/**
 * HTML to translate ({@code format=html}, {@code tag_handling=html}), parsed with jsoup: the Korean text nodes
 * come out as one segment each, and their English goes back in place, so every tag and attribute is kept. Script
 * and style contents are no text nodes to jsoup and are never sent. Inline markup inside a sentence splits it
 * into segments translated apart (the price of keeping the markup exactly).
 */
final class HtmlText {

    private final Document document;
    private final boolean wholeDocument;
    private final List<TextNode> nodes = new ArrayList<>();
    private final List<String> segments = new ArrayList<>();

    private HtmlText(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        wholeDocument = lower.contains("<html") || lower.contains("<body") || lower.contains("<!doctype");
        document = wholeDocument ? Jsoup.parse(html) : Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && KoreanText.containsHangul(text.text())) {
                // One line per segment, in the form the pipeline normalizes it to, so its answer aligns one to one.
                String segment = KoreanText.normalize(text.text()).replace('\n', ' ').strip();
                if (!segment.isEmpty()) {
                    nodes.add(text);
                    segments.add(segment);
                }
            }
        }, document);
    }

    /** Parses an HTML fragment or document. */
    static HtmlText parse(String html) {
        return new HtmlText(html);
    }

    /** The Korean text of each text node holding Hangul, in document order. */
    List<String> segments() {
        return List.copyOf(segments);
    }

    /** The markup with each segment replaced by its English (a blank English keeps the Korean). */
    String render(List<String> english) {
        if (english.size() != nodes.size()) {
            throw new IllegalStateException("Expected " + nodes.size() + " translated segments, got " + english.size());
        }
        for (int i = 0; i < nodes.size(); i++) {
            TextNode node = nodes.get(i);
            String whole = node.getWholeText();
            String lead = whole.substring(0, whole.length() - whole.stripLeading().length());
            String trail = whole.substring(whole.stripTrailing().length());
            String en = english.get(i);
            node.text(lead + (en == null || en.isBlank() ? segments.get(i) : en) + trail);
        }
        return wholeDocument ? document.outerHtml() : document.body().html();
    }
}
