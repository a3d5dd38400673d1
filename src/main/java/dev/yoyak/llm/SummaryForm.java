package dev.yoyak.llm;

/**
 * What the summary should look like: its length, its layout and the speech level of its Korean.
 *
 * @param sentences sentences (or, as bullets, points) in each language
 * @param style     prose or bullets
 * @param register  the Korean speech level
 */
public record SummaryForm(int sentences, SummaryStyle style, KoreanRegister register) {

    /** The instruction for the style, as the summary prompt includes it. */
    public String styleInstruction() {
        return Prompts.text(style.prompt());
    }

    /** The instruction for the register, as the summary prompt includes it. */
    public String registerInstruction() {
        return Prompts.text(register.prompt());
    }
}
