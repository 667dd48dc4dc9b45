// Draws the dyad series: stacked quad-class counts and the mean Goldstein
// score. A click on a period opens the events behind it, as the table's
// links do.
(function () {
  const el = document.getElementById("chart");
  if (!el || !window.echarts) return;
  const links = Array.from(document.querySelectorAll("#points a.point")).map(a => a.getAttribute("href"));
  fetch(el.dataset.series).then(r => r.json()).then(data => {
    const items = data.items || [];
    const periods = items.map(p => p.period);
    const quad = i => items.map(p => p.quad[i]);
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 40, right: 40, top: 40, bottom: 30 },
      xAxis: { type: "category", data: periods },
      yAxis: [{ type: "value", name: "events" }, { type: "value", name: "Goldstein", min: -10, max: 10 }],
      series: [
        { name: "verbal cooperation", type: "bar", stack: "q", data: quad(0), itemStyle: { color: "#2e7d32" } },
        { name: "material cooperation", type: "bar", stack: "q", data: quad(1), itemStyle: { color: "#66bb6a" } },
        { name: "verbal conflict", type: "bar", stack: "q", data: quad(2), itemStyle: { color: "#ef6c00" } },
        { name: "material conflict", type: "bar", stack: "q", data: quad(3), itemStyle: { color: "#c62828" } },
        { name: "mean Goldstein", type: "line", yAxisIndex: 1, data: items.map(p => p.mean_goldstein.toFixed(2)), itemStyle: { color: "#1f5fae" } },
      ],
    });
    chart.on("click", p => { if (links[p.dataIndex]) window.location.href = links[p.dataIndex]; });
    window.addEventListener("resize", () => chart.resize());
    el.dataset.ready = "true";
  });
})();
