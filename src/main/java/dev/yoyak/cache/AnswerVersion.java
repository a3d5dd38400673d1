package dev.yoyak.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * The version of the code that makes an answer, part of every cache key: a SHA-256 over the compiled classes
 * of the packages that build an answer (article, korean, llm, pipeline, the settings' defaults) and the prompt
 * files, computed by the build (maven-antrun's checksum task, see pom.xml) into {@code yoyak-answer-version.txt}.
 * Any change to that code changes every key, so answers made by an older build are never served by a newer one.
 */
public final class AnswerVersion {

    private static final Logger LOG = Logger.getLogger(AnswerVersion.class);
    static final String RESOURCE = "yoyak-answer-version.txt";
    private static final String VERSION = load();

    private AnswerVersion() {
    }

    /** The build's answer version. */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AnswerVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            String version = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (version.matches("[0-9a-f]{64}")) {
                return version;
            }
        } catch (IOException e) {
            LOG.debugf("Cannot read %s: %s", RESOURCE, e.getMessage());
        }
        // Built without the checksum step (an IDE): never reuse answers whose code is unknown.
        String random = "unversioned-" + UUID.randomUUID();
        LOG.warnf("%s is missing from the build; cached answers are not reused across restarts (%s)", RESOURCE, random);
        return random;
    }
}
