// Client code written against the TypeScript types openapi-typescript generates from yoyak's /q/openapi.
// It reads every always-present field without a null check; `tsc --strict` fails if the document makes one of
// them optional or nullable, leaves an enum open, or drops a documented status, header or event.
// The @ts-expect-error lines must stay errors: they prove the types are real (not `any`).
import type { components, paths } from "./generated/yoyak";

type Schemas = components["schemas"];
type SummaryResult = Schemas["SummaryResult"];
type Check = Schemas["Check"];
type Entity = Schemas["Entity"];
type Problem = Schemas["Problem"];
type SummaryEvent = Schemas["SummaryEvent"];

type Summarize = paths["/summarize"]["post"];
type Batch = paths["/summarize/batch"]["post"];
type Stream = paths["/summarize/stream"]["post"];

export function render(result: SummaryResult): string {
  const lines: string[] = [
    `# ${result.title.en} (${result.title.ko})`,
    result.byline,
    result.publishedAt,
    result.summary.ko.trim(),
    result.summary.en.trim(),
    result.translation.split("\n\n").join("\n"),
    `id ${result.id.slice(0, 8)} · ${result.model} · prompts ${result.promptVersion} · ${result.chunks} chunks`,
    result.cached ? "from the cache" : `written ${result.createdAt.slice(0, 10)}`,
  ];
  lines.push(`summary as ${styleLabel(result.summaryStyle)}, Korean ${registerLabel(result.koreanRegister)}`);
  for (const p of result.paragraphs) lines.push(`${p.ko.length}: ${p.en.toUpperCase()}`);
  for (const c of result.captions) lines.push(`${c.ko} / ${c.en}`);
  for (const e of result.entities) lines.push(`${e.ko} → ${e.en} (${entityLabel(e.type)})`);
  for (const c of result.checks) lines.push(`${checkLabel(c.kind)} ${severityMark(c.severity)} ${c.source}: ${c.detail}`);
  return lines.join("\n");
}

// Exhaustive switches: an open `string` instead of the documented enum would not narrow to `never`.
function checkLabel(kind: Check["kind"]): string {
  switch (kind) {
    case "number": return "Figure";
    case "omission": return "Missing";
    case "untranslated": return "Untranslated";
    case "language": return "Other language";
    case "repetition": return "Loop";
    case "length": return "Length";
    case "alignment": return "Misplaced";
    case "summary": return "Summary";
    default: return unreachable(kind);
  }
}

function severityMark(severity: Check["severity"]): string {
  switch (severity) {
    case "warning": return "!";
    case "error": return "!!";
    default: return unreachable(severity);
  }
}

function entityLabel(type: Entity["type"]): string {
  switch (type) {
    case "person": return "person";
    case "organization": return "organisation";
    case "place": return "place";
    case "term": return "term";
    default: return unreachable(type);
  }
}

function styleLabel(style: SummaryResult["summaryStyle"]): string {
  switch (style) {
    case "prose": return "prose";
    case "bullets": return "bullet points";
    default: return unreachable(style);
  }
}

function registerLabel(register: SummaryResult["koreanRegister"]): string {
  switch (register) {
    case "plain": return "했다체";
    case "formal": return "합니다체";
    case "polite": return "해요체";
    case "brief": return "개조식";
    default: return unreachable(register);
  }
}

function unreachable(value: never): never {
  throw new Error(`unexpected ${String(value)}`);
}

export function explain(problem: Problem): string {
  return `${problem.status} ${problem.title}: ${problem.detail} (${problem.type})`;
}

// Every status the service answers is documented, each with a problem+json body.
type ProblemOf<R, S extends keyof R> = R[S] extends { content: { "application/problem+json": infer P } } ? P : never;
export const summarizeProblems: Array<ProblemOf<Summarize["responses"], 400 | 401 | 406 | 413 | 415 | 422 | 429 | 503>> = [];
export const batchProblems: Array<ProblemOf<Batch["responses"], 400 | 401 | 406 | 413 | 415 | 429>> = [];
export const streamProblems: Array<ProblemOf<Stream["responses"], 400 | 401 | 406 | 413 | 415 | 429>> = [];
summarizeProblems.push({ type: "urn:yoyak:problem:not-korean", title: "Not Korean text", status: 422, detail: "" });

// Headers clients act on.
export function retryAfter(h: Summarize["responses"][429]["headers"]): number | undefined {
  return h["Retry-After"] ?? h["RateLimit-Reset"];
}
export function remaining(h: Summarize["responses"][200]["headers"]): number | undefined {
  return h["RateLimit-Remaining"];
}
export function backendRetry(h: Summarize["responses"][503]["headers"]): number | undefined {
  return h["Retry-After"];
}

// The JSON answer and the event stream of /summarize, the batch's entries.
export const answer = (r: Summarize["responses"][200]["content"]["application/json"]): string => r.translation;
export const events: Summarize["responses"][200]["content"]["text/event-stream"] = "";
export const markdown: Summarize["responses"][200]["content"]["text/markdown"] = "# Title";
export function batch(r: Batch["responses"][200]["content"]["application/json"]): string[] {
  return r.results.map((item) => item.result !== null ? item.result.summary.en
      : item.problem !== null ? explain(item.problem) : `status ${item.status}`);
}

// Server-sent events: the event name decides the data's type.
export function onEvent(e: SummaryEvent): string {
  switch (e.event) {
    case "progress": return e.data.stage === "chunk" ? `${e.data.chunk} / ${e.data.chunks}` : e.data.stage;
    case "paragraph": return e.data.paragraph === null ? "" : e.data.paragraph.en;
    case "result": return e.data.summary.en;
    case "problem": return explain(e.data);
    default: return unreachable(e);
  }
}

// Requests: JSON with optional fields, or the article as text/plain.
export const request: Summarize["requestBody"] extends infer B
  ? B extends { content: { "application/json": infer J } } ? J : never : never = { text: "서울시가 밝혔다." };
export const options: typeof request = { text: "서울시가 밝혔다.", summaryStyle: "bullets", koreanRegister: "formal" };
export const plain: NonNullable<Summarize["requestBody"]>["content"]["text/plain"] = "서울시가 밝혔다.";

// The types are real: these must not compile.
export function mustFail(result: SummaryResult, check: Check): void {
  // @ts-expect-error translation is a string
  const n: number = result.translation;
  // @ts-expect-error no such field
  const x: string = result.englishText;
  // @ts-expect-error kind is a closed enum
  const k: Check["kind"] = "style";
  // @ts-expect-error severity is not nullable
  check.severity = null;
  void n; void x; void k;
}
