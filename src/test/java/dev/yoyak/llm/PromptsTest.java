package dev.yoyak.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryStyle;

class PromptsTest {

    /** Reads the templates as the repository holds them, in prompts/. */
    private static byte[] fromRepository(String name) {
        try {
            return Files.readAllBytes(Path.of(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void classpathVersionMatchesTheRepositoryFiles() {
        assertEquals(Prompts.version(PromptsTest::fromRepository), Prompts.classpathVersion());
    }

    @Test
    void editingAnyPromptChangesTheVersion() {
        String original = Prompts.version(PromptsTest::fromRepository);
        for (String edited : Prompts.ALL) {
            String changed = Prompts.version(name -> name.equals(edited)
                    ? (new String(fromRepository(name), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8)
                    : fromRepository(name));
            assertNotEquals(original, changed, edited);
        }
    }

    @Test
    void everyFragmentOfAStyleOrRegisterIsAPromptFile() {
        assertEquals(SummaryStyle.values().length + KoreanRegister.values().length, Prompts.FRAGMENTS.size());
        for (String name : Prompts.FRAGMENTS) {
            String text = new String(fromRepository(name), StandardCharsets.UTF_8).strip();
            assertTrue(!text.isEmpty() && !text.contains("{"), name + " is plain instruction text");
            assertEquals(text, Prompts.text(name), name + " is read from the classpath as the repository holds it");
        }
    }

    @Test
    void everyTemplateExistsAndIsUtf8Text() {
        for (String name : Prompts.TEMPLATES) {
            String text = new String(fromRepository(name), StandardCharsets.UTF_8);
            assertTrue(text.contains("{text}") || text.contains("{paragraphs}") || name.contains("system"),
                    name + " must take the article");
        }
    }
}
