package dev.yoyak.korean;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a pasted Korean news page apart line by line. Written by hand because no maintained library knows
 * Korean news page furniture (bylines, datelines, 무단전재 lines, widgets); the rules are plain patterns.
 */
public final class ArticleParser {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})[.\\-/년]\\s?(\\d{1,2})[.\\-/월]\\s?(\\d{1,2})일?\\.?\\s*(?:(오전|오후)\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern REPORTER = Pattern.compile(
            "^(?:\\[?[가-힣]{2,4}\\s?(?:기자|특파원|선임기자|논설위원|객원기자|통신원|기상캐스터)\\]?)(?:[\\s=/·,].*)?$");
    private static final Pattern PUBLISHED = Pattern.compile("^(?:입력|등록|작성|발행|승인|게재)\\s*[:：]?\\s*\\d{4}.*");
    private static final Pattern UPDATED = Pattern.compile("^(?:수정|업데이트|최종\\s?수정)\\s*[:：]?\\s*\\d{4}.*");
    private static final Pattern COPYRIGHT = Pattern.compile("[ⓒ©]|무단\\s?전재|재배포\\s?금지|Copyright", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDGET = Pattern.compile(
            "^(?:주요\\s?뉴스|많이\\s?본\\s?뉴스|관련\\s?기사|관련\\s?뉴스|인기\\s?기사|추천\\s?기사|실시간\\s?인기|오늘의\\s?주요뉴스|이\\s?시각\\s?주요뉴스|최신\\s?뉴스|랭킹\\s?뉴스)\\s*[>›»]*$");
    private static final Pattern SHARE = Pattern.compile(
            "^(?:공유하기|공유|페이스북|트위터|카카오톡|카카오스토리|네이버\\s?블로그|밴드|URL\\s?복사|링크\\s?복사|기사\\s?구독|구독하기|구독|"
                    + "좋아요|스크랩|인쇄|글자\\s?크기|댓글|기사\\s?듣기|본문\\s?듣기|닫기|이전|다음|맨위로|TOP)(?:\\s*[|/·]\\s*\\S+)*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL_ONLY = Pattern.compile("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$");
    private static final Pattern CAPTION = Pattern.compile(
            "\\((?:사진|그래픽|자료|영상|캡처|제공)\\s?=\\s?[^)]*\\)|\\[(?:사진|그래픽)\\s?=\\s?[^\\]]*\\]|^\\(왼쪽부터\\)|^▲\\s?|/사진\\s?=");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。…\"”’]\\s*$|다\\.?\\s*$");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** Korean press timestamps are Korea Standard Time (UTC+9, no daylight saving). */
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    private static final int TITLE_MAX_CHARS = 120;
    private static final int WIDGET_ITEM_MAX_CHARS = 60;

    private ArticleParser() {
    }

    /** Parses normalized article text (see {@link KoreanText#normalize}). */
    public static Article parse(String normalizedText) {
        List<String> lines = KoreanText.paragraphs(normalizedText);
        String title = "";
        String byline = "";
        String publishedAt = "";
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        boolean inWidget = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isBoilerplate(line)) {
                continue;
            }
            if (WIDGET.matcher(line).matches()) {
                inWidget = true;
                continue;
            }
            if (inWidget) {
                // Widget lists are short headlines; a real sentence ends the widget.
                if (line.length() <= WIDGET_ITEM_MAX_CHARS && !endsSentence(line)) {
                    continue;
                }
                inWidget = false;
            }
            boolean isByline = REPORTER.matcher(line).matches() || PUBLISHED.matcher(line).matches()
                    || UPDATED.matcher(line).matches()
                    || (TIMESTAMP.matcher(line).find() && line.length() <= 60 && !endsSentence(line));
            if (isByline) {
                if (!UPDATED.matcher(line).matches()) {
                    byline = byline.isEmpty() ? line : byline;
                    if (publishedAt.isEmpty()) {
                        publishedAt = timestamp(line);
                    }
                }
                continue;
            }
            if (CAPTION.matcher(line).find()) {
                captions.add(line);
                continue;
            }
            if (title.isEmpty() && paragraphs.isEmpty() && i == firstContentLine(lines) && looksLikeTitle(line)) {
                title = line;
                continue;
            }
            paragraphs.add(line);
        }
        return new Article(title, byline, publishedAt, List.copyOf(paragraphs), List.copyOf(captions));
    }

    /** Copyright lines, share buttons, lone e-mail addresses and stray one-character lines. */
    static boolean isBoilerplate(String line) {
        return COPYRIGHT.matcher(line).find() && line.length() <= 200
                || SHARE.matcher(line).matches()
                || EMAIL_ONLY.matcher(line).matches()
                || line.codePointCount(0, line.length()) <= 1;
    }

    /** ISO-8601 (Korea time) of the first timestamp in a line, or empty. */
    static String timestamp(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        if (!m.find()) {
            return "";
        }
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

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isBoilerplate(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeTitle(String line) {
        // A headline is short and is no dateline-led body sentence.
        return line.length() <= TITLE_MAX_CHARS && !line.startsWith("[") && !line.startsWith("(")
                && !line.endsWith("다.");
    }

    private static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line).find();
    }
}
