package dev.yoyak.llm;

import java.util.Locale;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

import dev.yoyak.config.YoyakConfig.Provider;

/**
 * Derives {@code quarkus.langchain4j.openai.enable-integration} from {@code yoyak.provider} unless it is set
 * explicitly. quarkus-langchain4j refuses to start when its OpenAI model is enabled with neither key nor
 * endpoint; yoyak must start anyway and answer 503 with what to set, so the integration is switched on only
 * when the OpenAI-compatible backend is the one in use.
 */
@Priority(Priorities.APPLICATION)
public class OpenAiSwitch implements ConfigSourceInterceptor {

    static final String ENABLE = "quarkus.langchain4j.openai.enable-integration";
    static final String BASE_URL = "quarkus.langchain4j.openai.base-url";
    static final String API_KEY = "quarkus.langchain4j.openai.api-key";
    /** The value quarkus-langchain4j uses when no key is set. */
    static final String NO_API_KEY = "dummy";
    /** OpenAI's public endpoint, quarkus-langchain4j's default base URL. */
    static final String OPENAI_BASE_URL = "https://api.openai.com/v1/";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!ENABLE.equals(name) || value != null && !isDefault(value)) {
            return value;
        }
        Provider requested = parse(text(context.proceed("yoyak.provider"), "auto"));
        boolean configured = isConfigured(text(context.proceed(API_KEY), NO_API_KEY),
                text(context.proceed(BASE_URL), OPENAI_BASE_URL));
        boolean enabled = resolve(requested, configured) == Provider.OPENAI && configured;
        return ConfigValue.builder().withName(ENABLE).withValue(Boolean.toString(enabled))
                .withConfigSourceName("yoyak provider switch").build();
    }

    /** The provider that answers, given the one requested and whether OpenAI-compatible settings exist. */
    static Provider resolve(Provider requested, boolean openAiConfigured) {
        if (requested == Provider.AUTO) {
            return openAiConfigured ? Provider.OPENAI : Provider.EMBEDDED;
        }
        return requested;
    }

    /** True once a key or a non-default endpoint is set: enough for OpenAI itself or any local server. */
    static boolean isConfigured(String apiKey, String baseUrl) {
        return !NO_API_KEY.equals(apiKey) || !withSlash(OPENAI_BASE_URL).equals(withSlash(baseUrl));
    }

    static Provider parse(String provider) {
        return Provider.valueOf(provider.trim().toUpperCase(Locale.ROOT));
    }

    private static boolean isDefault(ConfigValue value) {
        String source = value.getConfigSourceName();
        return source != null && source.contains("Default");
    }

    private static String text(ConfigValue value, String fallback) {
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
