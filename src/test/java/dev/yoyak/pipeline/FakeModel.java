package dev.yoyak.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.yoyak.article.Bilingual;
import dev.yoyak.article.Entities.Entity;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.llm.ArticleLlm;

/**
 * A model for the pipeline's unit tests: it answers each kind of call by what the call asks for (its paragraphs,
 * its extras, its text) and records every call. By default a paragraph {@code p} comes back as {@code EN(p)}, the
 * notes of a chunk as {@code NOTES(first paragraph)}, the names of the lead as 박서연 when she occurs.
 */
final class FakeModel implements ArticleLlm {

    /** One translation call as asked. */
    record Translate(String headline, String glossary, String context, List<String> korean, Extras extras) {
    }

    final List<Translate> translations = new CopyOnWriteArrayList<>();
    final List<String> summaries = new CopyOnWriteArrayList<>();
    final List<String> notes = new CopyOnWriteArrayList<>();

    /** How a translation call is answered; replace it to misbehave. */
    volatile Function<Translate, ChunkTranslation> translate = FakeModel::standard;

    @Override
    public ChunkTranslation translateChunk(String headline, String glossary, String context, List<String> korean,
            Extras extras, BiConsumer<Integer, String> paragraphDone) {
        Translate call = new Translate(headline, glossary, context, List.copyOf(korean), extras);
        translations.add(call);
        ChunkTranslation answer = translate.apply(call);
        for (int i = 0; i < answer.english().size(); i++) {
            paragraphDone.accept(i, answer.english().get(i));
        }
        return answer;
    }

    /** The standard answer: every paragraph translated, notes and names when asked. */
    static ChunkTranslation standard(Translate call) {
        List<String> english = new ArrayList<>();
        call.korean().forEach(p -> english.add("EN(" + p + ")"));
        String notes = call.extras() == Extras.NONE ? "" : "NOTES(" + call.korean().get(0) + ")";
        List<Entity> names = call.extras() == Extras.NOTES_AND_NAMES
                && String.join(" ", call.korean()).contains("박서연")
                ? List.of(new Entity("박서연", "Park Seo-yeon", "person")) : List.of();
        return new ChunkTranslation(english, true, notes, names, List.of());
    }

    @Override
    public Summary summarize(String koreanText, SummaryForm form) {
        summaries.add(koreanText);
        return new Summary(new Bilingual("요약", "Summary"), List.of());
    }

    @Override
    public String notes(String headline, String koreanText) {
        notes.add(koreanText);
        return "요점: " + koreanText.lines().findFirst().orElse("");
    }

    @Override
    public int parallelism() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String modelId() {
        return "fake";
    }

    @Override
    public String modelIdentity() {
        return "fake";
    }
}
