package dev.yoyak.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.korean.KoreanText;
import dev.yoyak.testing.FakeOpenAi.Received;
import dev.yoyak.testing.FakeOpenAi.Reply;

/**
 * A six-paragraph article of the corpus's dev split (one news story, lines 1–10) with its reference English,
 * and a well-behaved backend for it: every paragraph is answered with its human translation, the summary with
 * the first paragraph in both languages. What a good model would answer, so an answer yoyak validates as
 * correct and a failure can be injected into (see {@link KnownFailures}).
 */
public final class ParallelArticle {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Corpus lines (0-based) of each paragraph. */
    private static final int[][] LINES = { { 0 }, { 1 }, { 2, 3 }, { 4, 5 }, { 6, 7 }, { 8, 9 } };

    private final List<String> korean = new ArrayList<>();
    private final List<String> english = new ArrayList<>();
    private final Map<String, String> translation = new HashMap<>();

    public ParallelArticle() {
        List<String> ko = Corpus.korean();
        List<String> en = Corpus.english();
        for (int[] lines : LINES) {
            List<String> k = new ArrayList<>();
            List<String> e = new ArrayList<>();
            for (int line : lines) {
                k.add(ko.get(line).strip());
                e.add(en.get(line).strip());
            }
            korean.add(KoreanText.normalize(String.join(" ", k)));
            english.add(String.join(" ", e));
            translation.put(korean.get(korean.size() - 1), english.get(english.size() - 1));
        }
    }

    /** The article as a user pastes it: paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", korean);
    }

    /** The Korean paragraphs. */
    public List<String> korean() {
        return List.copyOf(korean);
    }

    /** The reference English of each paragraph. */
    public List<String> english() {
        return List.copyOf(english);
    }

    /** The English a good model gives for one Korean paragraph (its reference; unknown text romanized). */
    public String english(String koreanParagraph) {
        return translation.getOrDefault(KoreanText.normalize(koreanParagraph),
                FakeOpenAi.english(koreanParagraph));
    }

    /** A well-behaved backend for this article. */
    public FakeOpenAi.Responder backend() {
        return this::reply;
    }

    private Reply reply(Received request) {
        if (request.isTranslation()) {
            List<String> paragraphs = request.paragraphs();
            StringBuilder out = new StringBuilder(FakeOpenAi.translate(paragraphs, this::english));
            if (request.asksNotes()) {
                out.append("[notes] ").append(english(paragraphs.get(0)).split("(?<=\\.) ")[0]).append('\n');
            }
            if (request.asksNames()) {
                out.append("[names] 로렌스 리버모아 국립 연구소 = Lawrence Livermore National Laboratory (organization)\n");
            }
            return Reply.ok(out.toString());
        }
        if (request.isSummary()) {
            return Reply.ok(JSON.createObjectNode().put("ko", korean.get(0)).put("en", english.get(0)).toString());
        }
        return FakeOpenAi.standardReply(request);
    }
}
