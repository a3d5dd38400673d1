// Drives yoyak's DeepL API v2 endpoints with DeepL's official Node.js client (deepl-node, its serverUrl option),
// as any tool built on it would. Usage: node deepl-client-test.mjs http://localhost:8081 <valid key>
// The service must run against the test backend, which answers "EN(<korean in Latin letters>)" for each paragraph
// (the romanization of the test backend, testing/Romanized.java: syllable by syllable, no sound changes).
import * as deepl from "deepl-node";

const [serverUrl, key, nonce = ""] = process.argv.slice(2);
const options = { serverUrl, maxRetries: 0, minTimeout: 60000 };
const translator = new deepl.Translator(key, options);

const INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const VOWEL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
  "yu", "eu", "ui", "i"];
const FINAL = ["", "k", "k", "ks", "n", "nj", "nh", "t", "l", "lk", "lm", "lb", "ls", "lt", "lp", "lh", "m", "p", "ps",
  "t", "t", "ng", "t", "t", "k", "t", "p", "t"];
function en(korean) {
  let start = true;
  let ended = false;
  const latin = [...korean].map((c) => {
    const i = c.codePointAt(0) - 0xac00;
    let out = c;
    if (i >= 0 && i <= 11171) {
      out = INITIAL[Math.floor(i / 588)] + VOWEL[Math.floor((i % 588) / 28)] + FINAL[i % 28];
      if (start) out = out[0].toUpperCase() + out.slice(1);
    }
    const letter = /[\p{L}\p{N}]/u.test(c);
    const space = /\s/.test(c);
    start = (start && !letter) || (ended && space);
    ended = c === "." || c === "!" || c === "?" || (ended && !letter && !space);
    return out;
  }).join("");
  return `EN(${latin})`;
}

function check(condition, message) {
  if (!condition) throw new Error(`FAILED: ${message}`);
  console.log(`ok  ${message}`);
}

const sentence = `서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.${nonce}`;
const single = await translator.translateText(sentence, "ko", "en-US");
check(single.text === en(sentence), `a single text comes back translated: ${single.text}`);
check(single.detectedSourceLang === "ko", `the detected source language is ko: ${single.detectedSourceLang}`);
check(single.billedCharacters === [...sentence].length, `billed characters are the text's: ${single.billedCharacters}`);

const list = [`부산항 물동량이 사상 최대를 기록했다.${nonce}`, `경기도가 4500억원을 투입한다.${nonce}`];
const results = await translator.translateText(list, null, "en-GB");
check(Array.isArray(results) && results.length === 2, "a list answers one result per text");
check(results[0].text === en(list[0]) && results[1].text === en(list[1]), "in the order sent");

const html = `<p>서울시가 <b>발표했다${nonce}</b>.</p>`;
const marked = await translator.translateText(html, "ko", "en-US", { tagHandling: "html" });
check(marked.text === `<p>${en("서울시가")} <b>${en(`발표했다${nonce}`)}</b>.</p>`, `HTML keeps its markup: ${marked.text}`);

// A real-size article (deepl-node sends form-encoded bodies): over 2,000 characters in one text field.
const paragraphs = Array.from({ length: 40 }, (_, i) =>
  `서울시가 ${i + 1}번째 청년 창업 지원 사업에 1조 3000억원을 투입한다고 30일 밝혔다.${nonce}`);
const article = paragraphs.join("\n");
const long = await translator.translateText(article, "ko", "en-US");
check([...article].length > 2000 && long.text.split("\n\n").length === 40,
  `a ${[...article].length}-character article comes back whole: ${long.text.split("\n\n").length} paragraphs`);

const usage = await translator.getUsage();
check(usage.character && usage.character.count >= [...sentence].length + list.join("").length,
  `usage counts the characters translated: ${usage.character && usage.character.count}`);
check(!usage.anyLimitReached(), "no limit is reached");

const sources = await translator.getSourceLanguages();
check(sources.some(l => l.code === "ko"), `source languages list Korean: ${sources.map(l => l.code)}`);
const targets = await translator.getTargetLanguages();
check(targets.some(l => l.code === "en-US") && targets.some(l => l.code === "en-GB"),
  `target languages list en-US and en-GB: ${targets.map(l => l.code)}`);

try {
  await new deepl.Translator("not-a-key", options).translateText(sentence, null, "en-US");
  check(false, "a wrong key is refused");
} catch (e) {
  check(e instanceof deepl.AuthorizationError, `a wrong key gives AuthorizationError: ${e.message}`);
}

try {
  await translator.translateText(sentence, null, "de");
  check(false, "an unsupported target is refused");
} catch (e) {
  check(e instanceof deepl.DeepLError && !(e instanceof deepl.AuthorizationError),
    `an unsupported target gives DeepLError: ${e.message}`);
  check(e.message.includes("EN-US"), "the message names the supported targets");
}
console.log("deepl-node: all checks passed");
