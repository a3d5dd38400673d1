package dev.yoyak.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.yoyak.korean.KoreanText;

/**
 * A perfect translator for the corpus: it answers each known Korean sentence (corpus line) with its reference
 * English, so any loss, duplication or reordering in the pipeline shows in the score.
 */
public final class CorpusOracle {

    private final Map<String, String> english = new HashMap<>();

    public CorpusOracle(List<String> korean, List<String> reference) {
        for (int i = 0; i < korean.size(); i++) {
            english.putIfAbsent(KoreanText.normalize(korean.get(i)), reference.get(i).strip());
        }
    }

    /** The reference English of a text made of consecutive corpus lines joined by spaces. */
    public String translate(String koreanText) {
        StringBuilder out = new StringBuilder();
        String rest = koreanText.strip();
        while (!rest.isEmpty()) {
            String line = longestKnownPrefix(rest);
            if (line == null) {
                out.append("<unknown: ").append(rest).append('>');
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(english.get(line));
            rest = rest.substring(line.length()).strip();
        }
        return out.toString();
    }

    private String longestKnownPrefix(String text) {
        String best = null;
        for (String known : english.keySet()) {
            if (text.startsWith(known) && (best == null || known.length() > best.length())
                    && (text.length() == known.length() || text.charAt(known.length()) == ' ')) {
                best = known;
            }
        }
        return best;
    }
}
