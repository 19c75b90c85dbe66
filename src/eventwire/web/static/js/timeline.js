// The timeline: events per day or week stacked by PLOVER quad (Apache ECharts); a bar
// lists the events behind it, each in its sentence. By default it spans the news period
// (the publication dates, a month either side): events dated decades back are history the
// articles recall, and would squeeze the news into a sliver of the chart.
import { api, link } from "./api.js";
import { el, fill } from "./dom.js";
import { QUAD_COLORS, everyCopyToggle, showEvents } from "./events.js";

/** The chart and its controls; clicking a bar lists its events below. */
export async function timelineView(view, params, labels) {
  const period = params.get("period") === "week" ? "week" : "day";
  const allCopies = params.get("all") === "1";
  const allDates = params.get("dates") === "all";
  const stats = await api("/stats");
  const news = newsPeriod(stats);
  const span = allDates || !news ? {} : news;
  const timeline = await api("/timeline", { period, per_story: !allCopies, ...span });
  const here = (changes) => link("timeline", { period, all: allCopies ? 1 : null, dates: allDates ? "all" : null, ...changes });
  const chartBox = el("div", { class: "chart", id: "timeline-chart" });
  const evidence = el("section", { class: "evidence", id: "evidence", hidden: true });
  const control = (value, text) =>
    el("a", { href: here({ period: value }), class: value === period ? "on" : null }, text);
  const dates = news
    ? [
        " · ",
        el("a", { href: here({ dates: null }), class: allDates ? null : "on", id: "news-period" }, `${news.since} to ${news.until}`),
        " ",
        el("a", { href: here({ dates: "all" }), class: allDates ? "on" : null, id: "all-dates" }, "all dates"),
      ]
    : [];
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
      ...dates,
      " · ",
      everyCopyToggle(allCopies, (all) => here({ all: all ? 1 : null })),
      el("span", { class: "muted" }, " · Click a bar to list its events."),
    ),
    timeline.buckets.length ? chartBox : el("p", { class: "muted" }, "No dated events in the store."),
    evidence,
  );
  if (!timeline.buckets.length) return;
  const buckets = withEmptyPeriods(timeline.buckets, period === "week" ? 7 : 1);
  const quads = Object.keys(QUAD_COLORS);
  const chart = echarts.init(chartBox);
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: {
      type: "category",
      data: buckets.map((b) => (period === "week" ? `week of ${b.start}` : b.start)),
    },
    yAxis: { type: "value", name: "events", minInterval: 1 },
    dataZoom: buckets.length > 60 ? [{ type: "slider", bottom: 10 }] : [],
    series: quads.map((quad) => ({
      name: labels[quad],
      type: "bar",
      stack: "events",
      barMaxWidth: 90,
      itemStyle: { color: QUAD_COLORS[quad] },
      emphasis: { focus: "series" },
      data: buckets.map((b) => b.counts[quad] ?? 0),
    })),
  });
  chart.on("click", (target) => {
    const bucket = buckets[target.dataIndex];
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

/** The publication dates with a month either side, as since/until; null for a store
 * without dated articles. */
function newsPeriod(stats) {
  if (!stats.first_published || !stats.last_published) return null;
  const shifted = (iso, days) => {
    const day = new Date(`${iso}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  };
  return { since: shifted(stats.first_published, -31), until: shifted(stats.last_published, 31) };
}

// More periods than this between the first and the last event are drawn as they come,
// without the empty ones between them (all dates back to 1943, day by day, would be
// tens of thousands of bars).
const MAX_PERIODS = 1500;

/** `buckets` with an empty one for every day (or week) between them that has no event,
 * so that the axis keeps time; as they are when that would make too many. */
function withEmptyPeriods(buckets, days) {
  const step = days * 86400000;
  const time = (iso) => Date.parse(`${iso}T00:00:00Z`);
  const first = time(buckets[0].start);
  const last = time(buckets[buckets.length - 1].start);
  if ((last - first) / step + 1 > MAX_PERIODS) return buckets;
  const byStart = new Map(buckets.map((b) => [b.start, b]));
  const filled = [];
  for (let at = first; at <= last; at += step) {
    const start = new Date(at).toISOString().slice(0, 10);
    const end = new Date(at + step - 86400000).toISOString().slice(0, 10);
    filled.push(byStart.get(start) ?? { start, end, counts: {} });
  }
  return filled;
}
