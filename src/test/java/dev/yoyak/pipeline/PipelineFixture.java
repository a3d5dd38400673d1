package dev.yoyak.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.yoyak.config.YoyakConfig;
import dev.yoyak.testing.TestConfig;

/**
 * The pipeline's stages wired by hand around a {@link FakeModel}, with small chunks so a few short paragraphs make
 * a long article: no application is started.
 */
final class PipelineFixture implements AutoCloseable {

    /** Chunks of about two of {@link #body} paragraphs, a lead of one, four chunk calls at once. */
    static final Map<String, String> SMALL_CHUNKS = Map.of("yoyak.chunking.max-tokens", "60",
            "yoyak.chunking.lead-tokens", "30", "yoyak.chunking.min-tokens", "30",
            "yoyak.concurrency.per-request", "4");

    final FakeModel model = new FakeModel();
    final YoyakConfig config;
    final PipelineThreads threads;
    final ModelCalls calls;
    final TranslationStage translation;
    final SummaryStage summary;
    final ArticleRun run;

    PipelineFixture(Map<String, String> settings) {
        config = TestConfig.of(settings);
        threads = new PipelineThreads(config);
        calls = new ModelCalls(config, threads);
        translation = new TranslationStage(model, calls, config);
        summary = new SummaryStage(model, calls, config);
        run = new ArticleRun(model, translation, summary);
    }

    PipelineFixture() {
        this(SMALL_CHUNKS);
    }

    /** {@code count} paragraphs of about 25 estimated tokens each, told apart by a Hangul ordinal. */
    static List<String> body(int count) {
        String[] ordinals = { "첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째" };
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add(ordinals[i] + " 문단이다. 서울시가 청년 창업 지원 예산을 크게 늘렸다.");
        }
        return paragraphs;
    }

    @Override
    public void close() {
        threads.stop();
    }
}
