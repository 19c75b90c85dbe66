// The timeline: events per day or week stacked by PLOVER quad (Apache ECharts); a bar
// lists the events behind it, each in its sentence.
import { api, link } from "./api.js";
import { el, fill } from "./dom.js";
import { QUAD_COLORS, everyCopyToggle, showEvents } from "./events.js";

/** The chart and its controls; clicking a bar lists its events below. */
export async function timelineView(view, params, labels) {
  const period = params.get("period") === "week" ? "week" : "day";
  const allCopies = params.get("all") === "1";
  const timeline = await api("/timeline", { period, per_story: !allCopies });
  const chartBox = el("div", { class: "chart", id: "timeline-chart" });
  const evidence = el("section", { class: "evidence", id: "evidence", hidden: true });
  const control = (value, text) =>
    el("a", { href: link("timeline", { period: value, all: allCopies ? 1 : null }), class: value === period ? "on" : null }, text);
  fill(
    view,
    el("h2", {}, "Timeline of events"),
    el(
      "p",
      { class: "filters" },
      "Per ",
      control("day", "day"),
      " ",
      control("week", "week"),
      " · ",
      everyCopyToggle(allCopies, (all) => link("timeline", { period, all: all ? 1 : null })),
      el("span", { class: "muted" }, " · Click a bar to list its events."),
    ),
    timeline.buckets.length ? chartBox : el("p", { class: "muted" }, "No dated events in the store."),
    evidence,
  );
  if (!timeline.buckets.length) return;
  const quads = Object.keys(QUAD_COLORS);
  const chart = echarts.init(chartBox);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: {
      type: "category",
      data: timeline.buckets.map((b) => (period === "week" ? `week of ${b.start}` : b.start)),
    },
    yAxis: { type: "value", name: "events", minInterval: 1 },
    dataZoom: timeline.buckets.length > 60 ? [{ type: "slider", bottom: 10 }] : [],
    series: quads.map((quad) => ({
      name: labels[quad],
      type: "bar",
      stack: "events",
      barMaxWidth: 90,
      itemStyle: { color: QUAD_COLORS[quad] },
      emphasis: { focus: "series" },
      data: timeline.buckets.map((b) => b.counts[quad]),
    })),
  });
  chart.on("click", (target) => {
    const bucket = timeline.buckets[target.dataIndex];
    const quad = quads[target.seriesIndex];
    const when = bucket.start === bucket.end ? bucket.start : `${bucket.start} to ${bucket.end}`;
    showEvents(
      evidence,
      `${labels[quad]}, ${when}`,
      { quad, since: bucket.start, until: bucket.end, per_story: !allCopies },
      labels,
    );
  });
  return chart;
}
