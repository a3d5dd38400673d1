package dev.yoyak.korean;

import java.util.List;

/**
 * A pasted news page taken apart: what is translated as body, what is translated apart (captions), and what
 * is metadata. Boilerplate (copyright, widgets, share buttons) is in none of the lists.
 *
 * @param title       the headline, or empty when the page starts with the body
 * @param byline      reporter line as printed, or empty
 * @param publishedAt ISO-8601 timestamp (Korea time) from the byline or an 입력/등록 line, or empty
 * @param paragraphs  body paragraphs in order, sub-heads and datelines included
 * @param captions    photo captions
 */
public record Article(String title, String byline, String publishedAt, List<String> paragraphs,
        List<String> captions) {
}
