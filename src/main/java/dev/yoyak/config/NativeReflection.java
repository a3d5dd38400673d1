package dev.yoyak.config;

import dev.yoyak.api.Problem;
import dev.yoyak.api.SummarizeRequest;
import dev.yoyak.korean.Check;
import dev.yoyak.llm.Bilingual;
import dev.yoyak.llm.Entities;
import dev.yoyak.llm.KoreanRegister;
import dev.yoyak.llm.SummaryStyle;
import dev.yoyak.pipeline.SummaryResult;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every type Jackson reads or writes, registered for reflection in a native image: the API's records, the
 * cached result (read back from the stores, not only returned) and the model's structured outputs.
 */
@RegisterForReflection(targets = { SummarizeRequest.class, SummaryResult.class, Problem.class, Bilingual.class,
        Entities.class, Entities.Entity.class, Check.class, SummaryStyle.class, KoreanRegister.class })
public final class NativeReflection {

    private NativeReflection() {
    }
}
