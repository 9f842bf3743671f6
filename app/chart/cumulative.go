package chart

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// Month is one month of the cumulative chart. Values are cumulative from the
// first month of the plan.
type Month struct {
	Label    string // translated month name, on the x axis
	Forecast float64
	Goal     float64

	// Low and High bound the forecast band (P10 and P90 of a Monte Carlo
	// run) and Median is its middle line (P50). The band is drawn when any
	// month has a non-zero Low or High; leave all three zero everywhere for
	// no band.
	Low, Median, High float64
}

// Cumulative returns the option of a line chart of the cumulative forecast
// (series SeriesForecast, a line over a light area) against the cumulative
// goal (series SeriesGoal, a dashed line), one point per month. The last
// points are labelled with their values formatted by t.Format, and the
// tooltip shows every series of the hovered month, formatted the same way.
//
// Two more series, stacked and drawn under the lines, make the band:
// SeriesBandLow, an invisible line at Low, and SeriesBand, an area from Low
// to High named t.Band whose tooltip shows "low – high". Without a band they
// are still there, empty, and t.Band leaves the legend: the set of series
// never changes, so every update merges in place. The toolbox's dataZoom
// button hides such stacked bands (ECharts issue 21111): use a dataZoom
// component if zoom is ever needed.
//
// A value that is NaN or infinite, or a Low above its High, is an
// *InputError.
func Cumulative(months []Month, t Text) ([]byte, error) {
	t = t.withDefaults()
	band := false
	for i, m := range months {
		for _, f := range [...]struct {
			series string
			v      float64
		}{{"forecast", m.Forecast}, {"goal", m.Goal}, {"low", m.Low}, {"median", m.Median}, {"high", m.High}} {
			if err := check("cumulative", f.series, i, m.Label, f.v, false); err != nil {
				return nil, err
			}
		}
		if m.Low > m.High {
			return nil, &InputError{"cumulative", "low", i, m.Label, m.Low, ruleLowHigh}
		}
		if (m.Low != 0 || m.High != 0) && (m.Median < m.Low || m.Median > m.High) {
			return nil, &InputError{"cumulative", "median", i, m.Label, m.Median, ruleMedian}
		}
		band = band || m.Low != 0 || m.High != 0
	}

	labels := make([]string, len(months))
	forecast := make(points, len(months))
	goal := make(points, len(months))
	for i, m := range months {
		labels[i] = m.Label
		forecast[i] = point{X: i, Y: m.Forecast, Text: t.Format(m.Forecast)}
		goal[i] = point{X: i, Y: m.Goal, Text: t.Format(m.Goal)}
	}
	if n := len(months); n > 0 {
		// Label the last points, the one above the other.
		up, down := &opts.Label{Show: opts.Bool(true), Position: "top"}, &opts.Label{Show: opts.Bool(true), Position: "bottom"}
		if months[n-1].Forecast >= months[n-1].Goal {
			forecast[n-1].Label, goal[n-1].Label = up, down
		} else {
			forecast[n-1].Label, goal[n-1].Label = down, up
		}
	}

	legend := []string{t.Forecast, t.Goal}
	if band {
		legend = append(legend, t.Median, t.Band)
	}
	c := monthLines(t, legend, labels)

	// The last-point labels: right-aligned so they stay inside the chart,
	// on white as the comparison's end labels are, so that the band and
	// the other line, which pass under them near the year's end, do not
	// strike through their figures.
	lastLabel := charts.WithLabelOpts(opts.Label{Show: opts.Bool(false), Align: "right", Formatter: textLabel,
		BackgroundColor: "rgba(255,255,255,0.8)", BorderRadius: 2})
	addSeries(&c.MultiSeries, types.ChartLine, t.Forecast, SeriesForecast, forecast,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "circle", SymbolSize: 6, ShowSymbol: opts.Bool(true)}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorPrimary}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: colorPrimary, Width: 2.5}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Color: colorPrimary, Opacity: opts.Float(0.08)}),
		lastLabel)
	addSeries(&c.MultiSeries, types.ChartLine, t.Goal, SeriesGoal, goal,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "circle", SymbolSize: 4, ShowSymbol: opts.Bool(true)}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorGoal}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: colorGoal, Width: 2, Type: "dashed"}),
		lastLabel)
	// The band's series are always there, empty without a band: a constant
	// set of series merges in place, and an axis tooltip open while the band
	// goes away does not look for a removed series.
	low := make(points, 0, len(months))
	width := make(points, 0, len(months))
	median := make(points, 0, len(months))
	if band {
		for i, m := range months {
			low = append(low, point{X: i, Y: m.Low})
			width = append(width, point{X: i, Y: m.High - m.Low, Text: t.Format(m.Low) + " – " + t.Format(m.High)})
			median = append(median, point{X: i, Y: m.Median, Text: t.Format(m.Median)})
		}
	}
	noLine := charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)})
	bandLine := charts.WithLineChartOpts(opts.LineChart{Stack: "band", Symbol: "none"})
	addSeries(&c.MultiSeries, types.ChartLine, "", SeriesBandLow, low, bandLine, noLine)
	addSeries(&c.MultiSeries, types.ChartLine, t.Band, SeriesBand, width, bandLine, noLine,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorPrimary}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Color: colorPrimary, Opacity: opts.Float(0.18)}))
	addSeries(&c.MultiSeries, types.ChartLine, t.Median, SeriesMedian, median,
		charts.WithLineChartOpts(opts.LineChart{Symbol: "none"}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorMedian}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: colorMedian, Width: 1.5, Type: "dotted"}))
	extras := []series{
		{Encode: &xyEncode},
		{Encode: &xyEncode},
		{Encode: &xyEncode, Tooltip: &seriesTooltip{Show: false}, Z: 1},
		{Encode: &xyEncode, Z: 1},
		{Encode: &xyEncode, Z: 3},
	}

	return marshal(&c.BaseConfiguration, c.Validate, &visitor{title: t.Title, extras: extras})
}

// monthLines is a line chart over months: the page's common options, a
// tooltip for every series at the month pointed at, the months on the x
// axis and t's units on the y axis (the cumulative and compare charts).
func monthLines(t Text, legend, months []string) charts.Line {
	c := *lineProto
	fresh(&c.BaseConfiguration)
	c.SetGlobalOptions(append(common(t, legend),
		charts.WithTooltipOpts(opts.Tooltip{
			Show: opts.Bool(true), Trigger: "axis", AxisPointer: &opts.AxisPointer{Type: "line"},
		}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", BoundaryGap: opts.Bool(false)}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", AxisLabel: t.axisLabel()}),
	)...)
	c.SetXAxis(months)
	return c
}
