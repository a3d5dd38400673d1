package dev.yoyak.korean;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels of broadcast transcripts ({@code [앵커]}, {@code <기자>}, {@code ◀ 리포트 ▶}) and interview lines
 * {@code [이름 / 직함 : 말]}: a lone label line is joined to the paragraph it introduces, and the English keeps the
 * label as a label ({@code [Anchor]}, {@code [Reporter]}) whatever the model wrote.
 */
public final class SpeakerLabels {

    private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("앵커", "Anchor"),
            Map.entry("앵커 멘트", "Anchor"), Map.entry("앵커멘트", "Anchor"), Map.entry("기자", "Reporter"),
            Map.entry("기자 멘트", "Reporter"), Map.entry("기자멘트", "Reporter"), Map.entry("리포트", "Report"),
            Map.entry("인터뷰", "Interview"), Map.entry("녹취", "Recording"), Map.entry("현장음", "Natural sound"),
            Map.entry("현장 음", "Natural sound"), Map.entry("기자 리포트", "Reporter"), Map.entry("대담", "Interview"),
            Map.entry("질문", "Question"), Map.entry("답변", "Answer"));
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\[\\s?([가-힣 ]{2,6})\\s?]|<\\s?([가-힣 ]{2,6})\\s?>|◀\\s?([가-힣 ]{2,6})\\s?▶)\\s*");
    /** [김철수 / 가상시 교통정책과장 : 불편을 줄이겠습니다.] */
    private static final Pattern INTERVIEW = Pattern.compile("^\\[[^\\]/:]{2,20}\\s?/\\s?[^\\]:]{1,40}\\s?[:：].+]$");
    private static final Pattern ENGLISH_LABEL = Pattern.compile("^(?:\\[[^\\]]{1,30}]|<[^>]{1,30}>|◀[^▶]{1,30}▶"
            + "|(?:Anchor|Reporter|Report|Interview|Recording|Natural sound|Question|Answer)\\s?:)\\s*");

    private SpeakerLabels() {
    }

    /** True when the line is only a known speaker label, e.g. {@code [앵커]}. */
    public static boolean isLoneLabel(String line) {
        Matcher m = LABEL.matcher(line);
        return m.lookingAt() && m.end() == line.length() && ENGLISH.containsKey(label(m));
    }

    /** True for an interview line {@code [이름 / 직함 : …]}. */
    public static boolean isInterview(String line) {
        return INTERVIEW.matcher(line).matches();
    }

    /** The English label for a paragraph that starts with a known Korean label, e.g. {@code [Anchor]}; else empty. */
    public static String englishLabel(String korean) {
        Matcher m = LABEL.matcher(korean);
        if (!m.lookingAt()) {
            return "";
        }
        String english = ENGLISH.get(label(m));
        return english == null ? "" : "[" + english + "]";
    }

    /**
     * The English with the paragraph's label kept as a label: a known label replaces whatever label the model
     * put first (or is added when it wrote none); an interview line stays in brackets.
     */
    public static String keep(String korean, String english) {
        if (english == null || english.isBlank()) {
            return english;
        }
        String label = englishLabel(korean);
        String text = english.strip();
        if (!label.isEmpty()) {
            if (text.startsWith(label)) {
                return text;
            }
            return label + " " + ENGLISH_LABEL.matcher(text).replaceFirst("");
        }
        if (isInterview(korean) && !text.startsWith("[")) {
            return "[" + text + "]";
        }
        return text;
    }

    private static String label(Matcher m) {
        String found = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return found.strip();
    }
}
