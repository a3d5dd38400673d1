package dev.yoyak.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.yoyak.article.Entities.Entity;
import dev.yoyak.korean.Repetition;

/**
 * The {@code [n] text} format paragraphs travel in, so each translated paragraph finds its source; after them
 * an answer may carry a {@code [notes]} line (key facts, for the summary) and a {@code [names]} line (the
 * glossary of the article's opening).
 */
public final class NumberedParagraphs {

    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*\\[(\\d{1,4}|notes|names)\\]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^(.+?)\\s*=\\s*(.+?)\\s*(?:\\((\\w+)\\))?\\s*$");

    private NumberedParagraphs() {
    }

    /**
     * A parsed answer.
     *
     * @param paragraphs by number; empty where the answer lacks one
     * @param notes      the {@code [notes]} line, or empty
     * @param names      the {@code [names]} entries that parse as {@code Korean = English (type)}
     */
    public record Answer(List<String> paragraphs, String notes, List<Entity> names) {
    }

    /** {@code [1] first\n[2] second}. */
    public static String format(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append('[').append(i + 1).append("] ").append(paragraphs.get(i)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The paragraphs of a model's answer by number; a number the answer lacks stays empty. */
    public static List<String> parse(String answer, int expected) {
        return read(answer, expected).paragraphs();
    }

    /**
     * The whole answer. Lines before the first marker (a preface) are ignored, lines after a marker belong to
     * it, so a paragraph never swallows the notes that follow it; after the last marker's text, a blank line ends
     * the answer (a postscript: "I hope this helps!").
     */
    public static Answer read(String answer, int expected) {
        List<String> result = new ArrayList<>(Collections.nCopies(expected, ""));
        String notes = "";
        String names = "";
        if (answer == null) {
            return new Answer(result, notes, List.of());
        }
        Matcher m = MARKER.matcher(answer);
        String marker = null;
        int textStart = 0;
        while (true) {
            boolean found = m.find();
            String text = join(found ? answer.substring(textStart, m.start())
                    : withoutPostscript(answer.substring(textStart)));
            if ("notes".equalsIgnoreCase(marker)) {
                notes = notes.isEmpty() ? text : notes;
            } else if ("names".equalsIgnoreCase(marker)) {
                names = names.isEmpty() ? text : names;
            } else if (marker != null) {
                put(result, Integer.parseInt(marker), text);
            }
            if (!found) {
                break;
            }
            marker = m.group(1);
            textStart = m.end();
        }
        if (expected == 1 && result.get(0).isEmpty() && marker == null) {
            // A single paragraph answered without its marker is still that paragraph.
            result.set(0, join(answer));
        }
        return new Answer(result, notes, names(names));
    }

    /** {@code 오세훈 = Oh Se-hoon (person); 서울시 = Seoul Metropolitan Government (organization)}. */
    static List<Entity> names(String line) {
        List<Entity> names = new ArrayList<>();
        for (String entry : line.split("[;；]")) {
            Matcher m = NAME.matcher(entry.strip());
            if (m.matches() && !m.group(1).isBlank() && !m.group(2).isBlank()) {
                names.add(new Entity(m.group(1).strip(), m.group(2).strip(), m.group(3)).withKnownType());
            }
        }
        return names;
    }

    private static String withoutPostscript(String last) {
        return last.strip().split("\\R\\s*\\R", 2)[0];
    }

    private static void put(List<String> result, int number, String text) {
        if (number >= 1 && number <= result.size() && result.get(number - 1).isEmpty()) {
            result.set(number - 1, text);
        }
    }

    private static String join(String text) {
        return String.join(" ", text.strip().split("\\s*\\R\\s*")).strip();
    }

    /**
     * Reads an answer as it streams in and tells each paragraph (0-based index, English) once the next marker
     * shows it is complete; a paragraph still being written, or the last one, waits for the whole answer. Asks
     * for the answer to be stopped as soon as it falls into a loop ({@link Repetition}).
     */
    public static final class Stream implements PartialAnswer {

        private final int expected;
        private final BiConsumer<Integer, String> complete;
        private final StringBuilder buffer = new StringBuilder();
        private final boolean[] told;
        private final boolean watchLoops;
        private Repetition loop = new Repetition();
        /** Where the last marker found begins: what comes before it is told, so it is never read again. */
        private int lastMarker;

        /**
         * @param watchLoops whether to stop a loop: not when the source repeats itself (its translation does too)
         */
        public Stream(int expected, BiConsumer<Integer, String> complete, boolean watchLoops) {
            this.expected = expected;
            this.complete = complete;
            this.watchLoops = watchLoops;
            this.told = new boolean[expected];
        }

        @Override
        public void start() {
            buffer.setLength(0);
            loop = new Repetition();
            lastMarker = 0;
        }

        @Override
        public boolean text(String piece) {
            buffer.append(piece);
            boolean looping = watchLoops && loop.add(piece);
            if (looping || piece.indexOf(']') < 0 && piece.indexOf('\n') < 0) {
                return looping; // no new marker can have been completed by this piece
            }
            // Read from the last marker on, not from the start: re-reading the whole answer on every streamed
            // piece made a chunk of a thousand short paragraphs cost seconds of event-loop time.
            Matcher m = MARKER.matcher(buffer).region(lastMarker, buffer.length())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            int number = -1;
            int textStart = 0;
            while (m.find()) {
                lastMarker = m.start();
                if (number >= 1 && number <= expected && !told[number - 1]) {
                    String text = join(buffer.substring(textStart, m.start()));
                    if (!text.isEmpty()) {
                        told[number - 1] = true;
                        complete.accept(number - 1, text);
                    }
                }
                number = m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1)) : -1;
                textStart = m.end();
            }
            return false;
        }
    }
}
