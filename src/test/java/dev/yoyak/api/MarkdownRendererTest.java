package dev.yoyak.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import dev.yoyak.article.Check;
import dev.yoyak.article.Bilingual;
import dev.yoyak.article.Entities.Entity;
import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.article.SummaryResult;

/** The Markdown document read back with a CommonMark parser: its structure, not its spacing. */
class MarkdownRendererTest {

    private static SummaryResult result(SummaryStyle style, Bilingual summary) {
        return new SummaryResult("abc123", new Bilingual("서울시, 1조 3000억원 투입", "Seoul to invest 1.3 trillion won"),
                "홍길동 기자 2024.07.30 11:15", "홍길동", "2024-07-30T11:15:00+09:00", "", new Bilingual("", ""), "unused",
                List.of(new Bilingual("[서울=가상뉴스] 서울시가 1조 3000억원을 투입한다.", "[Seoul = Gasang News] Seoul will invest 1.3 trillion won."),
                        new Bilingual("시는 *별표*와 # 기호를 쓴다.", "The city uses *stars* and # signs.")),
                List.of(new Bilingual("박서연 실장 (사진=서울시 제공)", "Director Park Seo-yeon (Photo = Seoul)")),
                summary, style, KoreanRegister.FORMAL, List.of(new Entity("박서연", "Park Seo-yeon", "person")),
                List.of(new Check("number", "warning", "1조 3000억원", "expected 1.3 trillion")),
                "test-model", "v1", false, Instant.EPOCH, 1);
    }

    private static List<String> texts(Node root, Class<? extends Node> type) {
        List<String> found = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (type.isInstance(n)) {
                found.add(text(n));
            }
        }
        return found;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            out.append(n instanceof Text t ? t.getLiteral() : text(n)).append(n instanceof Text ? "" : "|");
        }
        return out.toString();
    }

    @Test
    void documentHasEverySectionInOrder() {
        String md = MarkdownRenderer.render(result(SummaryStyle.PROSE, new Bilingual("서울시가 투입합니다.", "Seoul will invest.")));
        Node doc = Parser.builder().build().parse(md);
        assertEquals(List.of("Seoul to invest 1.3 trillion won", "Summary", "Article", "Photo captions", "Names", "Checks"),
                texts(doc, Heading.class));
        assertTrue(md.contains("서울시, 1조 3000억원 투입"), md);
        assertTrue(md.contains("홍길동 기자 2024.07.30 11:15 · 2024-07-30T11:15:00+09:00"), md);
        assertTrue(md.contains("Seoul will invest.") && md.contains("서울시가 투입합니다."), md);
        assertTrue(md.contains("박서연 → Park Seo-yeon (person)"), md);
        assertTrue(md.contains("number (warning): 1조 3000억원 — expected 1.3 trillion"), md);
        assertEquals(3, texts(doc, BlockQuote.class).size(), "each paragraph and caption quotes its Korean");
    }

    @Test
    void bulletSummaryIsTwoListsOfTheSamePoints() {
        String md = MarkdownRenderer.render(result(SummaryStyle.BULLETS,
                new Bilingual("1조 3000억원 투입\n2030년 완공 예정", "1.3 trillion won invested\nDone by 2030")));
        Node doc = Parser.builder().build().parse(md);
        List<String> lists = texts(doc, BulletList.class);
        assertEquals("1.3 trillion won invested||Done by 2030||", lists.get(0), md);
        assertEquals("1조 3000억원 투입||2030년 완공 예정||", lists.get(1), md);
    }

    @Test
    void articleTextThatLooksLikeMarkdownStaysText() {
        String md = MarkdownRenderer.render(result(SummaryStyle.PROSE, new Bilingual("요약", "Summary")));
        Node doc = Parser.builder().build().parse(md);
        String all = text(doc);
        assertTrue(all.contains("The city uses *stars* and # signs."), all);
        assertTrue(all.contains("시는 *별표*와 # 기호를 쓴다."), all);
    }
}
