package dev.yoyak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The dev and test splits of the shared Korean–English news corpus (CC BY-SA 3.0), line N of .ko matching line N of .en. */
public final class Corpus {

    private static final Path DIR = locate();

    private Corpus() {
    }

    /** Korean lines of the dev split. */
    public static List<String> korean() {
        return read("korean-english-park.dev.ko");
    }

    /** English reference lines of the dev split. */
    public static List<String> english() {
        return read("korean-english-park.dev.en");
    }

    /** Korean lines of the test split (held out: used only to measure, never to tune). */
    public static List<String> testKorean() {
        return read("korean-english-park.test.ko");
    }

    /** English reference lines of the test split. */
    public static List<String> testEnglish() {
        return read("korean-english-park.test.en");
    }

    private static List<String> read(String name) {
        try {
            return Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The corpus is expected at ../shared/corpus (beside the repository)", e);
        }
    }

    private static Path locate() {
        String configured = System.getProperty("yoyak.corpus.dir", System.getenv("YOYAK_CORPUS_DIR"));
        return configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus");
    }
}
