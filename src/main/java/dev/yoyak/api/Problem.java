package dev.yoyak.api;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An RFC 9457 problem detail, sent as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@RegisterForReflection
public record Problem(
        @Schema(required = true, description = "Identifies the kind of problem",
                example = "urn:yoyak:problem:not-korean") URI type,
        @Schema(required = true, description = "Short summary of the kind of problem", example = "Not Korean text")
        String title,
        @Schema(required = true, description = "HTTP status", example = "422") int status,
        @Schema(required = true, description = "What went wrong with this request and how to fix it") String detail) {

    /** The media type problems are sent as. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is {@code urn:yoyak:problem:<slug>}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(URI.create("urn:yoyak:problem:" + slug), title, status, detail);
    }
}
