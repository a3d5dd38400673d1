package dev.yoyak.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node.js script of a test folder (web-test/, compat-test/) with its output in the test log, after
 * {@code npm ci} when the folder's packages are not installed yet. Needs node and npm (.ci/run installs them).
 */
public final class NodeScript {

    private NodeScript() {
    }

    /**
     * Exit code of {@code node <args>} run in {@code folder} (-1 after a 3-minute timeout); {@code module} is a
     * package the script imports, whose absence means the folder needs {@code npm ci} first.
     */
    public static int run(Path folder, String module, String... args) throws Exception {
        if (!Files.isDirectory(folder.resolve("node_modules").resolve(module))) {
            int installed = exec(folder, "npm", "ci", "--no-audit", "--no-fund");
            if (installed != 0) {
                return installed;
            }
        }
        String[] command = new String[args.length + 1];
        command[0] = "node";
        System.arraycopy(args, 0, command, 1, args.length);
        return exec(folder, command);
    }

    private static int exec(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
