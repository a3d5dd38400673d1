package dev.yoyak.llm;

import java.util.List;

/** Names of an article with their English forms (the glossary its chunks share). */
public record Entities(List<Entity> entities) {

    /** A named thing with its English form; {@code type} is person, organization, place or term. */
    public record Entity(String ko, String en, String type) {
    }
}
