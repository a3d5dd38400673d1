package dev.yoyak.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.yoyak.testing.FakeOpenAi.Received;
import dev.yoyak.testing.FakeOpenAi.Reply;

/**
 * A backend with one of a small model's known failures, reported by users of LLM translators: wraps a
 * well-behaved backend and spoils the answer about one target paragraph (or the summary), either the first
 * time it could ({@link #once}) or every time ({@link #always}). It counts every character it generates,
 * so what a failure costs can be compared with a well-behaved run.
 */
public final class KnownFailures implements FakeOpenAi.Responder {

    /** The nine failures. */
    public enum Mode {
        /** The paragraph "translated" by returning its Korean. */
        ECHO,
        /** The paragraph translated into Chinese. */
        CHINESE,
        /** A chatty preface and postscript around the numbered answer. */
        CHATTY,
        /** The paragraph and the next one merged under one number. */
        MERGED,
        /** The paragraph left out. */
        DROPPED,
        /** One sentence of the paragraph repeated until the output limit. */
        LOOP,
        /** The [n] markers left out. */
        MARKERS_LOST,
        /** The summary's English written in Korean. */
        SUMMARY_IN_KOREAN,
        /** The summary's JSON wrapped in prose and a code fence. */
        JSON_IN_PROSE
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHINESE = "首尔市政府表示，该计划将于明年开始实施，并将继续扩大支持范围。";

    private final FakeOpenAi.Responder good;
    private final Mode mode;
    private final String target;
    private final boolean always;
    private final AtomicBoolean spent = new AtomicBoolean();
    private final AtomicLong generated = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger injected = new java.util.concurrent.atomic.AtomicInteger();

    private KnownFailures(FakeOpenAi.Responder good, Mode mode, String target, boolean always) {
        this.good = good;
        this.mode = mode;
        this.target = target;
        this.always = always;
    }

    /** The failure on the first answer it applies to; every later answer is good. */
    public static KnownFailures once(FakeOpenAi.Responder good, Mode mode, String target) {
        return new KnownFailures(good, mode, target, false);
    }

    /** The failure on every answer it applies to. */
    public static KnownFailures always(FakeOpenAi.Responder good, Mode mode, String target) {
        return new KnownFailures(good, mode, target, true);
    }

    /** How many answers were spoiled so far. */
    public int injected() {
        return injected.get();
    }

    /** Characters of every answer given so far (all of a looping answer, up to the request's output limit). */
    public long generated() {
        return generated.get();
    }

    @Override
    public Reply apply(Received request) {
        Reply reply = good.apply(request);
        if (reply.status() == 200 && applies(request) && (always || spent.compareAndSet(false, true))) {
            reply = spoil(request, reply);
            injected.incrementAndGet();
        }
        if (reply.status() == 200 && reply.content() != null) {
            generated.addAndGet(reply.content().length());
        }
        return reply;
    }

    private boolean applies(Received request) {
        if (mode == Mode.SUMMARY_IN_KOREAN || mode == Mode.JSON_IN_PROSE) {
            return request.isSummary();
        }
        if (!request.isTranslation() || !request.paragraphs().contains(target)) {
            return false;
        }
        // Two paragraphs can only be merged when both were asked for.
        return mode != Mode.MERGED || request.paragraphs().size() > 1;
    }

    private Reply spoil(Received request, Reply reply) {
        String content = reply.content();
        return switch (mode) {
            case SUMMARY_IN_KOREAN -> Reply.ok(koreanEnglish(content));
            case JSON_IN_PROSE -> Reply.ok("Here is the summary as JSON:\n```json\n" + content
                    + "\n```\nIt keeps to the facts of the article.");
            case CHATTY -> Reply.ok("Sure! Here is the English translation of the paragraphs you sent:\n\n" + content
                    + "\n\nI hope this helps! Let me know if you would like any changes to the wording.");
            case MARKERS_LOST -> Reply.ok(content.replaceAll("(?m)^\\[\\d+\\]\\s*", "\n"));
            case LOOP -> loop(request, content);
            default -> Reply.ok(String.join("\n", lines(request, content)) + "\n");
        };
    }

    /** The answer's lines with the target paragraph's spoiled. */
    private List<String> lines(Received request, String content) {
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n")));
        int t = request.paragraphs().indexOf(target);
        int at = index(lines, t + 1);
        switch (mode) {
            case ECHO -> lines.set(at, "[" + (t + 1) + "] " + target);
            case CHINESE -> lines.set(at, "[" + (t + 1) + "] " + CHINESE);
            case DROPPED -> lines.remove(at);
            case MERGED -> {
                int first = t + 1 < request.paragraphs().size() ? t + 1 : t;
                int a = index(lines, first);
                int b = index(lines, first + 1);
                lines.set(a, lines.get(a) + " " + lines.get(b).replaceFirst("^\\[\\d+\\]\\s*", ""));
                lines.remove(b);
            }
            default -> throw new IllegalStateException(mode.name());
        }
        return lines;
    }

    /** The answer up to the target paragraph, whose first sentence then repeats until the output limit. */
    private Reply loop(Received request, String content) {
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n")));
        int at = index(lines, request.paragraphs().indexOf(target) + 1);
        String sentence = lines.get(at).replaceFirst("^\\[\\d+\\]\\s*", "").split("(?<=\\.) ")[0];
        JsonNode body = request.body();
        int limit = body.path("max_completion_tokens").asInt(body.path("max_tokens").asInt(2048));
        StringBuilder out = new StringBuilder(String.join("\n", lines.subList(0, at)) + "\n" + lines.get(at));
        // One copy a line, so a streamed answer arrives copy by copy; about four characters a token.
        while (out.length() + sentence.length() + 2 <= limit * 4) {
            out.append("\n").append(sentence);
        }
        // Generated at a finite speed, like a real backend: a client that closes the stream stops it.
        return Reply.ok(out.toString()).truncated().streamedSlowly(2);
    }

    private static int index(List<String> lines, int number) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("[" + number + "]")) {
                return i;
            }
        }
        throw new IllegalStateException("no paragraph [" + number + "] in the good answer");
    }

    private static String koreanEnglish(String json) {
        try {
            ObjectNode summary = (ObjectNode) JSON.readTree(json);
            return summary.put("en", summary.path("ko").asText()).toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
