package dev.yoyak.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.yoyak.article.Entities.Entity;

class NumberedParagraphsTest {

    private static final String ANSWER = """
            [1] Seoul will invest 1.3 trillion won.
            [2] The plan runs until 2030,
            said the mayor.
            [notes] Seoul invests 1.3 trillion won by 2030.
            [names] 서울시 = Seoul Metropolitan Government (organization); 오세훈 = Oh Se-hoon (person); broken entry
            """;

    @Test
    void notesAndNamesAreNotPartOfTheLastParagraph() {
        NumberedParagraphs.Answer answer = NumberedParagraphs.read(ANSWER, 2);
        assertEquals(List.of("Seoul will invest 1.3 trillion won.", "The plan runs until 2030, said the mayor."),
                answer.paragraphs());
        assertEquals("Seoul invests 1.3 trillion won by 2030.", answer.notes());
        assertEquals(List.of(new Entity("서울시", "Seoul Metropolitan Government", "organization"),
                new Entity("오세훈", "Oh Se-hoon", "person")), answer.names());
    }

    @Test
    void streamTellsEachParagraphOnceTheNextMarkerShows() {
        List<String> told = new ArrayList<>();
        NumberedParagraphs.Stream stream = new NumberedParagraphs.Stream(2, (i, en) -> told.add(i + ":" + en), true);
        stream.start();
        StringBuilder sent = new StringBuilder();
        for (String piece : ANSWER.split("(?<= )")) {
            stream.text(piece);
            sent.append(piece);
            // A paragraph is told only once the marker after it has arrived.
            assertEquals(sent.indexOf("[2]") >= 0 ? 1 : 0, Math.min(1, told.size()), "after: " + sent);
        }
        assertEquals(List.of("0:Seoul will invest 1.3 trillion won.", "1:The plan runs until 2030, said the mayor."), told);
    }

    @Test
    void streamForgetsAFailedAttempt() {
        List<String> told = new ArrayList<>();
        NumberedParagraphs.Stream stream = new NumberedParagraphs.Stream(2, (i, en) -> told.add(i + ":" + en), true);
        stream.start();
        stream.text("[1] Half an ans");
        stream.start();
        stream.text("[1] Whole.\n[2] Second.\n");
        assertEquals(List.of("0:Whole."), told, "paragraph 2 is not known complete until something follows it");
        stream.text("[notes] n");
        assertEquals(List.of("0:Whole.", "1:Second."), told);
    }

    @Test
    void streamAsksToStopAsSoonAsTheAnswerLoops() {
        NumberedParagraphs.Stream stream = new NumberedParagraphs.Stream(2, (i, en) -> { }, true);
        stream.start();
        assertFalse(stream.text("[1] Seoul will invest 1.3 trillion won.\n[2] "));
        boolean stopped = false;
        int copies = 0;
        while (!stopped && copies < 50) {
            stopped = stream.text("The plan runs until 2030, said the mayor. ");
            copies++;
        }
        assertTrue(stopped && copies <= 4, "stopped after " + copies + " copies");
    }

    @Test
    void aPostscriptAfterTheLastParagraphIsNoPartOfIt() {
        NumberedParagraphs.Answer answer = NumberedParagraphs.read(
                "Sure! Here it is:\n\n[1] First.\n[2] Second.\n\nI hope this helps! Let me know.", 2);
        assertEquals(List.of("First.", "Second."), answer.paragraphs());
    }
}
