// Drives yoyak's page at the given URL in real headless Chromium (Debian's /usr/bin/chromium) and checks what a
// reader sees: progress, the side-by-side paragraphs, the summary as chosen (bullets, a Korean register), a
// highlighted check, the server's Markdown document downloaded and copied, an error in words.
// Usage: node page-test.mjs http://localhost:8081/ <screenshot dir>
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";

const [url, out = "."] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const article = `서울시, 바이오 창업 허브에 1조 3000억원 투입
홍길동 기자 2024.07.30 11:15:00

[서울=가상뉴스] 서울시가 2030년까지 서울바이오허브 확장에 1조 3000억원을 투입한다고 30일 밝혔다.

박서연 서울시 경제정책실장이 30일 시청에서 브리핑하고 있다. (사진=서울시 제공)

시는 홍릉 일대에 60만㎡ 규모의 연구 단지를 조성하고 매년 150여 개 스타트업을 선발한다.

■ 충칭·청두와 협력 확대

시는 중국 충칭과 청두의 바이오 단지와 공동 연구를 추진하며, 20억달러 규모의 공동 펀드를 만든다.

박 실장은 "바이오 산업은 서울의 다음 성장 동력"이라며 "기업 유치에 속도를 내겠다"고 말했다.

ⓒ가상뉴스 무단전재 및 재배포 금지 ${Date.now()}`; // the copyright line (dropped by the parser) makes each run's text new

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok  ${message}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
    "--no-first-run", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true,
    permissions: ["clipboard-read", "clipboard-write"] });
  const stages = [];
  page.on("console", (msg) => { if (msg.type() === "error") console.log(`console: ${msg.text()}`); });
  await page.goto(url);
  check((await page.title()).includes("yoyak"), "the page loads");

  await page.fill("#article", article);
  await page.selectOption("#sentences", "2");
  check((await page.locator("#style option").allTextContents()).length === 2, "two summary layouts are offered");
  check((await page.locator("#register option").count()) === 4, "four Korean registers are offered");
  await page.selectOption("#style", "bullets");
  await page.selectOption("#register", "formal");
  await page.click("#run");
  await page.waitForSelector("#status:not([hidden])", { timeout: 10_000 });
  stages.push(await page.textContent("#stage"));
  check(stages.length > 0, "progress is shown while it works");
  await page.waitForSelector("#checks li", { timeout: 60_000 });

  const rows = await page.locator("#paragraphs .row").count();
  check(rows === 5, `5 paragraphs side by side (got ${rows})`);
  const firstKo = await page.textContent("#paragraphs .row:first-child .ko");
  const firstEn = await page.textContent("#paragraphs .row:first-child .en");
  check(firstKo.includes("서울바이오허브") && firstEn.length > 0, "Korean left, English right");
  check((await page.textContent("#summary-en")).length > 0 && (await page.textContent("#summary-ko")).length > 0,
    "the bilingual summary appears");
  check((await page.textContent("#title-ko")).includes("바이오 창업 허브"), "the headline in both languages");
  const pointsEn = await page.locator("#summary-en li").allTextContents();
  const pointsKo = await page.locator("#summary-ko li").allTextContents();
  check(pointsEn.length === 2 && pointsKo.length === 2, `bullets are shown as lists of the same length (${pointsEn} / ${pointsKo})`);
  check(!pointsKo[0].startsWith("1.") && !pointsEn[0].startsWith("-"), "the points come without the model's markers");
  const mark = page.locator("mark.check").first();
  check(await mark.count() === 1 || await page.locator("mark.check").count() > 0, "a failed figure is highlighted");
  check((await mark.getAttribute("title")).includes("1.3 trillion"), "its tooltip says what was expected");
  const listed = await page.locator("#checks li").allTextContents();
  check(new Set(listed).size === listed.length, `each check is listed once (${listed.join(" | ")})`);
  check((await page.textContent("#captions")).includes("사진=서울시 제공"), "captions are apart");
  check(!(await page.textContent("#paragraphs")).includes("무단전재"), "boilerplate is gone");
  await page.screenshot({ path: `${out}/page-desktop.png`, fullPage: true });

  // The document the page downloads is the server's, exactly what Accept: text/markdown answers.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const downloaded = readFileSync(await download.path(), "utf8");
  const served = await page.evaluate(async (text) => (await fetch("/summarize", {
    method: "POST", headers: { "Content-Type": "application/json", Accept: "text/markdown" },
    body: JSON.stringify({ text, summarySentences: 2, summaryStyle: "bullets", koreanRegister: "formal" }),
  })).text(), article);
  check(downloaded === served, "the download is the server's Markdown document");
  check(downloaded.includes("## Summary") && downloaded.includes(`- ${pointsEn[0]}`)
    && downloaded.includes(`* ${pointsKo[0]}`), "it holds the bullet summary in both languages");
  check(downloaded.includes("**서울시, 바이오 창업 허브에 1조 3000억원 투입**") && downloaded.includes("## Checks"),
    "and the headline and the checks");
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("copy").textContent === "Copied", null, { timeout: 10_000 });
  check(await page.evaluate(() => navigator.clipboard.readText()) === served, "Copy as Markdown copies the same document");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${out}/page-phone.png`, fullPage: true });

  await page.fill("#article", "This is not Korean.");
  await page.click("#run");
  await page.waitForSelector("#error:not([hidden])", { timeout: 10_000 });
  const error = await page.textContent("#error");
  check(error.includes("Not Korean text") && !error.includes("{"), `errors are shown in words: "${error}"`);
  console.log("page test passed");
} finally {
  await browser.close();
}
