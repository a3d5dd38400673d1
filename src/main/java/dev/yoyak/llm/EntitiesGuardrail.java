package dev.yoyak.llm;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

/** An entity list counts when present; an entry lacking either language is dropped later, not fatal. */
@Singleton
public class EntitiesGuardrail extends JsonOutputGuardrail<Entities> {

    public EntitiesGuardrail(ObjectMapper json) {
        super(json, Entities.class, "{\"entities\": [{\"ko\": \"...\", \"en\": \"...\", \"type\": \"person\"}]}");
    }

    @Override
    protected boolean isComplete(Entities value) {
        return value.entities() != null;
    }
}
