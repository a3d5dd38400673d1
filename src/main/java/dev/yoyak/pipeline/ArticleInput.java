package dev.yoyak.pipeline;

import java.util.List;

import dev.yoyak.article.ArticleRejectedException;
import dev.yoyak.korean.Article;
import dev.yoyak.korean.ArticleParser;
import dev.yoyak.korean.KoreanText;

/** What of a request's text is translated: the parsed page's body (for /summarize), or the text as sent. */
final class ArticleInput {

    private ArticleInput() {
    }

    /** A page that is only a headline is translated as body text; a page that is only furniture is rejected. */
    static Article bodyOf(Article article) {
        if (!article.paragraphs().isEmpty()) {
            return article;
        }
        if (!article.title().isEmpty()) {
            return withBody(article, List.of(article.title()), article.captions(), article.note());
        }
        if (!article.captions().isEmpty()) {
            return withBody(article, article.captions(), List.of(), article.note());
        }
        if (!article.note().isEmpty()) {
            return withBody(article, List.of(article.note()), article.captions(), "");
        }
        throw new ArticleRejectedException(ArticleRejectedException.Reason.NOT_KOREAN,
                "Only page furniture (byline, copyright, menus, share buttons, widgets) was found; no article text to translate.");
    }

    private static Article withBody(Article article, List<String> body, List<String> captions, String note) {
        return new Article("", article.byline(), article.reporter(), article.publishedAt(), article.updatedAt(), note,
                body, captions);
    }

    /**
     * A text to translate as sent: every line is a paragraph, nothing is dropped as page furniture; a headline
     * the parser recognises on the first line stays apart, as the context every chunk is translated with.
     */
    static Article verbatim(String text) {
        List<String> lines = KoreanText.paragraphs(text);
        String title = ArticleParser.parse(text).title();
        if (lines.size() > 1 && lines.get(0).equals(title)) {
            return new Article(title, "", "", "", "", "", lines.subList(1, lines.size()), List.of());
        }
        return new Article("", "", "", "", "", "", lines, List.of());
    }
}
