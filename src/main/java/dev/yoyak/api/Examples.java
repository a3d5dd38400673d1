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
              "publishedAt": "2024-07-30T11:15:00+09:00",
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

    /** 413: over the size limit. */
    public static final String PROBLEM_413 = """
            {"type": "urn:yoyak:problem:too-long", "title": "Article too long", "status": 413,
             "detail": "The article has 120000 characters; the limit is 100000."}""";

    /** 415: neither JSON nor plain text. */
    public static final String PROBLEM_415 = """
            {"type": "urn:yoyak:problem:unsupported-media-type", "title": "Unsupported Media Type", "status": 415,
             "detail": "Send the article as application/json {\\"text\\": \\"...\\"} or as text/plain."}""";

    /** 422: no Hangul. */
    public static final String PROBLEM_422 = """
            {"type": "urn:yoyak:problem:not-korean", "title": "Not Korean text", "status": 422,
             "detail": "The text contains no Hangul; yoyak translates Korean news articles."}""";

    /** 503: the backend failed. */
    public static final String PROBLEM_503 = """
            {"type": "urn:yoyak:problem:backend-unavailable", "title": "LLM backend unavailable", "status": 503,
             "detail": "The translation backend failed: the backend did not answer in time. Nothing was cached; try again later."}""";

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
