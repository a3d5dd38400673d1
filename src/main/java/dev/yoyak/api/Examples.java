package dev.yoyak.api;

/** Example requests and responses for the OpenAPI document; the article is written for yoyak, not copied. */
public final class Examples {

    private Examples() {
    }

    /** A short news page as a reader would paste it. */
    public static final String ARTICLE = """
            서울시, 청년 창업 지원에 1조 3000억원 투입

            홍길동 기자 2024.07.30 11:15

            [서울=가상뉴스] 서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.

            박서연 서울시 경제정책실장은 이날 시청에서 열린 브리핑에서 "청년이 실패를 두려워하지 않고 도전할 수 있는 도시를 만들겠다"고 말했다.

            시는 성동구에 60만㎡ 규모의 창업 단지를 조성하고, 매년 150여 개 스타트업을 선발해 사업화 자금을 지원할 계획이다.

            ⓒ가상뉴스 무단전재 및 재배포 금지""";

    /** A news page as HTML (a saved page or a crawler's copy): metadata, menus and a comment box around it. */
    public static final String HTML_PAGE = """
            <!DOCTYPE html>
            <html lang="ko"><head><meta charset="utf-8">
            <meta property="og:title" content="서울시, 청년 창업 지원에 1조 3000억원 투입">
            <meta property="article:published_time" content="2024-07-30T11:15:00+09:00">
            <meta name="author" content="홍길동"></head>
            <body><nav><a href="/">가상뉴스</a> <a href="/login">로그인</a></nav>
            <article><h1>서울시, 청년 창업 지원에 1조 3000억원 투입</h1>
            <div itemprop="articleBody">
            <p>[서울=가상뉴스] 서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.</p>
            <p>시는 성동구에 60만㎡ 규모의 창업 단지를 조성하고, 매년 150여 개 스타트업을 선발해 사업화 자금을 지원할 계획이다.</p>
            </div></article>
            <section class="comments">댓글 0 로그인 후 댓글을 작성할 수 있습니다.</section>
            <footer>회사소개 | 이용약관 | 개인정보처리방침 | ⓒ 가상뉴스</footer></body></html>""";

    /** The JSON form of a request. */
    public static final String JSON_REQUEST = """
            {
              "text": "서울시, 청년 창업 지원에 1조 3000억원 투입\\n\\n[서울=가상뉴스] 서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.\\n\\n박서연 서울시 경제정책실장은 \\"청년이 실패를 두려워하지 않고 도전할 수 있는 도시를 만들겠다\\"고 말했다.",
              "summarySentences": 2,
              "glossary": {"가상뉴스": "Gasang News"}
            }""";

    /** A successful answer. */
    public static final String RESPONSE = """
            {
              "id": "5f0c2b9e8d4a7f31c6e2a9b0d8f47e13a5c9b2e6f1d0a7c3b8e4f92d6a1c0b57",
              "title": {"ko": "서울시, 청년 창업 지원에 1조 3000억원 투입",
                        "en": "Seoul to invest 1.3 trillion won in support for young entrepreneurs"},
              "byline": "홍길동 기자 2024.07.30 11:15",
              "reporter": "홍길동",
              "publishedAt": "2024-07-30T11:15:00+09:00",
              "updatedAt": "",
              "note": {"ko": "", "en": ""},
              "translation": "[Seoul = Gasang News] The Seoul Metropolitan Government said on the 30th that it will invest 1.3 trillion won in support for young people's start-ups by 2030.\\n\\nPark Seo-yeon, head of the city's Economic Policy Office, said at a briefing at City Hall that day, \\"We will build a city where young people can take on challenges without fear of failure.\\"\\n\\nThe city plans to build a 600,000 m² start-up complex in Seongdong-gu and to select more than 150 start-ups every year for commercialization funding.",
              "paragraphs": [
                {"ko": "[서울=가상뉴스] 서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.",
                 "en": "[Seoul = Gasang News] The Seoul Metropolitan Government said on the 30th that it will invest 1.3 trillion won in support for young people's start-ups by 2030."},
                {"ko": "박서연 서울시 경제정책실장은 이날 시청에서 열린 브리핑에서 \\"청년이 실패를 두려워하지 않고 도전할 수 있는 도시를 만들겠다\\"고 말했다.",
                 "en": "Park Seo-yeon, head of the city's Economic Policy Office, said at a briefing at City Hall that day, \\"We will build a city where young people can take on challenges without fear of failure.\\""},
                {"ko": "시는 성동구에 60만㎡ 규모의 창업 단지를 조성하고, 매년 150여 개 스타트업을 선발해 사업화 자금을 지원할 계획이다.",
                 "en": "The city plans to build a 600,000 m² start-up complex in Seongdong-gu and to select more than 150 start-ups every year for commercialization funding."}
              ],
              "captions": [],
              "summary": {
                "ko": "서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다. 성동구에 60만㎡ 규모 창업 단지를 짓고 매년 150여 개 스타트업을 지원한다.",
                "en": "Seoul will invest 1.3 trillion won in young people's start-ups by 2030. It will build a 600,000 m² start-up complex in Seongdong-gu and back more than 150 start-ups a year."
              },
              "summaryStyle": "prose",
              "koreanRegister": "plain",
              "entities": [
                {"ko": "박서연", "en": "Park Seo-yeon", "type": "person"},
                {"ko": "성동구", "en": "Seongdong-gu", "type": "place"}
              ],
              "checks": [],
              "model": "gpt-4o-mini",
              "promptVersion": "3b9f1c0d7a2e",
              "cached": false,
              "createdAt": "2024-07-30T02:20:11.512Z",
              "chunks": 1
            }""";

    /** 400: a summary option outside its values. */
    public static final String PROBLEM_400_STYLE = """
            {"type": "urn:yoyak:problem:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "summaryStyle must be one of: prose, bullets"}""";

    /** 400: blank text. */
    public static final String PROBLEM_400 = """
            {"type": "urn:yoyak:problem:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "text must not be empty"}""";

    /** 401: keys are configured and none was sent. */
    public static final String PROBLEM_401 = """
            {"type": "urn:yoyak:problem:unauthorized", "title": "API key required", "status": 401,
             "detail": "Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."}""";

    /** 406: an Accept header the operation cannot answer. */
    public static final String PROBLEM_406 = """
            {"type": "urn:yoyak:problem:not-acceptable", "title": "Not Acceptable", "status": 406,
             "detail": "HTTP 406 Not Acceptable"}""";

    /** 413: over the size limit. */
    public static final String PROBLEM_413 = """
            {"type": "urn:yoyak:problem:too-long", "title": "Article too long", "status": 413,
             "detail": "The article has 120000 characters; the limit is 100000."}""";

    /** 415: neither JSON, plain text nor HTML. */
    public static final String PROBLEM_415 = """
            {"type": "urn:yoyak:problem:unsupported-media-type", "title": "Unsupported Media Type", "status": 415,
             "detail": "Send the article as application/json {\\"text\\": \\"...\\"}, as text/plain or as text/html."}""";

    /** 422: no Hangul. */
    public static final String PROBLEM_422 = """
            {"type": "urn:yoyak:problem:not-korean", "title": "Not Korean text", "status": 422,
             "detail": "The text contains no Hangul; yoyak translates Korean news articles."}""";

    /** 429: the client's rate limit is used up. */
    public static final String PROBLEM_429 = """
            {"type": "urn:yoyak:problem:rate-limited", "title": "Rate limit exceeded", "status": 429,
             "detail": "More than 120 requests a minute; try again in 21 s."}""";

    /** 503: the backend failed. */
    public static final String PROBLEM_503 = """
            {"type": "urn:yoyak:problem:backend-unavailable", "title": "LLM backend unavailable", "status": 503,
             "detail": "The translation backend failed: the backend did not answer in time. Nothing was cached; try again later."}""";

    /** The example problem of each status, for the OpenAPI document. */
    public static final java.util.Map<Integer, String> PROBLEMS = java.util.Map.of(400, PROBLEM_400, 401, PROBLEM_401,
            406, PROBLEM_406, 413, PROBLEM_413, 415, PROBLEM_415, 422, PROBLEM_422, 429, PROBLEM_429, 503, PROBLEM_503);

    /** A short run watched as server-sent events. */
    public static final String EVENTS = """
            event: progress
            data: {"stage":"glossary","chunk":null,"chunks":null,"index":null,"paragraph":null}

            event: progress
            data: {"stage":"chunk","chunk":0,"chunks":1,"index":null,"paragraph":null}

            event: paragraph
            data: {"stage":"paragraph","chunk":null,"chunks":null,"index":0,"paragraph":{"ko":"서울시가 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.","en":"Seoul said on the 30th it will invest 1.3 trillion won in start-ups."}}

            event: result
            data: {"id":"5f0c…","title":{"ko":"","en":""},"translation":"…","summary":{"ko":"…","en":"…"},"…":"…"}

            """;

    /** The same answer as {@link #RESPONSE}, as the Markdown document {@code Accept: text/markdown} gives. */
    public static final String MARKDOWN = """
            # Seoul to invest 1.3 trillion won in support for young entrepreneurs

            **서울시, 청년 창업 지원에 1조 3000억원 투입**

            홍길동 기자 2024.07.30 11:15 · 2024-07-30T11:15:00+09:00

            ## Summary

            Seoul will invest 1.3 trillion won in young people's start-ups by 2030. It will build a 600,000 m² start-up complex in Seongdong-gu and back more than 150 start-ups a year.

            서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다. 성동구에 60만㎡ 규모 창업 단지를 짓고 매년 150여 개 스타트업을 지원한다.

            ## Article

            \\[Seoul = Gasang News\\] The Seoul Metropolitan Government said on the 30th that it will invest 1.3 trillion won in support for young people's start-ups by 2030.

            > \\[서울=가상뉴스\\] 서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.

            ## Names

            - 박서연 → Park Seo-yeon (person)

            ## Checks

            No problems found.

            ___

            *Machine translation by yoyak with gpt-4o-mini; summary prose, Korean plain. Result 5f0c2b9e8d4a….*
            """;
}
