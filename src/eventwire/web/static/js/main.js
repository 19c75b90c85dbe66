// The page: a view per hash route (#/articles, #/article/ID, #/quotes, #/timeline,
// #/network), the store's counts in the header, errors in a banner.
import { api, route } from "./api.js";
import { articleList, articleView } from "./article.js";
import { count } from "./dom.js";
import { networkView } from "./network.js";
import { quoteBrowser } from "./quotes.js";
import { timelineView } from "./timeline.js";

const view = document.getElementById("view");
const banner = document.getElementById("error");
let charts = [];

async function show(labels) {
  const { view: name, rest, params } = route();
  charts.forEach((chart) => chart.dispose());
  charts = [];
  banner.hidden = true;
  view.dataset.ready = "";
  for (const tab of document.querySelectorAll("nav a[data-view]"))
    tab.classList.toggle("on", tab.dataset.view === name || (name === "article" && tab.dataset.view === "articles"));
  try {
    let chart = null;
    if (name === "article" && rest) await articleView(view, rest, params, labels);
    else if (name === "quotes") await quoteBrowser(view, params);
    else if (name === "timeline") chart = await timelineView(view, params, labels);
    else if (name === "network") chart = await networkView(view, params, labels);
    else await articleList(view, params);
    if (chart) charts.push(chart);
  } catch (error) {
    banner.textContent = `Could not load this view: ${error.message}`;
    banner.hidden = false;
  }
  view.dataset.ready = name;
}

async function start() {
  let labels = {};
  try {
    const stats = await api("/stats");
    labels = Object.fromEntries(stats.quads.map((quad) => [quad.key, quad.label]));
    document.getElementById("stats").textContent = [
      count(stats.articles, "article"),
      count(stats.quotes, "quote"),
      count(stats.events, "event"),
      count(stats.actors, "actor"),
    ].join(" · ");
  } catch (error) {
    banner.textContent = `Could not read the store: ${error.message}`;
    banner.hidden = false;
  }
  window.addEventListener("hashchange", () => show(labels));
  window.addEventListener("resize", () => charts.forEach((chart) => chart.resize()));
  await show(labels);
}

start();
