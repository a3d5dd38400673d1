package dev.yoyak.article;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Names of an article with their English forms (the glossary its chunks share). */
@RegisterForReflection
public record Entities(List<Entity> entities) {

    /** A named thing with its English form; {@code type} is one of {@link #TYPES}. */
    @Schema(description = "A name with the English form used throughout the translation")
    @RegisterForReflection
    public record Entity(
            @Schema(required = true, description = "As written in the article", examples = "박서연") String ko,
            @Schema(required = true, description = "The English form used in every chunk", examples = "Park Seo-yeon")
            String en,
            @Schema(required = true, enumeration = { PERSON, ORGANIZATION, PLACE, TERM }, examples = PERSON,
                    description = "term: a glossary entry of the request, or a name the model did not classify")
            String type) {

        /** The same entity with its type as one of {@link #TYPES} (models answer location, ORG, null …). */
        public Entity withKnownType() {
            String raw = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
            String known = switch (raw) {
                case PERSON, "people", "per" -> PERSON;
                case ORGANIZATION, "organisation", "org", "company", "institution" -> ORGANIZATION;
                case PLACE, "location", "loc", "gpe", "city", "country" -> PLACE;
                default -> TERM;
            };
            return known.equals(type) ? this : new Entity(ko, en, known);
        }
    }

    /** A person. */
    public static final String PERSON = "person";
    /** A company, institution, party, agency … */
    public static final String ORGANIZATION = "organization";
    /** A city, district, country, building … */
    public static final String PLACE = "place";
    /** Anything else: a request's glossary term, or a name the model gave no known type. */
    public static final String TERM = "term";
    /** Every type an answer's entity can have. */
    public static final List<String> TYPES = List.of(PERSON, ORGANIZATION, PLACE, TERM);
}
