package dev.yoyak.api;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;

import dev.yoyak.korean.HtmlArticle;
import dev.yoyak.korean.KoreanText;
import dev.yoyak.article.ArticleRejectedException;

/**
 * A text/html body reduced to its article's text: decoded as strictly as text/plain (the charset of Content-Type,
 * else the page's own {@code <meta charset>}, else UTF-8; invalid bytes are refused), then the article taken out
 * by {@link HtmlArticle}. A page with no Korean text left is refused like a page of furniture (422), and so is a page
 * nesting elements deeper than {@link HtmlArticle#MAX_DEPTH}.
 */
final class HtmlBody {

    /** {@code <meta charset="euc-kr">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=euc-kr">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta charset in the first 1024 bytes; so does yoyak. */
    private static final int SNIFF_BYTES = 1024;

    private HtmlBody() {
    }

    /** True for a text/html Content-Type. */
    static boolean isHtml(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.TEXT_HTML);
    }

    static String articleText(byte[] body, String contentType) {
        String html = PlainText.decode(body, declares(contentType) ? contentType : "text/html; charset=" + sniff(body));
        if (html.isBlank()) {
            return html; // refused as empty (400), like an empty text/plain body
        }
        String text;
        try {
            text = HtmlArticle.text(html);
        } catch (HtmlArticle.PageTooComplexException e) {
            throw new ArticleRejectedException(ArticleRejectedException.Reason.TOO_COMPLEX, e.getMessage());
        }
        if (!KoreanText.containsHangul(text)) {
            throw new ArticleRejectedException(ArticleRejectedException.Reason.NOT_KOREAN,
                    "No Korean article text was found in the HTML page (after scripts, menus and page furniture "
                            + "were set aside).");
        }
        return text;
    }

    private static boolean declares(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("charset");
    }

    private static String sniff(byte[] body) {
        if (body == null) {
            return "UTF-8";
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : "UTF-8";
    }
}
