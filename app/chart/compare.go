package chart

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// Line is one scenario of a comparison: its cumulative forecast, month by
// month from the first month of its plan.
type Line struct {
	Name   string    // the scenario's name, in the legend
	Base   bool      // the base of the comparison: drawn thicker
	Values []float64 // cumulative forecast per month
}

// compareColors are the lines' colors in order; the base takes the first
// color of its position like any other, and a thicker line.
var compareColors = [...]string{colorPrimary, colorGoal, "#2e8b57", "#8e44ad"}

// compareDashes tell the lines apart without their colors.
var compareDashes = [...]string{"solid", "dashed", "dotted", "dashed"}

// SeriesCompare is the id of line i of the comparison chart.
func SeriesCompare(i int) string { return "compare-" + strconv.Itoa(i) }

// Compare returns the option of a line chart of the cumulative forecasts of
// the scenarios compared: exactly one series per line (ids SeriesCompare(i)),
// labels on the x axis from months (the longest plan's month names). The
// last point of each line is labelled with its value by t.Format. A value
// that is NaN or infinite is an *InputError.
func Compare(lines []Line, months []string, t Text) ([]byte, error) {
	t = t.withDefaults()
	legend := make([]string, len(lines))
	for i, ln := range lines {
		legend[i] = ln.Name
		for k, v := range ln.Values {
			label := strconv.Itoa(k)
			if k < len(months) {
				label = months[k]
			}
			if err := check("compare", ln.Name, k, label, v, false); err != nil {
				return nil, err
			}
		}
	}
	c := monthLines(t, legend, months)
	extras := make([]series, len(lines))
	for i, ln := range lines {
		ps := make(points, len(ln.Values))
		for k, v := range ln.Values {
			ps[k] = point{X: k, Y: v, Text: t.Format(v)}
		}
		if n := len(ps); n > 0 {
			ps[n-1].Label = &opts.Label{Show: opts.Bool(true), Position: "top"}
		}
		color := compareColors[i%len(compareColors)]
		width, dash := float32(2), compareDashes[i%len(compareDashes)]
		if ln.Base {
			width, dash = 3.5, "solid"
		}
		addSeries(&c.MultiSeries, types.ChartLine, ln.Name, SeriesCompare(i), ps,
			charts.WithLineChartOpts(opts.LineChart{Symbol: "circle", SymbolSize: 5, ShowSymbol: opts.Bool(true)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: color}),
			charts.WithLineStyleOpts(opts.LineStyle{Color: color, Width: width, Type: dash}),
			charts.WithLabelOpts(opts.Label{Show: opts.Bool(false), Align: "right", Formatter: textLabel}))
		extras[i] = series{Encode: &xyEncode}
	}
	return marshal(&c.BaseConfiguration, c.Validate, &visitor{title: t.Title, extras: extras})
}
