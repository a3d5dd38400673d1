package dev.yoyak.korean;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page furniture in a pasted Korean news page by the shape of a line: rights notices, lone e-mails,
 * photo credits, staff credits, contact lines, `|`-separated site links, breadcrumbs, list items, and lines made
 * only of widget words (share, comment, login, font size). Known Korean phrases are extra evidence; where a line
 * stands on the page (before the headline, after the body) is judged by {@link ArticleParser}.
 */
final class Furniture {

    private static final Pattern RIGHTS = Pattern.compile(
            "[ⓒ©]|\\(c\\)|무단\\s?전재|재배포\\s?(?:금지|불가)|재판매|Copyright|All rights reserved|저작권자|AI\\s?(?:학습|데이터)",
            Pattern.CASE_INSENSITIVE);
    /**
     * An address with the lengths RFC 5321 allows (local part ≤ 64, labels ≤ 63, a few labels): bounded so that a
     * line of "a@b.c.c.c…" neither recurses once per label nor is re-scanned from every character.
     */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    /** Longest line the e-mail, breadcrumb and contact shapes are tried on: furniture lines are short. */
    private static final int SHAPE_MAX_CHARS = 200;
    private static final Pattern EMAIL_LINE = Pattern.compile(
            "^(?:e-?mail|이메일|메일|\\[메일])?\\s?[:：]?\\s?[(<]?" + EMAIL.pattern() + "[)>]?$", Pattern.CASE_INSENSITIVE);
    /** A bracketed photo credit: [서울시 제공. 재판매 및 DB 금지], [가상뉴스 자료사진], [사진공동취재단]. */
    static final Pattern PHOTO_CREDIT = Pattern.compile(
            "[\\[(<][^\\]()<>]{0,40}(?:제공|자료\\s?사진|촬영|사진공동취재단|재판매|DB\\s?금지)[^\\]()<>]{0,30}[\\])>]");
    /** Staff credits under broadcast stories: 촬영기자:김철수/영상편집:이영희, (영상취재: …). */
    private static final Pattern STAFF = Pattern.compile(
            "^[(\\[]?(?:촬영\\s?기자|영상\\s?(?:취재|편집|디자인)|그래픽|편집|취재\\s?지원|자막|VJ|디자인|촬영)\\s?[:：]");
    private static final Pattern PHONE = Pattern.compile("\\b0\\d{1,2}[-.)]\\s?\\d{3,4}[-.]\\d{4}\\b");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^.!?]{1,40}(?:\\s?[>›»]\\s?[^.!?>›»]{1,20}){1,4}$");
    /** Bullet or number before a short item: ·, •, -, ▶, ▷, ☞, 1, 01, 1. */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[·•\\-▶▷►☞◆◇○●]\\s?|\\d{1,2}(?:[.)]\\s?|\\s))\\S.{0,70}$");
    /** Headings of link widgets; the short lines after one are its links. */
    private static final Pattern WIDGET_HEADING = Pattern.compile(
            "^(?:주요\\s?뉴스|많이\\s?본\\s?(?:뉴스|기사)|가장\\s?많이\\s?본\\s?(?:뉴스|기사)|관련\\s?(?:기사|뉴스)|인기\\s?(?:기사|뉴스)|추천\\s?(?:기사|뉴스)|"
                    + "실시간\\s?(?:인기|뉴스)|오늘의\\s?주요\\s?뉴스|이\\s?시각\\s?(?:주요|인기)\\s?뉴스|최신\\s?(?:뉴스|기사)|랭킹\\s?뉴스|"
                    + "함께\\s?본\\s?기사|많이\\s?본|포토\\s?뉴스|핫\\s?이슈|기자의\\s?다른\\s?기사|이\\s?기자의\\s?다른\\s?기사|"
                    + "[가-힣]{2,8}\\s?(?:섹션|랭킹)|연관\\s?(?:기사|뉴스)|다른\\s?기사\\s?보기|헤드라인)\\s*[>›»+]*$");
    /** Phrases that only furniture uses: comment boxes, logins, subscriptions, tip lines, company footers. */
    private static final Pattern PHRASES = Pattern.compile(
            "로그인|회원\\s?가입|댓글\\s?\\d|댓글(?:은|이|을|를)?\\s?(?:작성|남겨|쓰|달|입력|삭제|운영|정책|보기|접기)|"
                    + "제보를\\s?기다립니다|당신의\\s?제보|기사\\s?제보|뉴스\\s?제보|제보\\s?하기|구독\\s?(?:하기|하세요|신청)|(?:언론사|기사|채널)\\s?구독|"
                    + "채널\\s?추가|앱\\s?(?:다운로드|설치)|광고\\s?문의|고객\\s?센터|이용\\s?약관|개인정보\\s?처리\\s?방침|청소년\\s?보호\\s?정책|"
                    + "사업자\\s?등록|등록\\s?번호|발행인|편집인|대표\\s?전화|기사\\s?배열|회사\\s?소개|전체\\s?메뉴|기사\\s?섹션\\s?분류|"
                    + "아웃링크|해당\\s?언론사|본문\\s?(?:글자|듣기)|글자\\s?크기|기사\\s?(?:저장|스크랩|추천)|이\\s?기사를\\s?추천|공감\\s?언론|후속\\s?기사\\s?원해요");
    /** Words that make up share bars, reaction counters and menus; a line of nothing else is a widget. */
    private static final Set<String> WIDGET_WORDS = Set.of("공유", "공유하기", "페이스북", "트위터", "엑스", "카카오톡", "카카오스토리",
            "카톡", "네이버", "블로그", "밴드", "라인", "URL", "복사", "링크", "url복사", "URL복사", "링크복사", "주소복사", "기사", "구독", "구독하기", "좋아요",
            "싫어요", "훈훈해요", "슬퍼요", "화나요", "추천", "추천해요", "스크랩", "인쇄", "프린트", "글자", "크기", "가", "가가", "글씨",
            "크게", "작게", "댓글", "기사듣기", "듣기", "본문듣기", "닫기", "이전", "다음", "이전기사", "다음기사", "맨위로", "TOP", "목록",
            "북마크", "저장", "기사저장", "메일", "이메일", "전체메뉴", "메뉴", "검색", "로그인", "로그아웃", "회원가입", "마이페이지",
            "홈", "PC버전", "모바일", "앱", "설정", "신고", "기사원문", "원문", "보기", "더보기", "전체보기", "펼치기", "접기", "번역",
            "요약", "요약봇", "SNS", "카카오", "페북", "트윗", "X", "Share", "기사공유", "닫기버튼", "0", "+", "|", "/", "·", "-",
            "바로가기", "English", "中文", "日本語");
    private static final String CLOSERS = "\"”’'」』])";
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s|/·,]+");

    private Furniture() {
    }

    /** A line that is furniture wherever it stands. */
    static boolean isFurniture(String line) {
        return isRights(line) || isLoneEmail(line) || isCreditOnly(line)
                || STAFF.matcher(line).find() || isContact(line) || isSiteLinks(line)
                || line.length() <= 60 && BREADCRUMB.matcher(line).matches() && !endsSentence(line)
                || isWidgetText(line) || line.codePointCount(0, line.length()) <= 1;
    }

    /** A short line using a phrase only furniture uses (댓글, 로그인, 제보, 구독, 이용약관…): evidence, not proof. */
    static boolean isPhrased(String line) {
        return line.length() <= 100 && PHRASES.matcher(line).find();
    }

    /** A line only a rights notice: ⓒ…, 무단 전재 및 재배포 금지, Copyright, AI 학습 금지. */
    static boolean isRights(String line) {
        return line.length() <= 200 && RIGHTS.matcher(line).find();
    }

    /** A photo credit with nothing else on the line. */
    static boolean isCreditOnly(String line) {
        return PHOTO_CREDIT.matcher(line).replaceAll("").isBlank();
    }

    /** A tip-line or contact line: a phone number or e-mail with little text, e.g. {@code [전화] 02-000-0000}. */
    static boolean isContact(String line) {
        if (line.length() > 80 || endsSentence(line)) {
            return false;
        }
        return PHONE.matcher(line).find() || line.startsWith("[") && line.indexOf('@') >= 0 && EMAIL.matcher(line).find();
    }

    /** A line holding an e-mail address and nothing else but an 이메일/e-mail label. */
    static boolean isLoneEmail(String line) {
        return line.length() <= SHAPE_MAX_CHARS && line.indexOf('@') >= 0 && EMAIL_LINE.matcher(line).matches();
    }

    /** Two or more {@code |} between short items: a site's link bar or footer. */
    static boolean isSiteLinks(String line) {
        String[] parts = line.split("\\s*\\|\\s*");
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (part.length() > 20) {
                return false;
            }
        }
        return true;
    }

    /** Every word of the line is a widget word or a count: a share bar, reaction counter or menu. */
    static boolean isWidgetText(String line) {
        if (line.length() > 60) {
            return false;
        }
        for (String token : TOKEN_SPLIT.split(line.strip())) {
            if (!token.isEmpty() && !WIDGET_WORDS.contains(token) && !token.matches("\\d+|\\(\\d+\\)|[가-힣]{1,6}\\d+")) {
                return false;
            }
        }
        return !line.isBlank();
    }

    /** The heading of a link widget (주요 뉴스, 많이 본 기사, 관련기사). */
    static boolean isWidgetHeading(String line) {
        return line.length() <= 40 && WIDGET_HEADING.matcher(line).matches();
    }

    /** A bulleted or numbered short line without a sentence end: an item of a headline list. */
    static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).matches() && !endsSentence(line);
    }

    /** Ends like a written sentence: a full stop, question or exclamation mark, maybe inside a quote or bracket. */
    static boolean endsSentence(String line) {
        // A scan from the end, not a regex: this runs on every line, and a line may be 100,000 characters.
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?。".indexOf(line.charAt(i)) >= 0;
    }
}
