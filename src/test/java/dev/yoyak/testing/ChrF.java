package dev.yoyak.testing;

import java.util.HashMap;
import java.util.Map;

/** chrF (Popović 2015) as sacreBLEU computes it by default: character 1..6-grams, β = 2, white space removed. */
public final class ChrF {

    private static final int MAX_ORDER = 6;
    private static final double BETA = 2.0;

    private ChrF() {
    }

    /** chrF score of a hypothesis against one reference, 0–100. */
    public static double score(String hypothesis, String reference) {
        String hyp = hypothesis.replaceAll("\\s+", "");
        String ref = reference.replaceAll("\\s+", "");
        double precision = 0;
        double recall = 0;
        int orders = 0;
        for (int n = 1; n <= MAX_ORDER; n++) {
            Map<String, Integer> h = grams(hyp, n);
            Map<String, Integer> r = grams(ref, n);
            int hTotal = h.values().stream().mapToInt(Integer::intValue).sum();
            int rTotal = r.values().stream().mapToInt(Integer::intValue).sum();
            if (hTotal == 0 || rTotal == 0) {
                continue;
            }
            int match = 0;
            for (Map.Entry<String, Integer> e : h.entrySet()) {
                match += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
            }
            precision += (double) match / hTotal;
            recall += (double) match / rTotal;
            orders++;
        }
        if (orders == 0) {
            return 0;
        }
        precision /= orders;
        recall /= orders;
        double b2 = BETA * BETA;
        return precision + recall == 0 ? 0 : 100 * (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    private static Map<String, Integer> grams(String text, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= text.length(); i++) {
            counts.merge(text.substring(i, i + n), 1, Integer::sum);
        }
        return counts;
    }
}
