// The actor network: actors (by code, or by name when they have none) joined by the
// events one did to the other, weighted by their number and coloured from conflict (red)
// to cooperation (green) (Apache ECharts), with the same dyads in a table below (where
// an actor's events toward itself, which a graph cannot show well, are listed too).
// An edge, a row or an actor lists its events.
import { api, link } from "./api.js";
import { count, el, fill } from "./dom.js";
import { everyCopyToggle, showEvents } from "./events.js";

const CONFLICT = [215, 48, 31];
const NEUTRAL = [150, 150, 150];
const COOPERATION = [35, 139, 69];
const NODES = 40;
const MARGIN = 50;
const LABEL_ROOM = 160;
const MAX_ZOOM = 2;

/** The colour of a tone from -1 (all conflict) through grey to 1 (all cooperation). */
export function toneColor(tone) {
  const [from, to, share] = tone < 0 ? [NEUTRAL, CONFLICT, -tone] : [NEUTRAL, COOPERATION, tone];
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * share));
  return `rgb(${mix.join(",")})`;
}

/** "USAGOV" over "Mike Pompeo +1": a node's code and who it stands for. */
function nodeLabel(node) {
  const [first, ...others] = node.names;
  if (!first || first === node.id) return node.id;
  return `${node.id}\n${first}${others.length ? ` +${others.length}` : ""}`;
}

/** The network, its dyads, and the events of what is clicked. */
export async function networkView(view, params, labels) {
  const allCopies = params.get("all") === "1";
  const per_story = !allCopies;
  const network = await api("/network", { nodes: NODES, per_story });
  const chartBox = el("div", { class: "chart tall", id: "network-chart" });
  const evidence = el("section", { class: "evidence", id: "evidence", hidden: true });
  const listDyad = (edge) =>
    showEvents(evidence, `${edge.source} → ${edge.target}`, { dyad: [edge.source, edge.target], per_story }, labels);
  fill(
    view,
    el("h2", {}, "Actor network"),
    el(
      "p",
      { class: "filters" },
      everyCopyToggle(allCopies, (all) => link("network", { all: all ? 1 : null })),
      el("span", { class: "muted" }, `${count(network.nodes.length, "actor")}, ${count(network.edges.length, "dyad")} · line width: events · colour:`),
      el("span", { class: "tone-scale" }, "conflict", el("span", { class: "tone-bar" }), "cooperation"),
      el("span", { class: "muted" }, "· Click a line, a row or an actor to list its events."),
    ),
    network.edges.length ? chartBox : el("p", { class: "muted" }, "No events with both a source and a target in the store."),
    network.edges.length ? dyadTable(network.edges, labels, listDyad) : null,
    evidence,
  );
  if (!network.edges.length) return null;
  const chart = echarts.init(chartBox);
  chart.setOption(graphOption(network));
  fitToBox(chart, network.nodes.length);
  chart.on("click", (target) => {
    if (target.dataType === "edge") listDyad(target.data);
    else if (target.dataType === "node")
      showEvents(evidence, `Events of ${target.data.id}`, { party: target.data.id, per_story }, labels);
  });
  return chart;
}

/** Pan and zoom the laid-out network so all of it shows, whatever its size (a force
 * layout spreads as far as its forces push, not to the box). */
function fitToBox(chart, nodes) {
  const data = chart.getModel().getSeriesByIndex(0).getData();
  const points = [];
  for (let i = 0; i < nodes; i++) points.push(chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(i)));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Room for the labels, which sit to the right of each actor.
  const [width, height] = [chart.getWidth() - LABEL_ROOM - 2 * MARGIN, chart.getHeight() - 2 * MARGIN];
  const centre = [MARGIN + width / 2, MARGIN + height / 2];
  chart.dispatchAction({ type: "graphRoam", seriesIndex: 0, dx: centre[0] - (left + right) / 2, dy: centre[1] - (top + bottom) / 2 });
  const zoom = Math.min(width / Math.max(right - left, 1), height / Math.max(bottom - top, 1), MAX_ZOOM);
  chart.dispatchAction({ type: "graphRoam", seriesIndex: 0, zoom, originX: centre[0], originY: centre[1] });
}

/** The chart's options. */
function graphOption(network) {
  const most = Math.max(...network.nodes.map((n) => n.events));
  return {
    animation: false,
    tooltip: {
      formatter: (item) =>
        item.dataType === "edge"
          ? `${item.data.source} → ${item.data.target}: ${count(item.data.events, "event")}`
          : `${item.data.id}: ${item.data.names.join(", ")} (${count(item.data.events, "event")})`,
    },
    series: [
      {
        type: "graph",
        layout: "force",
        roam: true,
        draggable: true,
        force: {
          initLayout: "circular",
          repulsion: 300,
          edgeLength: [80, 180],
          gravity: 0.1,
          layoutAnimation: false,
        },
        label: { show: true, position: "right", fontSize: 12, lineHeight: 15, formatter: (item) => nodeLabel(item.data) },
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: 9,
        autoCurveness: true,
        data: network.nodes.map((node) => ({
          ...node,
          name: node.id,
          symbolSize: 14 + 34 * Math.sqrt(node.events / most),
          itemStyle: { color: "#4e79a7" },
        })),
        links: network.edges
          .filter((edge) => edge.source !== edge.target)
          .map((edge) => ({
            ...edge,
            lineStyle: { width: 1 + 2.5 * Math.sqrt(edge.events), color: toneColor(edge.tone), opacity: 0.85 },
          })),
        emphasis: { focus: "adjacency", lineStyle: { width: 6 } },
      },
    ],
  };
}

/** The dyads, most events first, each row listing its events. */
function dyadTable(edges, labels, listDyad) {
  const rows = edges.map((edge, i) =>
    el(
      "tr",
      { class: "dyad", id: `dyad-${i}`, tabindex: 0, onclick: () => listDyad(edge), onkeydown: (e) => { if (e.key === "Enter") listDyad(edge); } },
      el("td", {}, edge.source),
      el("td", {}, edge.source === edge.target ? "itself" : edge.target),
      el("td", { class: "num" }, edge.events),
      el("td", {}, el("span", { class: "tone-dot", style: `background:${toneColor(edge.tone)}` }), ` ${describeTone(edge.counts, labels)}`),
    ),
  );
  return el(
    "details",
    { class: "dyads" },
    el("summary", {}, `The ${count(edges.length, "dyad")} as a table`),
    el(
      "table",
      { class: "list" },
      el("thead", {}, el("tr", {}, el("th", {}, "Source"), el("th", {}, "Target"), el("th", {}, "Events"), el("th", {}, "By quad"))),
      el("tbody", {}, rows),
    ),
  );
}

function describeTone(counts, labels) {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([quad, n]) => `${n} ${(labels[quad] || quad).toLowerCase()}`)
    .join(", ");
}
