package dev.yoyak.article;

/**
 * What the summary should look like: its length, its layout and the speech level of its Korean.
 *
 * @param sentences sentences (or, as bullets, points) in each language
 * @param style     prose or bullets
 * @param register  the Korean speech level
 */
public record SummaryForm(int sentences, SummaryStyle style, KoreanRegister register) {
}
