// The quote browser: search the words of quotes, filter by speaker and dates; each quote
// links to its place in its article.
import { api, articleLink, link } from "./api.js";
import { count, el, fill, marked } from "./dom.js";
import { party } from "./events.js";
import { pager } from "./article.js";

const PAGE = 25;
const FIELDS = ["search", "speaker", "since", "until"];

/** The form, and the page of quotes its filters select. */
export async function quoteBrowser(view, params) {
  const values = Object.fromEntries(FIELDS.map((name) => [name, params.get(name) || ""]));
  const allCopies = params.get("all") === "1";
  const offset = Number(params.get("offset") || 0);
  const speakers = await api("/actors", { limit: 200 });
  const page = await api("/quotes", { ...values, per_story: !allCopies, limit: PAGE, offset });
  const input = (name, attrs) => el("input", { name, id: `quote-${name}`, value: values[name], ...attrs });
  const form = el(
    "form",
    { class: "filters", id: "quote-form", onsubmit: (e) => { e.preventDefault(); submit(form); } },
    el("label", {}, "Words ", input("search", { type: "search", placeholder: "in the quote" })),
    el("label", {}, "Speaker ", input("speaker", { type: "search", list: "speakers", placeholder: "name" })),
    el("datalist", { id: "speakers" }, speakers.items.map((a) => el("option", { value: a.name }))),
    el("label", {}, "From ", input("since", { type: "date" })),
    el("label", {}, "to ", input("until", { type: "date" })),
    el("label", {}, el("input", { type: "checkbox", name: "all", checked: allCopies }), " every copy"),
    el("button", { type: "submit" }, "Search"),
  );
  fill(
    view,
    el("h2", {}, "Quotes"),
    form,
    el("p", { class: "muted", id: "quote-count" }, page.items.length ? `${count(offset + page.items.length, "quote")} shown${page.next_offset !== null ? ", more on the next page" : ""}` : "No quotes match."),
    el("ol", { class: "cards", id: "quote-results" }, page.items.map((q) => quoteCard(q, values.search))),
    pager("quotes", { ...values, all: allCopies ? 1 : null }, page),
  );
}

function submit(form) {
  const params = Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value.trim()]));
  location.hash = link("quotes", { ...params, all: form.elements.all.checked ? 1 : null });
}

/** One quote: its words (the search marked), who said it to whom, how, and when. */
function quoteCard(quote, search) {
  const how = [quote.cue, quote.kind, quote.medium].filter(Boolean).join(" · ");
  return el(
    "li",
    { class: "card quote-card" },
    el("div", { class: "quote-text" }, "“", marked(quote.text, search), "”"),
    el(
      "div",
      { class: "card-head" },
      el("strong", {}, quote.speaker_name ? party(quote.speaker_name, quote.speaker_code) : "unknown speaker"),
      quote.addressee ? el("span", {}, ` to ${quote.addressee}`) : null,
      el("span", { class: "muted" }, ` · ${how} · ${quote.published || "undated"}`),
      quote.copies > 1 ? el("span", { class: "muted" }, ` · ${quote.copies} copies`) : null,
    ),
    el("a", { class: "context", href: articleLink(quote.article_id, { quote: quote.idx }) }, "in context →"),
  );
}
