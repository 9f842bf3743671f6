// The ECharts floor's script (echarts.html): the page's policy, as kpisim's
// server sends it, allows no inline script or style.
"use strict";
const el = document.getElementById("chart");
el.style.width = "600px"; // through the CSSOM: the policy allows no style attribute
el.style.height = "300px";
const chart = echarts.init(el, null, { renderer: "canvas" });
chart.setOption({
  animation: false,
  xAxis: { type: "category", data: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] },
  yAxis: { type: "value" },
  series: [{ id: "forecast", type: "line", data: [8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96] }],
});
document.body.setAttribute("data-ready", "true");
