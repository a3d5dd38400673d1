package dev.yoyak.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.yoyak.config.YoyakConfig.Provider;

class OpenAiSwitchTest {

    @Test
    void defaultsMeanNotConfigured() {
        assertFalse(OpenAiSwitch.isConfigured("dummy", "https://api.openai.com/v1/"));
        assertFalse(OpenAiSwitch.isConfigured("dummy", "https://api.openai.com/v1"));
    }

    @Test
    void aLocalEndpointWithoutKeyIsConfigured() {
        assertTrue(OpenAiSwitch.isConfigured("dummy", "http://localhost:11434/v1"));
    }

    @Test
    void aKeyForOpenAiItselfIsConfigured() {
        assertTrue(OpenAiSwitch.isConfigured("sk-test", "https://api.openai.com/v1/"));
    }

    @Test
    void autoPicksOpenAiWhenConfiguredElseEmbedded() {
        assertEquals(Provider.OPENAI, OpenAiSwitch.resolve(Provider.AUTO, true));
        assertEquals(Provider.EMBEDDED, OpenAiSwitch.resolve(Provider.AUTO, false));
    }

    @Test
    void anExplicitProviderIsKept() {
        assertEquals(Provider.OPENAI, OpenAiSwitch.resolve(Provider.OPENAI, false));
        assertEquals(Provider.NONE, OpenAiSwitch.resolve(Provider.NONE, true));
    }

    @Test
    void providerNamesParseInAnyCase() {
        assertEquals(Provider.OPENAI, OpenAiSwitch.parse(" OpenAI "));
    }
}
