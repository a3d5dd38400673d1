package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;

/** Loops are seen while an answer streams, early; prose is not taken for one. */
class RepetitionTest {

    private static final String SENTENCE = "The ministry said the plan would be reviewed again next year. ";

    @Test
    void aLoopIsSeenWithinItsThirdCopyWhileStreaming() {
        Repetition detector = new Repetition();
        String stream = "The city announced a new budget on Monday. " + SENTENCE.repeat(50);
        int fed = 0;
        for (String token : stream.split("(?<= )")) {
            fed += token.length();
            if (detector.add(token)) {
                break;
            }
        }
        assertTrue(detector.unit() != null, "no loop seen");
        assertTrue(fed <= 43 + 3 * SENTENCE.length() + 16, "seen only after " + fed + " characters");
    }

    @Test
    void aShortUnitRepeatedIsALoop() {
        assertTrue(Repetition.in("He said: " + "no, ".repeat(40)));
    }

    @Test
    void aLoopInTheMiddleIsFound() {
        assertTrue(Repetition.in("Start. " + SENTENCE.repeat(4) + "Then it ended, and the briefing moved on."));
    }

    @Test
    void noReferenceTranslationOfTheCorpusIsALoop() {
        for (String line : Corpus.english()) {
            assertFalse(Repetition.in(line), line);
        }
        for (String line : Corpus.testEnglish()) {
            assertFalse(Repetition.in(line), line);
        }
    }
}
