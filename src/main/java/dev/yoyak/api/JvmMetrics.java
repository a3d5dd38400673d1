package dev.yoyak.api;

import java.util.List;

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
    private List<MeterBinder> bound = List.of();

    public JvmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    synchronized void bind(@ObservesAsync HttpServerStart started) {
        if (!bound.isEmpty()) {
            return;
        }
        try {
            List<MeterBinder> binders = List.of(new ClassLoaderMetrics(), new JvmHeapPressureMetrics(),
                    new JvmMemoryMetrics(), new JvmThreadMetrics(), new JVMInfoBinder(), new JvmGcMetrics(),
                    new UptimeMetrics(), new ProcessorMetrics(), new FileDescriptorMetrics());
            binders.forEach(binder -> binder.bindTo(registry));
            bound = binders;
        } catch (RuntimeException | LinkageError e) {
            // Metrics about the JVM are never worth failing the service for.
            LOG.warnf("JVM metrics not available: %s", e.toString());
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
