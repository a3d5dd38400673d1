package dev.yoyak.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real redis-server (Debian's package, installed by .ci/run) on a free loopback port, locked with a password as
 * the deploy manifests lock it ({@code requirepass}), which tests can stop and start again to see yoyak ride out
 * an outage. It also points the service at the fake OpenAI backend.
 */
public class RedisServer implements QuarkusTestResourceLifecycleManager {

    /** Redis' {@code requirepass}; yoyak's client is given it as {@code quarkus.redis.password}. */
    public static final String PASSWORD = "test-" + Long.toHexString(System.nanoTime());

    private static int port;
    private static Process process;

    @Override
    public Map<String, String> start() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        launch();
        Map<String, String> config = new java.util.HashMap<>(new FakeOpenAiResource().start());
        config.put("yoyak.redis-url", "redis://127.0.0.1:" + port);
        config.put("quarkus.redis.password", PASSWORD);
        config.put("yoyak.cache.redis-retry", "200ms");
        return config;
    }

    @Override
    public void stop() {
        halt();
    }

    /** Starts redis-server, without persistence, and waits until it accepts connections. */
    public static synchronized void launch() {
        try {
            process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--requirepass", PASSWORD).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server is needed for the shared-cache tests (apt install redis-server)", e);
        }
        for (int i = 0; i < 100; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                sleep();
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port);
    }

    /** Stops redis-server and waits until it is gone: an outage. */
    public static synchronized void halt() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
