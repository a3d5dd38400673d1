package dev.yoyak.api.compat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.yoyak.api.compat.LibreTranslateResource.Detection;

/**
 * Language detection between the two languages yoyak knows, by script: the share of Hangul letters makes
 * "ko", the share of Latin letters "en". A statistical detector would add nothing for a two-language service.
 */
final class Script {

    private Script() {
    }

    /** Candidates with confidence 0–100, most likely first; a text with no letters at all is "ko" at 0. */
    static List<Detection> candidates(String text) {
        long hangul = 0;
        long latin = 0;
        long letters = 0;
        for (int cp : text.codePoints().toArray()) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        List<Detection> candidates = new ArrayList<>();
        candidates.add(new Detection(percent(hangul, letters), "ko"));
        if (latin > 0) {
            candidates.add(new Detection(percent(latin, letters), "en"));
        }
        candidates.sort(Comparator.comparingDouble(Detection::confidence).reversed());
        return candidates;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
