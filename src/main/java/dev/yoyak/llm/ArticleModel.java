package dev.yoyak.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.langchain4j.model.output.FinishReason;
import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.article.Bilingual;
import dev.yoyak.article.Check;
import dev.yoyak.article.Entities;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryPoints;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.korean.Finding;
import dev.yoyak.korean.Repetition;
import dev.yoyak.korean.TranslationValidator;

/**
 * The model calls an article needs, behind one door, and the one place that decides whether an answer is used
 * or asked for again. Every answer is validated by code ({@link TranslationValidator}); only what failed is asked
 * again (a paragraph, or the summary, at most {@value #REASKS} times more), re-asks sampled differently
 * ({@link CallScope#reask()}); what still fails is returned with its {@link Check}s. Backend faults are
 * {@link ModelGuard}'s: whatever a backend throws comes out as a {@link BackendUnavailableException}.
 */
@ApplicationScoped
public class ArticleModel implements ArticleLlm {

    /** How many times more a paragraph or a summary that failed validation is asked for. */
    static final int REASKS = 2;

    private static final Logger LOG = Logger.getLogger(ArticleModel.class);

    private final TranslationAiService translator;
    private final SummaryAiService summarizer;
    private final NotesAiService notesService;
    private final Backends backends;
    private final ModelGuard guard;

    public ArticleModel(TranslationAiService translator, SummaryAiService summarizer, NotesAiService notesService,
            Backends backends, ModelGuard guard) {
        this.translator = translator;
        this.summarizer = summarizer;
        this.notesService = notesService;
        this.backends = backends;
        this.guard = guard;
    }

    /**
     * Translates numbered paragraphs. Paragraphs whose English fails validation (missing, Korean, another
     * language, a loop, a length no translation has, merged or shifted) are asked for again: together first,
     * then each alone. {@code paragraphDone} hears each paragraph (0-based) as soon as it is generated and
     * valid, and again whenever a re-ask repaired it.
     */
    @Override
    public ChunkTranslation translateChunk(String headline, String glossary, String context, List<String> korean,
            Extras extras, BiConsumer<Integer, String> paragraphDone) {
        int n = korean.size();
        List<String> english = new ArrayList<>(Collections.nCopies(n, ""));
        List<List<Finding>> problems = new ArrayList<>(Collections.nCopies(n, List.of()));
        String[] told = new String[n];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pending.add(i);
        }
        String notes = "";
        List<Entities.Entity> names = List.of();
        boolean extrasDone = extras == Extras.NONE;
        for (int attempt = 0; attempt <= REASKS && !pending.isEmpty(); attempt++) {
            // A first re-ask asks what failed together; the last asks each paragraph alone (nothing to merge).
            List<List<Integer>> asks = attempt == REASKS ? pending.stream().map(List::of).toList()
                    : List.of(List.copyOf(pending));
            if (attempt > 0) {
                LOG.debugf("Asking again for %d of %d paragraphs (re-ask %d)", pending.size(), n, attempt);
            }
            for (List<Integer> ask : asks) {
                List<String> ko = ask.stream().map(korean::get).toList();
                Extras want = extrasDone ? Extras.NONE : extras;
                String before = ask.get(0) == 0 ? context : korean.get(ask.get(0) - 1);
                Attempt answer = attempt(headline, glossary, before, ko, want, attempt > 0, (p, text) -> {
                    int i = ask.get(p);
                    if (TranslationValidator.paragraph(korean.get(i), text).isEmpty()) {
                        told[i] = text;
                        paragraphDone.accept(i, text);
                    }
                });
                List<List<Finding>> judged = TranslationValidator.chunk(ko, answer.english());
                for (int p = 0; p < ask.size(); p++) {
                    int i = ask.get(p);
                    List<Finding> found = new ArrayList<>(judged.get(p));
                    if (p == answer.cut() && found.stream().noneMatch(c -> Finding.REPETITION.equals(c.kind()))) {
                        found.add(new Finding(Finding.REPETITION, Finding.ERROR, korean.get(i),
                                "The English fell into a loop and was cut off."));
                    }
                    english.set(i, answer.english().get(p));
                    problems.set(i, found);
                    if (found.isEmpty()) {
                        pending.remove(Integer.valueOf(i));
                        if (!english.get(i).equals(told[i])) {
                            told[i] = english.get(i);
                            paragraphDone.accept(i, english.get(i));
                        }
                    }
                }
                if (want != Extras.NONE) {
                    // Asked again only while the notes are missing (an answer cut off, or its markers lost).
                    notes = notes.isEmpty() ? answer.notes() : notes;
                    names = names.isEmpty() ? answer.names() : names;
                    extrasDone = !notes.isEmpty();
                }
            }
        }
        List<Check> left = new ArrayList<>();
        for (int i : pending) {
            // What is still unusable is never shown as the English: the check names it instead.
            if (problems.get(i).stream().anyMatch(c -> unusable(c.kind()))) {
                english.set(i, "");
            }
            problems.get(i).stream().map(ArticleModel::check).filter(Check::invalid).forEach(left::add);
        }
        return new ChunkTranslation(english, pending.isEmpty(), notes, names, left);
    }

    private static boolean unusable(String kind) {
        return kind.equals(Finding.UNTRANSLATED) || kind.equals(Finding.LANGUAGE) || kind.equals(Finding.REPETITION);
    }

    /** A finding of the validation as the answer carries it. */
    static Check check(Finding finding) {
        return new Check(finding.kind(), finding.severity(), finding.source(), finding.detail());
    }

    /**
     * One translation call's answer.
     *
     * @param cut the paragraph (index in the call) the answer was cut off in, as a loop, or -1
     */
    private record Attempt(List<String> english, String notes, List<Entities.Entity> names, int cut) {
    }

    private Attempt attempt(String headline, String glossary, String context, List<String> korean, Extras extras,
            boolean reask, BiConsumer<Integer, String> streamed) {
        NumberedParagraphs.Stream stream = new NumberedParagraphs.Stream(korean.size(), streamed,
                !Repetition.in(String.join("\n", korean)));
        CallScope scope = new CallScope(stream, OutputLimits.translation(korean, extras, reask), reask);
        String numbered = NumberedParagraphs.format(korean);
        String result = guard.call(() -> scope.run(
                () -> translator.translate(headline, glossary, context, extras.request(), numbered)));
        NumberedParagraphs.Answer read = NumberedParagraphs.read(result, korean.size());
        List<String> english = new ArrayList<>(read.paragraphs());
        FinishReason finish = scope.finish();
        int last = english.size() - 1;
        while (last >= 0 && english.get(last).isEmpty()) {
            last--;
        }
        int cut = -1;
        if (finish == FinishReason.OTHER && last >= 0) {
            cut = last; // stopped in a loop: that paragraph is the loop's
        } else if (finish == FinishReason.LENGTH && last >= 0) {
            english.set(last, ""); // cut off by the limit: its last paragraph is cut too
        }
        return new Attempt(english, read.notes(), read.names(), cut);
    }

    /**
     * Bilingual summary in the given form, validated: its English English, its Korean Korean, no loop, and in
     * bullets one clean point per line pairing up. A summary that fails is asked for again; one still failing
     * comes back with its checks, a side in the wrong language or looping (or an unparsable answer) as empty text.
     */
    @Override
    public Summary summarize(String koreanText, SummaryForm form) {
        boolean bullets = form.style() == SummaryStyle.BULLETS;
        Bilingual best = new Bilingual("", "");
        List<Check> problems = List.of();
        for (int attempt = 0; attempt <= REASKS; attempt++) {
            boolean reask = attempt > 0;
            CallScope scope = new CallScope(null, OutputLimits.summary(form), reask, SummaryJson.FORMAT);
            String result = guard.call(() -> scope.run(() -> summarizer.summarize(koreanText, form.sentences(),
                    Prompts.text(Prompts.fragment(form.style())), Prompts.text(Prompts.fragment(form.register())))));
            Bilingual parsed = SummaryJson.read(result);
            if (parsed == null || scope.finish() == FinishReason.LENGTH) {
                problems = List.of(new Check(Check.SUMMARY, Check.ERROR, "",
                        "The summary did not come back as complete JSON in both languages."));
                continue;
            }
            Bilingual summary = bullets ? new Bilingual(SummaryPoints.join(SummaryPoints.parse(parsed.ko())),
                    SummaryPoints.join(SummaryPoints.parse(parsed.en()))) : parsed;
            best = summary;
            problems = TranslationValidator.summary(koreanText, summary.ko(), summary.en(), bullets).stream()
                    .map(ArticleModel::check).toList();
            if (problems.isEmpty()) {
                return new Summary(summary, List.of());
            }
            LOG.debugf("Summary failed validation (%s); asking again", problems.get(0).detail());
        }
        // A side still in the wrong language or looping is never shown: the check names it instead.
        String ko = TranslationValidator.summaryKorean(koreanText, best.ko()) == null ? best.ko() : "";
        String en = TranslationValidator.summaryEnglish(koreanText, best.en()) == null ? best.en() : "";
        return new Summary(new Bilingual(ko, en), problems);
    }

    /** Korean notes of one part of a long article (the map step of its summary); asked again while unusable. */
    @Override
    public String notes(String headline, String koreanText) {
        for (int attempt = 0; attempt <= REASKS; attempt++) {
            CallScope scope = new CallScope(null, OutputLimits.notes(koreanText), attempt > 0);
            String result = guard.call(() -> scope.run(() -> notesService.notes(headline, koreanText)));
            String text = result == null ? "" : result.strip();
            if (!text.isEmpty() && scope.finish() != FinishReason.LENGTH && !Repetition.in(text)) {
                return text;
            }
        }
        throw new BackendUnavailableException("the model's notes kept coming back empty, cut off or looping", null);
    }

    /** Calls the backend serves at once (the embedded engine's slots), or {@code Integer.MAX_VALUE} if unknown. */
    @Override
    public int parallelism() {
        return backends.parallelism();
    }

    /** The model id answers are attributed to. */
    @Override
    public String modelId() {
        return backends.modelId();
    }

    @Override
    public String modelIdentity() {
        return backends.modelIdentity();
    }
}
