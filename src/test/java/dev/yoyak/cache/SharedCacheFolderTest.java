package dev.yoyak.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A second instance on a cache folder whose file another process holds open (locked) runs from memory: it is
 * ready, its readiness says the durable tier is degraded and why, and it answers and caches as usual.
 */
@QuarkusTest
@QuarkusTestResource(value = SharedCacheFolderTest.HeldByAnother.class, restrictToAnnotatedClass = true)
class SharedCacheFolderTest {

    /** The fake backend, and a cache folder whose store file is already open (as by a first instance). */
    public static class HeldByAnother extends FakeOpenAiResource {
        static final Path DIR = Path.of("target", "shared-cache-folder");
        private MVStore first;

        @Override
        public Map<String, String> start() {
            DIR.toFile().mkdirs();
            first = new MVStore.Builder().fileName(DIR.resolve(DurableStore.FILE_NAME).toString()).open();
            Map<String, String> config = new HashMap<>(super.start());
            config.put("yoyak.cache.dir", DIR.toString());
            return config;
        }

        @Override
        public void stop() {
            first.close();
        }
    }

    @Test
    void secondInstanceIsReadyAndSaysTheDurableTierIsDegraded() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'result-cache' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'result-cache' }.data.degraded", equalTo("durable"))
                .body("checks.find { it.name == 'result-cache' }.data.durable", equalTo("memory only"))
                .body("checks.find { it.name == 'result-cache' }.data.durableReason",
                        containsString("in use by another process"));
    }

    @Test
    void secondInstanceAnswersAndCachesInMemory() {
        FakeOpenAi.get().reset();
        String article = Articles.HARBOR + "\n\n(공유 폴더 " + System.nanoTime() + ")";
        given().contentType(ContentType.JSON).body(Map.of("text", article)).post("/summarize")
                .then().statusCode(200).body("cached", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("text", article)).post("/summarize")
                .then().statusCode(200).body("cached", equalTo(true));
    }
}
