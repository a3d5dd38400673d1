package dev.yoyak.korean;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header fields of a Korean news page in their common printed forms: times ({@code 입력 …}, {@code 수정 …},
 * {@code 송고시간…}, {@code 기사입력 …}, a timestamp after the byline) and reporters (bylines, datelines
 * {@code (지역=매체) 이름 기자 =} and {@code [지역=매체 이름 기자]}, a closing {@code 이름 기자 e-mail} line, a
 * broadcast sign-off {@code 방송사 이름입니다}).
 */
final class ArticleHeader {

    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})[.\\-/년]\\s?(\\d{1,2})[.\\-/월]\\s?(\\d{1,2})일?\\.?"
            + "\\s*(?:\\([가-힣]\\)\\s*)?\\(?\\s*(?:(오전|오후)\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\)?");
    private static final String PUBLISHED = "최초\\s?입력|기사\\s?입력|입력|등록|작성|발행|승인|게재|송고\\s?시간|송고";
    private static final String UPDATED = "최종\\s?수정|수정|업데이트|갱신";
    /** The label just before a timestamp: 입력, 수정, 송고시간, 기사입력 … */
    private static final Pattern LABELLED = Pattern.compile("(" + PUBLISHED + "|" + UPDATED + ")\\s*(?:일시|시간)?\\s*[:：]?\\s*$");
    private static final Pattern UPDATED_LABEL = Pattern.compile(UPDATED);
    private static final String TITLES = "선임기자|수습기자|객원기자|기자|특파원|논설위원|통신원|기상캐스터|PD";
    /** One to ten names: bounded, because the regex engine recurses once per repetition (3,000 names overflowed it). */
    private static final String NAMES = "([가-힣]{2,4}(?:\\s?[·ㆍ,]\\s?[가-힣]{2,4}){0,9})";
    /** Longest line read as a header line (byline, time line); longer ones are prose. */
    private static final int HEADER_MAX_CHARS = 90;
    /** A byline line: an optional outlet or place before, names and title, then e-mail, time or nothing. */
    private static final Pattern BYLINE = Pattern.compile("^(?:[\\[(][^\\])]{1,20}[\\])]\\s?|[가-힣A-Za-z0-9·]{1,12}\\s?=\\s?"
            + "|[가-힣A-Za-z0-9]{2,10}\\s|글·사진\\s?=?\\s?)?" + NAMES + "\\s?(?:" + TITLES + ")(?=$|[\\s=/·,(\\[]|"
            // Edaily prints a bar as a capital I: 함지현 기자I 2024.07.30 11:15:00
            + "[I|ㅣ│｜](?=\\s|\\d|$))");
    /** (대구=가상뉴스) 홍길동 기자 = … and [서울=가상뉴스] 홍길동·김철수 기자 = … */
    private static final Pattern DATELINE = Pattern.compile(
            "^[(\\[][^=\\])]{1,12}=[^\\])]{1,20}[)\\]]\\s*" + NAMES + "\\s?(?:" + TITLES + ")\\s?=");
    /** [대전=가상일보 홍길동 기자] … */
    private static final Pattern DATELINE_INSIDE = Pattern.compile(
            "^\\[[^=\\]]{1,12}=[^\\]\\s]{1,20}\\s" + NAMES + "\\s?(?:" + TITLES + ")\\]");
    /** KBS 뉴스 홍길동입니다. / 지금까지 가상방송 홍길동이었습니다. */
    static final Pattern SIGN_OFF = Pattern.compile(
            "^(?:지금까지\\s?)?[가-힣A-Za-z0-9]{2,10}(?:\\s?뉴스)?\\s([가-힣]{2,4})(?:\\s?기자)?(?:입니다|이었습니다|였습니다)\\.?$");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** Korean press timestamps are Korea Standard Time (UTC+9, no daylight saving). */
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    private ArticleHeader() {
    }

    /** Times read from one header line. */
    record Times(String published, String updated) {
    }

    /** A short line holding a timestamp and no sentence: an 입력/수정/송고시간 line. */
    static boolean isTimeLine(String line) {
        return line.length() <= HEADER_MAX_CHARS && !Furniture.endsSentence(line) && TIMESTAMP.matcher(line).find();
    }

    /** A byline: reporter names with a title, short, no sentence. */
    static boolean isByline(String line) {
        return line.length() <= 80 && !Furniture.endsSentence(line) && BYLINE.matcher(line).find();
    }

    /** The published and updated times of a header line; unlabelled timestamps count as published. */
    static Times times(String line) {
        String published = "";
        String updated = "";
        Matcher stamp = TIMESTAMP.matcher(line);
        int from = 0;
        while (stamp.find()) {
            Matcher label = LABELLED.matcher(line.substring(from, stamp.start()));
            String labelText = label.find() ? label.group(1) : "";
            String iso = iso(stamp);
            if (UPDATED_LABEL.matcher(labelText).matches()) {
                updated = updated.isEmpty() ? iso : updated;
            } else if (published.isEmpty()) {
                published = iso;
            }
            from = stamp.end();
        }
        return new Times(published, updated);
    }

    /** ISO-8601 (Korea time) of the first timestamp in a line, or empty. */
    static String timestamp(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        return m.find() ? iso(m) : "";
    }

    /** Reporter names of a byline, a dateline at the start of a paragraph, or a sign-off; empty when none. */
    static List<String> reporters(String line) {
        for (Pattern pattern : List.of(DATELINE, DATELINE_INSIDE, BYLINE)) {
            Matcher m = pattern.matcher(line);
            if (m.find() && (pattern != BYLINE || isByline(line))) {
                return names(m.group(1));
            }
        }
        Matcher signOff = SIGN_OFF.matcher(line);
        return signOff.matches() ? List.of(signOff.group(1)) : List.of();
    }

    /** Adds names not yet known, in order. */
    static void addAll(Set<String> known, List<String> names) {
        known.addAll(new LinkedHashSet<>(names));
    }

    private static List<String> names(String group) {
        List<String> names = new ArrayList<>();
        for (String name : group.split("\\s?[·ㆍ,]\\s?")) {
            names.add(name.strip());
        }
        return names;
    }

    private static String iso(Matcher m) {
        try {
            int hour = Integer.parseInt(m.group(5));
            if ("오후".equals(m.group(4)) && hour < 12) {
                hour += 12;
            } else if ("오전".equals(m.group(4)) && hour == 12) {
                hour = 0;
            }
            LocalDateTime time = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), hour, Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
            return time.atOffset(KST).format(ISO);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return "";
        }
    }
}
