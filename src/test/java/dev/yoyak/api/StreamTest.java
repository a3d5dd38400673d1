package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.SmallChunks;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** Server-sent events of a run: order, paragraphs before the result, failures as problems, disconnects. */
@QuarkusTest
@TestProfile(SmallChunks.class)
@WithTestResource(FakeOpenAiResource.class)
class StreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeOpenAi fake = FakeOpenAi.get();

    /** One parsed server-sent event. */
    record Event(String name, JsonNode data) {
    }

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static String article(String tag) {
        return Articles.NOISY + "\n\n(" + tag + " " + System.nanoTime() + ")";
    }

    private static List<Event> parse(String body) throws Exception {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (name != null) {
                events.add(new Event(name, JSON.readTree(data.toString())));
            }
        }
        return events;
    }

    private static List<Event> stream(String article) throws Exception {
        String body = given().contentType("application/json").accept("text/event-stream")
                .body(Map.of("text", article)).post("/summarize").then().statusCode(200).extract().asString();
        return parse(body);
    }

    @Test
    void progressThenParagraphsThenTheResult() throws Exception {
        List<Event> events = stream(article("순서"));
        List<String> names = events.stream().map(Event::name).toList();
        assertEquals("result", names.get(names.size() - 1), names.toString());
        assertTrue(names.contains("progress") && names.contains("paragraph"), names.toString());
        assertTrue(names.lastIndexOf("paragraph") < names.indexOf("result"));
        JsonNode result = events.get(events.size() - 1).data();
        assertEquals(5, result.path("paragraphs").size());
        long paragraphEvents = events.stream().filter(e -> e.name().equals("paragraph")).count();
        assertEquals(5, paragraphEvents, "one event per paragraph");
        Event first = events.stream().filter(e -> e.name().equals("paragraph")).findFirst().orElseThrow();
        assertEquals(result.path("paragraphs").get(first.data().path("index").asInt()).path("en").asText(),
                first.data().path("paragraph").path("en").asText());
        assertTrue(events.stream().anyMatch(e -> e.data().path("stage").asText().equals("chunk")
                && e.data().path("chunks").asInt() > 1), "chunk i of n");
    }

    @Test
    void paragraphArrivesWhileItsChunkIsStillBeingGenerated() throws Exception {
        // The backend streams its answer a line at a time, slowly: a paragraph's event must not wait for the rest.
        fake.respond(request -> request.isTranslation() ? FakeOpenAi.standardReply(request).streamedSlowly(250)
                : FakeOpenAi.standardReply(request));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/summarize"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", article("흐름")))))
                .build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        long firstParagraph = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (firstParagraph == 0 && line.startsWith("event:") && line.contains("paragraph")) {
                    firstParagraph = System.nanoTime();
                }
            }
        }
        assertTrue(firstParagraph > 0, "a paragraph event came");
        assertTrue(fake.received().stream().filter(FakeOpenAi.Received::isTranslation).allMatch(FakeOpenAi.Received::isStream),
                "translations are streamed");
        List<Long> ends = fake.streamEnds();
        assertTrue(!ends.isEmpty() && firstParagraph < ends.get(0),
                "the first paragraph arrived before the first translation call had finished");
    }

    @Test
    void cachedArticleStreamsItsResultAtOnce() throws Exception {
        String article = article("캐시");
        stream(article);
        List<Event> again = stream(article);
        assertEquals(List.of("result"), again.stream().map(Event::name).toList());
        assertTrue(again.get(0).data().path("cached").asBoolean());
    }

    @Test
    void failureArrivesAsAProblemEvent() throws Exception {
        fake.respond(request -> Reply.error(500));
        List<Event> events = stream(article("실패"));
        Event last = events.get(events.size() - 1);
        assertEquals("problem", last.name());
        assertEquals(503, last.data().path("status").asInt());
    }

    @Test
    void streamPathWorksToo() throws Exception {
        String body = given().contentType("application/json").body(Map.of("text", article("경로")))
                .post("/summarize/stream").then().statusCode(200).extract().asString();
        List<Event> events = parse(body);
        assertEquals("result", events.get(events.size() - 1).name());
    }

    @Test
    void disconnectStopsWorkNobodyElseWaitsFor() throws Exception {
        fake.respond(request -> FakeOpenAi.standardReply(request).after(request.isTranslation() ? 400 : 0));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/summarize"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", article("끊김")))))
                .build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            // Wait until the first paragraph is in, then hang up.
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("event:") && line.contains("paragraph")) {
                    break;
                }
            }
        }
        Thread.sleep(2_000);
        long translations = fake.count(FakeOpenAi.Received::isTranslation);
        Thread.sleep(1_000);
        assertEquals(translations, fake.count(FakeOpenAi.Received::isTranslation), "no new calls after the disconnect");
        assertTrue(translations < 4, "the remaining chunks were never sent: " + translations);
    }
}
