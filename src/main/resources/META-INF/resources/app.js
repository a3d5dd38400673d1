// yoyak's reader page: posts the article, follows the run's server-sent events, shows the result side by side.
"use strict";
const $ = (id) => document.getElementById(id);
let pending = null; // the request under way
let last = null; // the request of the result on show, so its Markdown document can be asked for

const STAGES = {
  translating: "Translating…", summarizing: "Summarizing…",
  checking: "Checking figures…",
};

$("key").value = localStorage.getItem("yoyak-key") || "";

function show(id, visible) { $(id).hidden = !visible; }

function text(element, value) { element.textContent = value || ""; return element; }

function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

// Korean text with each checked figure marked, the check's detail as its tooltip.
function marked(korean, checks) {
  const fragment = document.createDocumentFragment();
  const numbers = checks.filter((c) => c.kind === "number" && korean.includes(c.source));
  if (numbers.length === 0) { fragment.append(korean); return fragment; }
  const pattern = new RegExp("(" + numbers.map((c) => escapeRegExp(c.source)).join("|") + ")");
  for (const part of korean.split(pattern)) {
    const check = numbers.find((c) => c.source === part);
    if (check) {
      const mark = document.createElement("mark");
      mark.className = "check";
      mark.title = check.detail;
      mark.textContent = part;
      fragment.append(mark);
    } else {
      fragment.append(part);
    }
  }
  return fragment;
}

function row(ko, en, checks) {
  const div = document.createElement("div");
  div.className = "row";
  const relevant = checks.filter((c) => ko.includes(c.source) || c.source === ko);
  if (relevant.length > 0) div.classList.add("flagged");
  const left = document.createElement("p");
  left.lang = "ko";
  left.className = "ko";
  left.append(marked(ko, relevant));
  const right = text(document.createElement("p"), en);
  right.lang = "en";
  right.className = "en";
  div.append(left, right);
  return div;
}

// A prose summary is a paragraph; bullets come one point per line, shown as a list.
function summary(element, value, style) {
  if (style === "bullets") {
    const list = document.createElement("ul");
    list.append(...value.split("\n").filter(Boolean).map((point) => text(document.createElement("li"), point)));
    element.replaceChildren(list);
  } else {
    element.replaceChildren(text(document.createElement("p"), value));
  }
}

function render(result) {
  last = pending;
  text($("title-en"), result.title.en || "(no headline)");
  text($("title-ko"), result.title.ko);
  text($("meta"), [result.byline, result.publishedAt, result.model, result.cached ? "from cache" : ""]
    .filter(Boolean).join(" · "));
  summary($("summary-ko"), result.summary.ko, result.summaryStyle);
  summary($("summary-en"), result.summary.en, result.summaryStyle);
  $("paragraphs").replaceChildren(...result.paragraphs.map((p) => row(p.ko, p.en, result.checks)));
  $("captions").replaceChildren(...result.captions.map((p) => row(p.ko, p.en, result.checks)));
  show("captions-box", result.captions.length > 0);
  $("entities").replaceChildren(...result.entities.map((e) =>
    text(document.createElement("li"), `${e.ko} → ${e.en} (${e.type})`)));
  const checks = result.checks.length > 0 ? result.checks.map((c) => {
    const about = c.source ? `${c.source.slice(0, 60)}: ` : "";
    const li = text(document.createElement("li"), `${c.kind} · ${about}${c.detail}`);
    li.className = c.severity;
    return li;
  }) : [text(document.createElement("li"), "No problems found.")];
  $("checks").replaceChildren(...checks);
  show("result", true);
}

// A paragraph as soon as it is written; a repaired one comes again with the same index and replaces it.
function paragraph(event) {
  const box = $("paragraphs");
  while (box.children.length <= event.index) box.append(row("", "", []));
  box.children[event.index].replaceWith(row(event.paragraph.ko, event.paragraph.en, []));
  show("result", true);
}

function progress(event) {
  if (event.stage === "chunk") {
    $("progress").max = event.chunks;
    $("progress").value = event.chunk;
    text($("stage"), `Translating: part ${Math.min(event.chunk + 1, event.chunks)} of ${event.chunks}`);
  } else if (STAGES[event.stage]) {
    text($("stage"), STAGES[event.stage]);
  }
}

function fail(message) {
  text($("error"), message);
  show("error", true);
}

function problemText(problem) {
  return `${problem.title || "Error"}: ${problem.detail || "something went wrong"}`;
}

// Server-sent events over fetch (EventSource cannot POST): blocks separated by blank lines.
async function follow(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      let data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data += line.slice(5).trim();
      }
      if (!data) continue;
      const payload = JSON.parse(data);
      if (name === "progress") progress(payload);
      else if (name === "paragraph") paragraph(payload);
      else if (name === "result") render(payload);
      else if (name === "problem") fail(problemText(payload));
    }
  }
}

function headers(accept) {
  const result = { "Content-Type": "application/json", Accept: accept };
  if ($("key").value) result["X-API-Key"] = $("key").value;
  return result;
}

async function run(event) {
  event.preventDefault();
  const article = $("article").value;
  if (!article.trim()) { fail("Paste an article first."); return; }
  localStorage.setItem("yoyak-key", $("key").value);
  show("error", false);
  show("result", false);
  $("paragraphs").replaceChildren();
  show("status", true);
  text($("stage"), "Starting…");
  $("run").disabled = true;
  last = null;
  const body = pending = JSON.stringify({
    text: article, summarySentences: Number($("sentences").value),
    summaryStyle: $("style").value, koreanRegister: $("register").value,
  });
  try {
    const response = await fetch("/summarize", { method: "POST", headers: headers("text/event-stream"), body });
    if (!response.ok) {
      const type = response.headers.get("Content-Type") || "";
      fail(type.includes("json") ? problemText(await response.json()) : `The service answered ${response.status}.`);
    } else {
      await follow(response);
    }
  } catch (error) {
    fail(`The service could not be reached (${error.message}).`);
  } finally {
    $("run").disabled = false;
    show("status", false);
  }
}

// The document is the server's (the same as Accept: text/markdown gives any client): the result just shown is
// asked for again, which the result cache answers without another model run.
async function markdown() {
  const response = await fetch("/summarize", { method: "POST", headers: headers("text/markdown"), body: last });
  if (!response.ok) throw new Error(`the service answered ${response.status}`);
  return response.text();
}

function flash(button, message, label) {
  text(button, message);
  setTimeout(() => text(button, label), 1500);
}

$("form").addEventListener("submit", run);
$("copy").addEventListener("click", async () => {
  if (!last) return;
  try {
    // A promised clipboard item keeps the click's permission while the document is fetched.
    const blob = markdown().then((md) => new Blob([md], { type: "text/plain" }));
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
    flash($("copy"), "Copied", "Copy as Markdown");
  } catch (error) {
    fail(`The Markdown could not be copied (${error.message}).`);
  }
});
$("download").addEventListener("click", async () => {
  if (!last) return;
  try {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([await markdown()], { type: "text/markdown" }));
    link.download = "yoyak.md";
    link.click();
  } catch (error) {
    fail(`The Markdown could not be downloaded (${error.message}).`);
  }
});

async function load(file) {
  if (file) $("article").value = await file.text();
}
$("file").addEventListener("change", (e) => load(e.target.files[0]));
const area = $("article");
area.addEventListener("dragover", (e) => { e.preventDefault(); area.classList.add("drop"); });
area.addEventListener("dragleave", () => area.classList.remove("drop"));
area.addEventListener("drop", (e) => { e.preventDefault(); area.classList.remove("drop"); load(e.dataTransfer.files[0]); });
