package chart

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// Activity is one activity lever, per rep per working day.
type Activity struct {
	ID       string // the lever's id; becomes the data items' id
	Label    string // translated name, on the x axis
	Required float64
	Planned  float64
	Ceiling  float64 // the most one rep can do in a day; 0 means no limit
	OffPath  bool    // not on the solve path: nothing is required of it, and its required bar reads nothing (not "0")
	// RequiredText and PlannedText are the bars' labels as the page's
	// table and fields write the values (108.4, ¥1,923,077); empty: Text's
	// Format, which reads 108 and ¥1.92M, below what is required.
	RequiredText, PlannedText string
}

// Activities returns the option of a bar chart with one category per
// activity lever and two bars in each: the required activity (series
// SeriesRequired) and the planned one (series SeriesPlanned), each labelled
// with its value formatted by t.Format. Each lever with a ceiling gets a
// dashed line at that ceiling, a markLine of the required series named
// "<t.Ceiling> <value>" (prefixed with the levers' labels when not every
// lever has it: ceilingLines). A bar beyond its lever's ceiling is red and its label
// starts with t.Over. The value axis runs from 0 to a round number at least
// 110% of the largest bar or ceiling (ECharts leaves markLines out of its
// axis range), so that every ceiling line is in view.
//
// A value that is NaN, infinite or negative is an *InputError.
func Activities(acts []Activity, t Text) ([]byte, error) {
	t = t.withDefaults()
	top := 0.0
	for i, a := range acts {
		n := name(a.ID, a.Label)
		if err := check("activities", "required", i, n, a.Required, true); err != nil {
			return nil, err
		}
		if err := check("activities", "planned", i, n, a.Planned, true); err != nil {
			return nil, err
		}
		if err := check("activities", "ceiling", i, n, a.Ceiling, true); err != nil {
			return nil, err
		}
		top = max(top, a.Required, a.Planned, a.Ceiling)
	}

	labels := make([]string, len(acts))
	required := make(points, len(acts))
	planned := make(points, len(acts))
	red := &opts.ItemStyle{Color: colorOver}
	bar := func(i int, a Activity, v float64, text string) point {
		if text == "" {
			text = t.Format(v)
		}
		p := point{ID: a.ID, X: i, Y: v, Text: text}
		if a.Ceiling > 0 && v > a.Ceiling {
			p.Text = t.Over + " " + p.Text
			p.ItemStyle = red
		}
		return p
	}
	for i, a := range acts {
		labels[i] = a.Label
		required[i] = bar(i, a, a.Required, a.RequiredText)
		if a.OffPath {
			required[i].Text = ""
		}
		planned[i] = bar(i, a, a.Planned, a.PlannedText)
	}
	ceilings := ceilingLines(acts, t)

	c := *barProto
	fresh(&c.BaseConfiguration)
	c.SetGlobalOptions(append(common(t, []string{t.Required, t.Planned}),
		charts.WithTooltipOpts(opts.Tooltip{
			Show: opts.Bool(true), Trigger: "axis", AxisPointer: &opts.AxisPointer{Type: "shadow"},
		}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: 0, Max: niceCeil(top * 1.1), AxisLabel: t.axisLabel()}),
	)...)
	c.SetXAxis(labels)

	label := charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "top", Formatter: textLabel})
	width := charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.BarMaxWidth = "56" })
	addSeries(&c.MultiSeries, types.ChartBar, t.Required, SeriesRequired, required, label, width,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorPrimary}))
	addSeries(&c.MultiSeries, types.ChartBar, t.Planned, SeriesPlanned, planned, label, width,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorPlanned}))

	v := &visitor{title: t.Title, extras: []series{
		{Encode: &xyEncode, MarkLine: &markLine{
			Silent: true,
			Symbol: [2]string{"none", "none"},
			Label:  &opts.Label{Show: opts.Bool(true), Position: "insideEndTop", Formatter: "{b}", Color: colorCeiling},
			LineStyle: &opts.LineStyle{
				Color: colorCeiling, Width: 1.5, Type: "dashed",
			},
			Data:                    ceilings,
			AnimationDuration:       animEnter,
			AnimationDurationUpdate: animUpdate,
		}},
		{Encode: &xyEncode},
	}}
	return marshal(&c.BaseConfiguration, c.Validate, v)
}

// ceilingLines are the activities' ceilings, one dashed line for each
// value: levers that share one (two daily activities at the default 100)
// share its line, which the line's name says. It is "<t.Ceiling> <value>"
// where every lever has that ceiling, and otherwise starts with the
// levers' labels, "Calls / Emails Ceiling 100", or with the first and how
// many more, "Branch 1 calls +19 Ceiling 100": twenty lines at 100 had
// written their names over one another.
func ceilingLines(acts []Activity, t Text) []markLineItem {
	lines := make([]markLineItem, 0, len(acts))
	var names [][]string
	for _, a := range acts {
		if a.Ceiling <= 0 {
			continue
		}
		i := slices.IndexFunc(lines, func(l markLineItem) bool { return l.YAxis == a.Ceiling })
		if i < 0 {
			i = len(lines)
			lines = append(lines, markLineItem{YAxis: a.Ceiling})
			names = append(names, nil)
		}
		names[i] = append(names[i], a.Label)
	}
	for i := range lines {
		n := t.Ceiling + " " + t.Format(lines[i].YAxis)
		switch who := names[i]; {
		case len(who) == len(acts):
		case len(who) <= 2:
			n = strings.Join(who, " / ") + " " + n
		default:
			n = fmt.Sprintf("%s +%d %s", who[0], len(who)-1, n)
		}
		lines[i].Name = n
	}
	return lines
}

// niceCeil rounds x up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a
// power of ten: an axis maximum ECharts divides into round ticks. It is 1
// for x ≤ 0.
func niceCeil(x float64) float64 {
	if x <= 0 {
		return 1
	}
	// Candidates are m × 10^(e-1) for m in 10…100, computed from integers
	// so that 1.2 is the float 1.2, not 1.2000000000000002.
	e := int(math.Floor(math.Log10(x))) - 1
	scale := math.Pow10(abs(e))
	v := 0.0
	for _, m := range [...]float64{10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100} {
		v = m * scale
		if e < 0 {
			v = m / scale
		}
		if v >= x {
			break
		}
	}
	return v
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}
