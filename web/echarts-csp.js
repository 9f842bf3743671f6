// ECharts draws its tooltips as HTML with style attributes, which the
// page's Content-Security-Policy (no inline styles) blocks. This asks every
// chart for tooltips drawn on its canvas instead (renderMode "richText"),
// whatever options the app sets. Loaded right after echarts.min.js.
// (The chart options could say so themselves: app/chart's tooltip.)
(function () {
  if (!window.echarts) {
    return;
  }
  const onCanvas = (option) => {
    const tips = option && typeof option === "object" ? option.tooltip : null;
    for (const tip of Array.isArray(tips) ? tips : [tips]) {
      if (tip && typeof tip === "object") {
        tip.renderMode = "richText";
      }
    }
  };
  // The module's exports are read-only: wrap it rather than assign.
  const ec = window.echarts;
  window.echarts = Object.create(ec, {
    init: {
      enumerable: true,
      value: function (...args) {
        const chart = ec.init.apply(ec, args);
        const setOption = chart.setOption;
        chart.setOption = function (option, ...rest) {
          onCanvas(option);
          return setOption.call(this, option, ...rest);
        };
        return chart;
      },
    },
  });
})();
