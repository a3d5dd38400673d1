package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;

/**
 * The furniture rules must not eat article text: pasted as pages of eight consecutive dev-corpus lines (news
 * sentences with no furniture at all), nearly every line comes back as headline, body, caption or note.
 */
class CorpusPagesTest {

    private static final int LINES_PER_PAGE = 8;
    private static final int PAGES = 125;

    @Test
    void atMostTwoPercentOfArticleLinesAreLost() {
        List<String> corpus = Corpus.korean();
        int lost = 0;
        int total = 0;
        for (int page = 0; page < PAGES; page++) {
            String text = KoreanText.normalize(String.join("\n",
                    corpus.subList(page * LINES_PER_PAGE, (page + 1) * LINES_PER_PAGE)));
            Article article = ArticleParser.parse(text);
            Set<String> kept = new HashSet<>(article.paragraphs());
            kept.addAll(article.captions());
            kept.add(article.title());
            kept.add(article.note());
            for (String line : KoreanText.paragraphs(text)) {
                total++;
                lost += kept.contains(line) ? 0 : 1;
            }
        }
        assertTrue(lost * 50 <= total, lost + " of " + total + " lines lost");
    }
}
