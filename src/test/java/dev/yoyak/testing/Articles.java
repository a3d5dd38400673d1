package dev.yoyak.testing;

/** Sample articles written for yoyak's tests, shaped like pasted Korean news pages. */
public final class Articles {

    private Articles() {
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
}
