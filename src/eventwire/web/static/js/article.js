// The articles: a list, and one article with its quotes and events highlighted in the
// text and listed beside it (who said it, to whom, the cue; who did what to whom).
import { api, articleLink, link } from "./api.js";
import { count, el, fill, short } from "./dom.js";
import { party, quadChip } from "./events.js";

const PAGE = 50;

/** The list of articles, newest first, with a search box. */
export async function articleList(view, params) {
  const search = params.get("search") || "";
  const offset = Number(params.get("offset") || 0);
  const page = await api("/articles", { search, limit: PAGE, offset });
  const form = el(
    "form",
    { class: "filters", onsubmit: (e) => { e.preventDefault(); location.hash = link("articles", { search: form.search.value }); } },
    el("input", { name: "search", type: "search", placeholder: "Words in the title or text", value: search }),
    el("button", { type: "submit" }, "Search"),
  );
  const rows = page.items.map((article) =>
    el(
      "tr",
      {},
      el("td", { class: "date" }, article.published || "–"),
      el(
        "td",
        {},
        el("a", { href: articleLink(article.id) }, article.title || short(article.opening, 110)),
        article.source ? el("span", { class: "muted" }, ` · ${article.source}`) : null,
      ),
      el("td", { class: "num" }, article.quotes),
      el("td", { class: "num" }, article.events),
    ),
  );
  fill(
    view,
    el("h2", {}, "Articles"),
    form,
    page.items.length
      ? el(
          "table",
          { class: "list", id: "article-list" },
          el("thead", {}, el("tr", {}, el("th", {}, "Published"), el("th", {}, "Article"), el("th", {}, "Quotes"), el("th", {}, "Events"))),
          el("tbody", {}, rows),
        )
      : el("p", { class: "muted" }, "No articles match."),
    pager("articles", { search }, page),
  );
}

/** Previous / next links for a page of a list. */
export function pager(view, params, page) {
  const previous = page.offset > 0 ? Math.max(0, page.offset - page.limit) : null;
  return el(
    "p",
    { class: "pager" },
    previous !== null ? el("a", { href: link(view, { ...params, offset: previous }) }, "← previous") : null,
    page.next_offset !== null ? el("a", { href: link(view, { ...params, offset: page.next_offset }) }, "next →") : null,
  );
}

/** One article: its text with quotes, speakers and events highlighted, and the side
 * list; `?quote=N` or `?event=N` focuses one (an event with its whole sentence). */
export async function articleView(view, id, params, labels) {
  const article = await api(`/articles/${encodeURIComponent(id)}`);
  const text = el("div", { class: "article-text", id: "article-text" });
  const side = el("aside", { class: "side", id: "side-list" });
  const focus = {
    kind: params.has("event") ? "event" : params.has("quote") ? "quote" : null,
    idx: Number(params.get("event") ?? params.get("quote")),
  };
  const render = () => {
    fill(text, segments(article, focus));
    fill(side, sideList(article, focus, labels, choose));
    const target = text.querySelector(".focus-sentence, .focus-item");
    if (target) target.scrollIntoView({ block: "center" });
    const item = side.querySelector(".focused");
    if (item) item.scrollIntoView({ block: "nearest" });
  };
  const choose = (kind, idx) => {
    focus.kind = kind;
    focus.idx = idx;
    history.replaceState(null, "", articleLink(article.id, { [kind]: idx }));
    render();
  };
  text.addEventListener("click", (e) => {
    const segment = e.target.closest(".seg");
    if (!segment) return;
    if (segment.dataset.events) choose("event", Number(segment.dataset.events.split(" ")[0]));
    else if (segment.dataset.quotes) choose("quote", Number(segment.dataset.quotes.split(" ")[0]));
  });
  fill(
    view,
    el(
      "div",
      { class: "article-head" },
      el("h2", {}, article.title || "(untitled article)"),
      el(
        "p",
        { class: "muted" },
        [article.published || "no date", article.source, article.url || article.path].filter(Boolean).join(" · "),
        ` · ${count(article.quotes.length, "quote")} · ${count(article.events.length, "event")}`,
      ),
      el(
        "p",
        { class: "legend" },
        el("span", { class: "seg q" }, "quote"),
        el("span", { class: "seg spk" }, "speaker"),
        el("span", { class: "seg ev" }, "event"),
        el("span", { class: "seg focus-sentence" }, "selected sentence"),
        el("span", { class: "muted" }, "Click a highlight or an item in the list."),
      ),
    ),
    el("div", { class: "article" }, text, side),
  );
  render();
}

/** The text cut at every span boundary; each piece knows the quotes and events over it. */
function segments(article, focus) {
  const spans = [];
  article.quotes.forEach((q) => {
    spans.push({ kind: "quote", idx: q.idx, start: q.start, end: q.end });
    if (q.speaker_start !== null && q.speaker_end !== null)
      spans.push({ kind: "speaker", idx: q.idx, start: q.speaker_start, end: q.speaker_end });
  });
  article.events.forEach((e) => spans.push({ kind: "event", idx: e.idx, start: e.start, end: e.end }));
  const focused = focus.kind === "event" ? article.events[focus.idx] : null;
  if (focused && focused.sentence_start !== null)
    spans.push({ kind: "sentence", idx: focus.idx, start: focused.sentence_start, end: focused.sentence_end });
  const cuts = new Set([0, article.text.length]);
  spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].filter((n) => n >= 0 && n <= article.text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const over = spans.filter((s) => s.start <= start && s.end >= end);
    const piece = article.text.slice(start, end);
    if (!over.length) { pieces.push(piece); continue; }
    const quotes = over.filter((s) => s.kind === "quote").map((s) => s.idx);
    const events = over.filter((s) => s.kind === "event").map((s) => s.idx);
    const classes = ["seg"];
    if (quotes.length) classes.push("q");
    if (events.length) classes.push("ev");
    if (over.some((s) => s.kind === "speaker")) classes.push("spk");
    if (over.some((s) => s.kind === "sentence")) classes.push("focus-sentence");
    if (over.some((s) => s.kind === focus.kind && s.idx === focus.idx)) classes.push("focus-item");
    pieces.push(
      el("span", { class: classes.join(" "), dataset: { quotes: quotes.join(" "), events: events.join(" ") } }, piece),
    );
  }
  return pieces;
}

/** The quotes and events of the article, in order, the focused one marked. */
function sideList(article, focus, labels, choose) {
  const item = (kind, idx, ...children) =>
    el(
      "li",
      {
        id: `${kind}-${idx}`,
        class: `card ${kind}-item${focus.kind === kind && focus.idx === idx ? " focused" : ""}`,
        tabindex: 0,
        onclick: () => choose(kind, idx),
        onkeydown: (e) => { if (e.key === "Enter") choose(kind, idx); },
      },
      ...children,
    );
  const quotes = article.quotes.map((q) =>
    item(
      "quote",
      q.idx,
      el(
        "div",
        { class: "card-head" },
        el("strong", {}, q.speaker_name ? party(q.speaker_name, q.speaker_code) : "unknown speaker"),
        q.addressee ? el("span", {}, ` to ${q.addressee}`) : null,
        el("span", { class: "muted" }, ` · ${[q.cue, q.kind, q.medium].filter(Boolean).join(" · ")}`),
      ),
      q.speaker_mention && q.speaker_mention !== q.speaker_name ? el("div", { class: "muted" }, `as “${q.speaker_mention}”`) : null,
      el("div", { class: "quote-text" }, `“${short(q.text, 200)}”`),
    ),
  );
  const events = article.events.map((e) =>
    item(
      "event",
      e.idx,
      el(
        "div",
        { class: "card-head" },
        el("span", { class: "date" }, e.date || "undated"),
        quadChip(e.quad, labels),
        el("code", {}, e.cameo),
        el("span", {}, e.plover),
      ),
      el("div", {}, el("strong", {}, party(e.source_name, e.source_code)), ` ${e.verb} → `, el("strong", {}, party(e.target_name, e.target_code))),
      e.negated || e.modality !== "asserted"
        ? el("div", { class: "muted" }, [e.negated ? "negated" : null, e.modality !== "asserted" ? e.modality : null].filter(Boolean).join(" · "))
        : null,
    ),
  );
  return [
    el("h3", {}, count(quotes.length, "quote")),
    el("ol", { class: "cards" }, quotes),
    el("h3", {}, count(events.length, "event")),
    el("ol", { class: "cards" }, events),
  ];
}
