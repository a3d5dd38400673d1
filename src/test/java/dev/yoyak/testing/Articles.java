package dev.yoyak.testing;

/** Sample articles written for yoyak's tests, shaped like pasted Korean news pages. */
public final class Articles {

    private Articles() {
    }

    /** A sample page of src/test/resources/pages (outlet styles written for yoyak), as bytes. */
    public static byte[] pageBytes(String name) {
        try (java.io.InputStream in = Articles.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A sample page of src/test/resources/pages, as UTF-8 text. */
    public static String page(String name) {
        return new String(pageBytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A short news page with headline, byline, dateline, quote and copyright line. */
    public static final String BUDGET = """
            경기도, 반도체 인재 양성에 4500억원 투입

            김철수 기자 2024.05.14 09:30

            [수원=가상뉴스] 경기도가 2028년까지 반도체 인재 양성에 4500억원을 투입한다고 14일 밝혔다.

            이영희 경기도 산업정책과장은 "현장에 바로 투입될 수 있는 인재 2만명을 길러내겠다"고 말했다.

            ⓒ가상뉴스 무단전재 및 재배포 금지""";

    /** A second, different article. */
    public static final String HARBOR = """
            부산항 컨테이너 물동량 사상 최대

            [부산=가상뉴스] 부산항의 올해 상반기 컨테이너 물동량이 1200만 TEU를 넘어 사상 최대를 기록했다.

            부산항만공사는 충칭과 청두를 잇는 철도 물류가 늘어난 덕분이라고 설명했다.""";

    /** A page with every kind of noise: byline, dateline, sub-head, captions, widgets, share text, copyright. */
    public static final String NOISY = """
            서울시, 바이오 창업 허브에 1조 3000억원 투입
            홍길동 기자 2024.07.30 11:15:00
            hong@example.com
            공유하기
            URL 복사

            [서울=가상뉴스] 서울시가 2030년까지 서울바이오허브 확장에 1조 3000억원을 투입한다고 30일 밝혔다.

            박서연 서울시 경제정책실장이 30일 시청에서 브리핑하고 있다. (사진=서울시 제공)

            시는 홍릉 일대에 60만㎡ 규모의 연구 단지를 조성하고 매년 150여 개 스타트업을 선발한다.

            ■ 충칭·청두와 협력 확대

            시는 중국 충칭과 청두의 바이오 단지와 공동 연구를 추진하며, 20억달러 규모의 공동 펀드를 만든다.
            (왼쪽부터) 김민수 대표, 이지은 교수, 최현우 연구원
            ㄱ

            박 실장은 "바이오 산업은 서울의 다음 성장 동력"이라며 "기업 유치에 속도를 내겠다"고 말했다.

            주요 뉴스
            다른 기사 제목 하나
            다른 기사 제목 둘
            많이 본 뉴스
            다른 기사 제목 셋
            구독
            ⓒ가상뉴스 무단전재 및 재배포 금지
            """;

    /** A glossary in the order given: ko, en, ko, en… */
    public static java.util.Map<String, String> glossary(String... pairs) {
        java.util.Map<String, String> glossary = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            glossary.put(pairs[i], pairs[i + 1]);
        }
        return glossary;
    }
}
