package dev.yoyak.korean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes a pasted Korean news page apart: a newspaper or portal page copied whole, wire copy, a broadcaster's
 * page or transcript. Each line is judged by its shape ({@link Furniture}, {@link ArticleHeader}), then by where
 * it stands: the body runs from the first to the last prose paragraph; the headline is the title-like line just
 * above the byline or the body; what comes before the headline or after the body is furniture unless it is a
 * caption, a header field, an editor's note or a broadcast sign-off. Written by hand because no maintained
 * library knows Korean news page furniture.
 */
public final class ArticleParser {

    /** PHRASED: prose with a furniture phrase; body inside the body's span, furniture outside it. */
    private enum Kind { TEXT, PHRASED, FURNITURE, NOTE, TIME, BYLINE, CAPTION }

    private static final Pattern NOTE = Pattern.compile("^[<\\[(]?\\s?※?\\s?[\\[<(]?편집자\\s?주[\\]>)]?");
    /** Bracketed parts and addresses have bounded lengths, so no opening bracket is scanned to the end of a long line. */
    private static final Pattern CAPTION = Pattern.compile(
            "\\((?:사진|그래픽|자료|영상|캡처|제공)\\s?=\\s?[^)]{0,200}\\)|\\[(?:사진|그래픽)\\s?=\\s?[^\\]]{0,200}\\]|^\\(왼쪽부터\\)|^▲\\s?"
                    + "|/사진\\s?=|\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\.?\\s?(?:\\[[^\\]]{0,100}]\\s?)?[\\w.+-]{1,64}@[\\w.-]{1,255}$");
    private static final Pattern END_MARK = Pattern.compile("^[(<\\[]?끝[)>\\]]?$");
    private static final int TITLE_MAX_CHARS = 120;
    private static final int TITLE_MIN_CHARS = 10;
    private static final int PROSE_MIN_CHARS = 20;
    /** A written sentence ending inside a line (…했다. 그러나 …). */
    private static final java.util.regex.Pattern SENTENCE_INSIDE = java.util.regex.Pattern.compile("[다요]\\.[\"”’']?\\s+\\S");
    private static final int WIDGET_ITEM_MAX_CHARS = 60;
    private static final int MENU_ITEM_MAX_CHARS = 12;
    private static final int DECK_MIN_CHARS = 15;
    private static final int SHORT_SENTENCE_CHARS = 8;
    private static final int LONG_LINE_CHARS = 40;

    private ArticleParser() {
    }

    /** Parses normalized article text (see {@link KoreanText#normalize}). */
    public static Article parse(String normalizedText) {
        List<String> lines = joinLabels(KoreanText.paragraphs(normalizedText));
        Kind[] kinds = classify(lines);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == Kind.TEXT && isBodyLine(lines.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Builder article = new Builder();
        int[] head = first < 0 ? new int[] { firstText(kinds), -1 } : headline(lines, kinds, first);
        int headline = head[0];
        int anchor = head[1];
        if (headline >= 0 && looksLikeTitle(lines.get(headline))) {
            article.title = lines.get(headline);
        } else {
            headline = -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            switch (kinds[i]) {
                case NOTE -> article.notes.add(line);
                case TIME, BYLINE -> article.header(line, kinds[i] == Kind.BYLINE);
                case CAPTION -> article.captions.add(line);
                case TEXT, PHRASED -> {
                    if (i == headline) {
                        continue;
                    }
                    boolean body = first < 0 || (i >= first && i <= last)
                            || i > headline && i < anchor && headline >= 0 && line.length() >= DECK_MIN_CHARS;
                    if (body && (kinds[i] == Kind.TEXT || i > first && i < last)) {
                        article.paragraphs.add(line);
                    } else if (i > last && kinds[i] == Kind.TEXT && ArticleHeader.SIGN_OFF.matcher(line).matches()) {
                        article.paragraphs.add(line);
                    }
                }
                default -> {
                }
            }
        }
        return article.build();
    }

    /** Shape first: each line on its own, then blocks (widget lists, bullet lists, menus). */
    private static Kind[] classify(List<String> lines) {
        Kind[] kinds = new Kind[lines.size()];
        boolean noteOpen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (noteOpen || NOTE.matcher(line).lookingAt()) {
                kinds[i] = Kind.NOTE;
                // A note in <…> may run over several lines; a lone 편집자주 marker introduces the next line.
                noteOpen = line.startsWith("<") && !line.endsWith(">") || line.length() <= 8 && !noteOpen;
            } else if (Furniture.PHOTO_CREDIT.matcher(line).find() && !Furniture.isCreditOnly(line)) {
                kinds[i] = Kind.CAPTION; // a caption ending in its credit: 빈집 모습 [대구시 제공. 재판매 및 DB 금지]
            } else if (Furniture.isFurniture(line) || END_MARK.matcher(line).matches()
                    || Furniture.isPhrased(line) && !isProse(line)) {
                kinds[i] = Kind.FURNITURE;
            } else if (line.startsWith("※")) {
                kinds[i] = Kind.NOTE;
            } else if (ArticleHeader.isByline(line)) {
                kinds[i] = Kind.BYLINE;
            } else if (ArticleHeader.isTimeLine(line)) {
                kinds[i] = Kind.TIME;
            } else if (CAPTION.matcher(line).find()) {
                kinds[i] = Kind.CAPTION;
            } else {
                kinds[i] = Furniture.isPhrased(line) ? Kind.PHRASED : Kind.TEXT;
            }
        }
        markBlocks(lines, kinds);
        return kinds;
    }

    private static void markBlocks(List<String> lines, Kind[] kinds) {
        int firstProse = 0;
        while (firstProse < lines.size() && !(kinds[firstProse] == Kind.TEXT && isProse(lines.get(firstProse)))) {
            firstProse++;
        }
        // Link widgets follow the body; above it, a heading-like line may be the headline itself.
        for (int i = firstProse + 1; i < lines.size(); i++) {
            if (kinds[i] == Kind.TEXT && Furniture.isWidgetHeading(lines.get(i))) {
                kinds[i] = Kind.FURNITURE;
                // The links under a widget heading are headlines: short, no full stop.
                for (int j = i + 1; j < lines.size() && kinds[j] != Kind.NOTE; j++) {
                    String item = lines.get(j);
                    if (kinds[j] == Kind.TEXT && (item.length() > WIDGET_ITEM_MAX_CHARS || Furniture.endsSentence(item))) {
                        break;
                    }
                    kinds[j] = kinds[j] == Kind.TEXT || kinds[j] == Kind.CAPTION || kinds[j] == Kind.PHRASED
                            ? Kind.FURNITURE : kinds[j];
                }
            }
        }
        markRuns(lines, kinds, 2, line -> Furniture.isListItem(line));
        markRuns(lines, kinds, 3, line -> line.length() <= MENU_ITEM_MAX_CHARS && !Furniture.endsSentence(line));
    }

    /** Runs of at least {@code min} TEXT lines of one shape (furniture between them allowed) become furniture. */
    private static void markRuns(List<String> lines, Kind[] kinds, int min, java.util.function.Predicate<String> shape) {
        int i = 0;
        while (i < lines.size()) {
            List<Integer> run = new ArrayList<>();
            int j = i;
            while (j < lines.size() && (kinds[j] == Kind.FURNITURE || kinds[j] == Kind.TEXT && shape.test(lines.get(j)))) {
                if (kinds[j] == Kind.TEXT) {
                    run.add(j);
                }
                j++;
            }
            if (run.size() >= min) {
                run.forEach(k -> kinds[k] = Kind.FURNITURE);
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * The headline: among the few text lines just above the first header line that follows some text (or above
     * the body when there is none), the first long enough to be a headline; a site name above it is not.
     * Answers the headline's index and the anchor's: text between them is the deck (sub-headline), kept as body.
     */
    private static int[] headline(List<String> lines, Kind[] kinds, int first) {
        int anchor = first;
        boolean seenText = false;
        for (int i = 0; i < first; i++) {
            seenText |= kinds[i] == Kind.TEXT;
            if (seenText && (kinds[i] == Kind.BYLINE || kinds[i] == Kind.TIME)) {
                anchor = i;
                break;
            }
        }
        List<Integer> group = new ArrayList<>();
        for (int i = anchor - 1; i >= 0 && group.size() < 3; i--) {
            if (kinds[i] == Kind.TEXT) {
                group.add(0, i);
            } else if (!group.isEmpty()) {
                break;
            }
        }
        for (int i : group) {
            if (lines.get(i).codePointCount(0, lines.get(i).length()) >= TITLE_MIN_CHARS) {
                return new int[] { i, anchor };
            }
        }
        return new int[] { group.isEmpty() ? -1 : group.get(group.size() - 1), anchor };
    }

    private static int firstText(Kind[] kinds) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Kind.TEXT) {
                return i;
            }
        }
        return -1;
    }

    /** A lone speaker label ([앵커]) belongs to the paragraph under it. */
    private static List<String> joinLabels(List<String> lines) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (SpeakerLabels.isLoneLabel(lines.get(i)) && i + 1 < lines.size()) {
                joined.add(lines.get(i) + " " + lines.get(++i));
            } else {
                joined.add(lines.get(i));
            }
        }
        return joined;
    }

    /**
     * A line the body may start or end with: prose, a short sentence, or a long paragraph whose full stop was lost
     * or whose last sentence was cut off after whole ones — real text, never to be dropped as furniture around it.
     */
    private static boolean isBodyLine(String line) {
        return isProse(line) || isShortSentence(line) || line.length() >= LONG_LINE_CHARS
                && (line.matches(".*[다요]$") || SENTENCE_INSIDE.matcher(line).find());
    }

    /** A body paragraph: written sentences, long enough not to be a menu entry or a headline. */
    static boolean isProse(String line) {
        return line.codePointCount(0, line.length()) >= PROSE_MIN_CHARS && Furniture.endsSentence(line)
                && KoreanText.containsHangul(line);
    }

    /** A short written sentence (비상시 산소마스크도 배치됐다.); not a sign-off, which is kept on its own. */
    private static boolean isShortSentence(String line) {
        return line.codePointCount(0, line.length()) >= SHORT_SENTENCE_CHARS && line.endsWith("다.")
                && !ArticleHeader.SIGN_OFF.matcher(line).matches();
    }

    private static boolean looksLikeTitle(String line) {
        // A headline is short and is no dateline-led body sentence.
        return line.length() <= TITLE_MAX_CHARS && !line.startsWith("[") && !line.startsWith("(")
                && !line.endsWith("다.");
    }

    /** Collects the parts while lines are read. */
    private static final class Builder {
        String title = "";
        String byline = "";
        String publishedAt = "";
        String updatedAt = "";
        final Set<String> reporters = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final List<String> captions = new ArrayList<>();

        void header(String line, boolean isByline) {
            ArticleHeader.Times times = ArticleHeader.times(line);
            publishedAt = publishedAt.isEmpty() ? times.published() : publishedAt;
            updatedAt = updatedAt.isEmpty() ? times.updated() : updatedAt;
            if (isByline) {
                byline = byline.isEmpty() ? line : byline;
                ArticleHeader.addAll(reporters, ArticleHeader.reporters(line));
            }
        }

        Article build() {
            // Wire copy names the reporter in the dateline of the first paragraph: (대구=가상뉴스) 홍길동 기자 =
            for (int i = 0; i < Math.min(2, paragraphs.size()) && reporters.isEmpty(); i++) {
                ArticleHeader.addAll(reporters, ArticleHeader.reporters(paragraphs.get(i)));
            }
            // A broadcast story names its reporter in the sign-off: 가상방송 뉴스 홍길동입니다.
            for (int i = paragraphs.size() - 1; i >= 0 && reporters.isEmpty(); i--) {
                ArticleHeader.addAll(reporters, ArticleHeader.reporters(paragraphs.get(i)));
            }
            return new Article(title, byline, String.join(", ", reporters), publishedAt, updatedAt,
                    String.join("\n", notes), List.copyOf(paragraphs), List.copyOf(captions));
        }
    }
}
