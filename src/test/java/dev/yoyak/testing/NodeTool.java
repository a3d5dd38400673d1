package dev.yoyak.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the npm tools of a test folder (web-test/, contract-test/): installs them once, runs a command, keeps its output. */
public final class NodeTool {

    /** What a command printed and how it ended. */
    public record Run(int exit, String output) {
    }

    private NodeTool() {
    }

    /** {@code npm ci} in {@code dir} unless {@code module} is already installed there. */
    public static void install(Path dir, String module) throws Exception {
        if (!Files.isDirectory(dir.resolve("node_modules").resolve(module))) {
            Run npm = run(dir, List.of("npm", "ci", "--no-audit", "--no-fund"));
            assertEquals(0, npm.exit(), "npm ci in " + dir + ":\n" + npm.output());
        }
    }

    /** Runs {@code command} in {@code dir} (at most 3 minutes), echoing its output to the test log. */
    public static Run run(Path dir, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, output + "\n(timed out)");
        }
        return new Run(process.exitValue(), output);
    }
}
