package dev.yoyak.llm;

/**
 * Receives a model's answer while it is generated (OpenAI-compatible streaming, or the embedded engine's token
 * iterator), and may stop it: the call then returns what was generated so far, and the backend stops.
 */
public interface PartialAnswer {

    /** A new attempt begins: what came before belongs to a failed attempt. */
    void start();

    /** The next piece of the answer; true to stop generating now (a loop was seen). */
    boolean text(String piece);
}
