package io.quarkus.smallrye.openapi.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.arc.Unremovable;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;

/** Builds each OpenAPI document on its first request instead of at start-up. */
@Alternative
@Unremovable
@Priority(1)
@ApplicationScoped
public class DeferredOpenApiDocuments extends OpenApiDocumentService {

    private final Map<String, Runnable> pending = new ConcurrentHashMap<>();

    @Override
    void prepareDocument(AutoSecurityFilter autoSecurityFilter, Map<OpenApiFilter.RunStage, List<String>> filters,
            String documentName) {
        pending.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filters, documentName));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        Runnable preparation = pending.get(documentName);
        if (preparation != null) {
            synchronized (this) {
                if (pending.remove(documentName) != null) {
                    preparation.run();
                }
            }
        }
        return super.getDocument(documentName, format);
    }
}
