package dev.yoyak.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.quarkus.micrometer.runtime.binder.JVMInfoBinder;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;

/**
 * The JVM and process metrics Quarkus binds when {@code quarkus.micrometer.binder.jvm/system} are on (the same
 * Micrometer binders, the same names), bound once the HTTP server listens instead of during start-up.
 */
// Binding them (JMX beans, GC listeners) took about a tenth of yoyak's start-up on 2 cores; nobody scrapes a
// process that is not listening yet, so they wait for the server (README "Start-up").
@ApplicationScoped
public class JvmMetrics {

    private static final Logger LOG = Logger.getLogger(JvmMetrics.class);

    private final MeterRegistry registry;
    private final List<MeterBinder> bound = new ArrayList<>();
    private boolean started;

    public JvmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void bind(@ObservesAsync HttpServerStart event) {
        bindOnce();
    }

    void bind(@ObservesAsync HttpsServerStart event) {
        bindOnce();
    }

    private synchronized void bindOnce() {
        if (started) {
            return;
        }
        started = true;
        // Binders own listeners and threads: each one bound is kept, so shutdown closes it even if a later one fails.
        for (Supplier<MeterBinder> binder : List.<Supplier<MeterBinder>>of(ClassLoaderMetrics::new,
                JvmHeapPressureMetrics::new, JvmMemoryMetrics::new, JvmThreadMetrics::new, JVMInfoBinder::new,
                JvmGcMetrics::new, UptimeMetrics::new, ProcessorMetrics::new, FileDescriptorMetrics::new)) {
            try {
                MeterBinder made = binder.get();
                made.bindTo(registry);
                bound.add(made);
            } catch (RuntimeException | LinkageError e) {
                // Metrics about the JVM are never worth failing the service for.
                LOG.warnf("A JVM metric is not available: %s", e.toString());
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        for (MeterBinder binder : bound) {
            if (binder instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.debugf("closing %s: %s", binder, e);
                }
            }
        }
    }
}
