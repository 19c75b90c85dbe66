// Events as the charts show them: quad colours, and the list of events (each in its
// sentence, linked to its article) that a bar or an edge stands for.
import { api, articleLink } from "./api.js";
import { count, el, fill, short } from "./dom.js";

/** Cooperation in greens, conflict in reds; verbal lighter than material. */
export const QUAD_COLORS = {
  verbal_cooperation: "#74c476",
  material_cooperation: "#238b45",
  verbal_conflict: "#fd8d3c",
  material_conflict: "#d7301f",
};
const PAGE = 20;

/** A checkbox that switches a chart between counting a story's copies once and
 * counting every copy, by going to `hrefFor(checked)`. */
export function everyCopyToggle(checked, hrefFor) {
  return el(
    "label",
    {},
    el("input", { type: "checkbox", id: "every-copy", checked, onchange: (e) => { location.hash = hrefFor(e.target.checked); } }),
    " count every copy of a story",
  );
}

/** A coloured chip naming a quad. */
export function quadChip(quad, labels) {
  if (!quad) return null;
  return el("span", { class: "chip", style: `background:${QUAD_COLORS[quad]}` }, labels[quad] || quad);
}

/** "Mike Pompeo (USAGOV)". */
export function party(name, code) {
  if (!name) return "–";
  return code && code !== name ? `${name} (${code})` : name;
}

/** The sentence of an event with the event's words marked. */
function sentenceWithEvent(event) {
  const sentence = event.sentence || event.text;
  const at = sentence.indexOf(event.text);
  if (at < 0) return [sentence];
  return [
    sentence.slice(0, at),
    el("mark", { class: "ev" }, event.text),
    sentence.slice(at + event.text.length),
  ];
}

/** One event: what, who to whom, when, in its sentence, linked to its article. */
export function eventCard(event, labels) {
  const flags = [
    event.negated ? "negated" : null,
    event.modality !== "asserted" ? event.modality : null,
    event.copies > 1 ? `${event.copies} copies` : null,
  ].filter(Boolean);
  return el(
    "li",
    { class: "card event-card" },
    el(
      "div",
      { class: "card-head" },
      el("span", { class: "date" }, event.date || event.published || "undated"),
      quadChip(event.quad, labels),
      el("code", {}, event.cameo),
      el("span", {}, event.mode ? `${event.plover}/${event.mode}` : event.plover),
      flags.length ? el("span", { class: "muted" }, flags.join(" · ")) : null,
    ),
    el(
      "div",
      { class: "who" },
      el("strong", {}, party(event.source_name, event.source_code)),
      ` ${event.verb} → `,
      el("strong", {}, party(event.target_name, event.target_code)),
    ),
    el("blockquote", { class: "sentence" }, sentenceWithEvent(event)),
    el(
      "a",
      { class: "context", href: articleLink(event.article_id, { event: event.idx }) },
      event.title ? `in context: ${short(event.title, 60)} →` : "in context →",
    ),
  );
}

/** Fill `box` with the events `/events` returns for `params`, under `title`, a page at
 * a time. */
export async function showEvents(box, title, params, labels) {
  const list = el("ol", { class: "cards", id: "evidence-list" });
  const more = el("button", { type: "button", hidden: true }, "More");
  const heading = el("h3", {}, title);
  fill(box, heading, list, more);
  box.hidden = false;
  let offset = 0;
  const load = async () => {
    const page = await api("/events", { ...params, limit: PAGE, offset });
    for (const event of page.items) list.append(eventCard(event, labels));
    offset = page.next_offset ?? offset;
    more.hidden = page.next_offset === null;
    heading.textContent = `${title}: ${count(list.children.length, "event")}${more.hidden ? "" : " so far"}`;
  };
  more.addEventListener("click", load);
  await load();
  box.scrollIntoView({ block: "nearest", behavior: "smooth" });
}
