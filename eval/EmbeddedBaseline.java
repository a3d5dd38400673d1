import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;

/**
 * The eval's one-prompt baseline on the embedded engine: each prompt (NUL-separated in the input file) as one user
 * turn through the GGUF's own chat template, temperature 0; writes a JSON list of {text, prompt_tokens,
 * output_tokens}. Run by eval/run.py --model with the packaged jar's de.kherud:llama on the class path
 * (java -cp de.kherud.llama-4.2.0.jar eval/EmbeddedBaseline.java model.gguf in out.json).
 */
public class EmbeddedBaseline {
    public static void main(String[] args) throws Exception {
        String[] prompts = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).split("\0");
        StringBuilder out = new StringBuilder("[");
        try (LlamaModel model = new LlamaModel(new ModelParameters().setModel(args[0]).setCtxSize(8192)
                .setGpuLayers(0).disableLog())) {
            for (String prompt : prompts) {
                String rendered = model.applyTemplate(new InferenceParameters("").setUseChatTemplate(true)
                        .setMessages("", List.of(new Pair<>("user", prompt))));
                StringBuilder text = new StringBuilder();
                int tokens = 0;
                for (var output : model.generate(new InferenceParameters(rendered).setTemperature(0f).setNPredict(2048))) {
                    text.append(output.text);
                    tokens++;
                }
                out.append(out.length() > 1 ? "," : "").append("{\"text\":").append(quote(text.toString()))
                        .append(",\"prompt_tokens\":").append(model.encode(rendered).length)
                        .append(",\"output_tokens\":").append(Math.max(0, tokens - 1)).append('}');
            }
        }
        Files.writeString(Path.of(args[2]), out.append(']'), StandardCharsets.UTF_8);
        System.exit(0); // a JVM that loaded llama.cpp does not always exit by itself
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> q.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return q.append('"').toString();
    }
}
