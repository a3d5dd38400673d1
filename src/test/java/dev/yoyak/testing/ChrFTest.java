package dev.yoyak.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The metric the fidelity test relies on must itself tell good from bad. */
class ChrFTest {

    @Test
    void identicalTextScores100() {
        assertEquals(100.0, ChrF.score("The city said so.", "The city said so."), 1e-9);
    }

    @Test
    void whiteSpaceDoesNotCount() {
        assertEquals(100.0, ChrF.score("The city  said\nso.", "The city said so."), 1e-9);
    }

    @Test
    void droppedSentenceLowersTheScore() {
        double score = ChrF.score("Seoul will invest.", "Seoul will invest. The mayor said the plan is final.");
        assertTrue(score < 60, "score " + score);
    }

    @Test
    void unrelatedTextScoresLow() {
        assertTrue(ChrF.score("Bananas are yellow.", "Seoul will invest 1.3 trillion won.") < 25);
    }
}
