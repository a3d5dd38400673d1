package dev.yoyak.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import dev.yoyak.cache.StoredAnswer;

/** Writes a cached answer's stored JSON bytes as they are: no serialization on a cache hit. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class StoredAnswerWriter implements ServerMessageBodyWriter<StoredAnswer> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return StoredAnswer.class.equals(type);
    }

    @Override
    public void writeResponse(StoredAnswer answer, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(answer.json());
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return StoredAnswer.class.equals(type);
    }

    @Override
    public void writeTo(StoredAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(answer.json());
    }
}
