package dev.yoyak.api.compat;

import static dev.yoyak.api.compat.CompatKeysTest.form;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A real-size article sent form-encoded, as DeepL's and LibreTranslate's clients and {@code curl --data-urlencode}
 * send it, is translated like the same text in JSON (the form parser's default 2 KB field limit refused it).
 */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class FormBodyTest {

    /** About 6,000 characters of corpus sentences, one paragraph each: over 50 KB once URL-encoded. */
    static String article() {
        List<String> lines = Corpus.korean().subList(0, 60);
        return String.join("\n", lines) + "\n참고번호 " + UUID.randomUUID().toString().substring(0, 8) + "번.";
    }

    @Test
    void deeplTakesAFullArticleFormEncoded() {
        String text = article();
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate")
                .then().statusCode(200).body("translations.size()", equalTo(1));
    }

    @Test
    void libreTranslateTakesAFullArticleFormEncoded() {
        String q = article();
        form().formParam("q", q).formParam("source", "ko").formParam("target", "en").post("/translate")
                .then().statusCode(200);
    }
}
