package dev.yoyak.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A model host on a local port serving a tiny generated GGUF, answering 503 to its first {@code failures}
 * requests (init arg), and the service set to download the model from it into an empty folder. Init arg
 * {@code sha256=wrong} pins a checksum the file does not have.
 */
public class ModelHostResource implements QuarkusTestResourceLifecycleManager {

    /** Requests the host received, across the resource's life. */
    public static final AtomicInteger REQUESTS = new AtomicInteger();

    private HttpServer server;
    private int failures;
    private boolean wrongChecksum;

    @Override
    public void init(Map<String, String> args) {
        failures = Integer.parseInt(args.getOrDefault("failures", "0"));
        wrongChecksum = "wrong".equals(args.get("sha256"));
    }

    @Override
    public Map<String, String> start() {
        try {
            REQUESTS.set(0);
            Path root = Files.createDirectories(Path.of("target", "test-model-host"));
            Path dir = Files.createTempDirectory(root, "models");
            byte[] model = Files.readAllBytes(TinyGguf.write(root.resolve("host-" + dir.getFileName() + ".gguf"),
                    ModelFamily.QWEN2));
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/yoyak-host.gguf", exchange -> {
                if (REQUESTS.incrementAndGet() <= failures) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                exchange.sendResponseHeaders(200, model.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(model);
                }
            });
            server.start();
            return Map.of(
                    "yoyak.provider", "embedded",
                    "yoyak.model.dir", dir.toAbsolutePath().toString(),
                    "yoyak.model.download", "true",
                    "yoyak.model.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/yoyak-host.gguf",
                    "yoyak.model.sha256", wrongChecksum ? "0".repeat(64) : sha256(model),
                    "yoyak.model.download-backoff", "50ms",
                    "yoyak.model.download-max-backoff", "200ms",
                    "yoyak.embedded.context-size", "16384",
                    "yoyak.embedded.max-tokens", "256",
                    "yoyak.embedded.native-dir", dir.resolve("native").toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
