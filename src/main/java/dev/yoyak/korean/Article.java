package dev.yoyak.korean;

import java.util.List;

/**
 * A pasted news page taken apart: what is translated as body, what is translated apart (captions, the editor's
 * note), and what is metadata. Furniture (copyright, widgets, menus, share buttons, tip lines) is in none of them.
 *
 * @param title       the headline, or empty when the page starts with the body
 * @param byline      reporter line as printed, or empty
 * @param reporter    reporter names from the byline, the dateline, a closing line or a sign-off, comma-separated
 * @param publishedAt ISO-8601 timestamp (Korea time) from the byline or an 입력/송고시간/기사입력 line, or empty
 * @param updatedAt   ISO-8601 timestamp (Korea time) from a 수정 line, or empty
 * @param note        the editor's note (편집자주, ※ lines), never headline or body; empty when none
 * @param paragraphs  body paragraphs in order, sub-heads, datelines, speaker labels and sign-offs included
 * @param captions    photo captions
 */
public record Article(String title, String byline, String reporter, String publishedAt, String updatedAt, String note,
        List<String> paragraphs, List<String> captions) {
}
