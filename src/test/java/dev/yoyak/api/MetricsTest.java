package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Prometheus metrics at /q/metrics: outcomes, cache tiers, backend latency and tokens, pipelines. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class MetricsTest {

    @Test
    void requestsCacheBackendAndPipelinesAreMeasured() {
        FakeOpenAi.get().reset();
        String article = Articles.HARBOR + "\n\n(지표 " + System.nanoTime() + ")";
        given().contentType(ContentType.JSON).body(Map.of("text", article)).post("/summarize").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", article)).post("/summarize").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "no hangul")).post("/summarize").then().statusCode(422);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        given().get("/q/metrics").then()
                .body(containsString("yoyak_requests_total{source=\"model\",status=\"200\"}"))
                .body(containsString("yoyak_requests_total{source=\"cache\",status=\"200\"}"))
                .body(containsString("yoyak_requests_total{source=\"none\",status=\"422\"}"))
                .body(containsString("yoyak_cache_lookups_total{result=\"hit\",tier=\"memory\"}"))
                .body(containsString("yoyak_backend_call_seconds_count{outcome=\"ok\",provider=\"openai\"}"))
                .body(containsString("yoyak_backend_tokens_total{provider=\"openai\",type=\"output\"}"))
                .body(containsString("yoyak_pipelines_running"))
                .body(containsString("yoyak_pipelines_queued"));
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("ft_"), "fault-tolerance metrics are exported");
    }

    @Test
    void jvmAndProcessMetricsAreExportedOnceTheServerListens() throws InterruptedException {
        // Bound by JvmMetrics when the HTTP server has started (asynchronously): wait for them, but not forever.
        long deadline = System.nanoTime() + 10_000_000_000L;
        String metrics = "";
        while (System.nanoTime() < deadline && !metrics.contains("process_uptime_seconds")) {
            metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            Thread.sleep(50);
        }
        for (String name : new String[] { "jvm_memory_used_bytes", "jvm_gc_memory_allocated_bytes_total",
                "jvm_threads_live_threads", "jvm_classes_loaded_classes", "jvm_info_total", "process_uptime_seconds",
                "process_cpu_usage", "system_cpu_count" }) {
            org.junit.jupiter.api.Assertions.assertTrue(metrics.contains(name), name + " is exported");
        }
    }
}
