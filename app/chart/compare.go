package chart

import (
	"fmt"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// Line is one scenario of a comparison: its cumulative forecast, month by
// month from the first month of its plan, which is month Start of the
// chart's axis. The line has no point outside its plan.
type Line struct {
	Name   string    // the scenario's name, in the legend
	Base   bool      // the base of the comparison: drawn thicker
	Start  int       // the index on the axis (Compare's months) of the plan's first month
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
// the x axis labelled by months, one calendar for every line (every month
// of every plan, in calendar order), each line's points at months
// Start to Start+len(Values)-1 and none elsewhere. The last point of each
// line is labelled with its value by t.Format (the series' endLabel), the
// labels shifted up or down off each other (lines of close scenarios end close together). A
// value that is NaN or infinite is an *InputError; a line reaching outside
// months is an error.
func Compare(lines []Line, months []string, t Text) ([]byte, error) {
	t = t.withDefaults()
	legend := make([]string, len(lines))
	for i, ln := range lines {
		legend[i] = ln.Name
		if ln.Start < 0 || ln.Start+len(ln.Values) > len(months) {
			return nil, fmt.Errorf("chart compare: %s: months %d to %d of an axis of %d", ln.Name, ln.Start, ln.Start+len(ln.Values)-1, len(months))
		}
		for k, v := range ln.Values {
			if err := check("compare", ln.Name, k, months[ln.Start+k], v, false); err != nil {
				return nil, err
			}
		}
	}
	c := monthLines(t, legend, months)
	extras := make([]series, len(lines))
	for i, ln := range lines {
		ps := make(points, len(ln.Values))
		for k, v := range ln.Values {
			ps[k] = point{X: ln.Start + k, Y: v, Text: t.Format(v)}
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
			charts.WithLabelOpts(opts.Label{Show: opts.Bool(false)}))
		extras[i] = series{Encode: &xyEncode, EndLabel: endLabel(color), LabelLayout: &shiftY}
	}
	return marshal(&c.BaseConfiguration, c.Validate, &visitor{title: t.Title, extras: extras})
}

// lineEnd is the label at the end of a line: its last value, above its end
// and right-aligned to stay inside the chart, in the line's color on a
// veiled background that keeps it readable where shifting put it across a
// line.
type lineEnd struct {
	Show            bool   `json:"show"`
	Formatter       string `json:"formatter"`
	Color           string `json:"color"`
	FontWeight      string `json:"fontWeight"`
	Align           string `json:"align"`
	VerticalAlign   string `json:"verticalAlign"`
	Distance        int    `json:"distance"` // from the end, along the x axis (ECharts: 8)
	Padding         [2]int `json:"padding"`  // vertical, horizontal: also the room between two shifted labels
	BackgroundColor string `json:"backgroundColor"`
	BorderRadius    int    `json:"borderRadius"`
}

// endLabel is the end label of a line of color c.
func endLabel(c string) *lineEnd {
	return &lineEnd{Show: true, Formatter: textLabel, Color: c, FontWeight: "bold", Align: "right", VerticalAlign: "bottom",
		Padding: [2]int{1, 3}, BackgroundColor: "rgba(255,255,255,0.7)", BorderRadius: 2}
}

// shiftY moves the lines' end labels up or down until none overlaps
// another: every label stays shown, the base's included (hiding the
// overlapped ones would drop one of two close scenarios' figures). ECharts
// moves a line's endLabel, not a point's label: a point's label is put
// back at its point when drawn.
var shiftY = labelLayout{MoveOverlap: "shiftY", Dy: -3}
