package chart

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// Series ids of the tornado chart.
const (
	SeriesLow  = "low"  // Tornado: the effect of moving each lever down
	SeriesHigh = "high" // Tornado: the effect of moving each lever up
)

// Bar is one lever of a tornado chart: the effect on an output (a change of
// forecast revenue, say) of moving the lever down and up. Effects may be
// negative. A note, when set, stands in for its effect: no bar, the note as
// its label, for an effect that is not a number ("not reachable").
type Bar struct {
	ID       string // the lever's id; becomes the data items' id
	Label    string // translated name, on the category axis
	Low      float64
	High     float64
	LowNote  string
	HighNote string
}

// tornadoEncode reads a tornado point: the category index (dimension 0) on
// the y axis, the effect (dimension 1) on the x axis, its label (2) and
// the tooltip's full figure (3: Text.Full).
var tornadoEncode = encode{X: intp(1), Y: intp(0), Tooltip: 3}

// tornadoRoom is how far the value axis reaches beyond the largest effect,
// before rounding: room for the label at the end of the longest bar, about
// 60 px on a 390 px phone.
const tornadoRoom = 1.75

// tornadoSide is the least share of the value axis each side of zero gets,
// however short its bars: room for their labels, and for the label of a bar
// of no effect, which sits right of zero.
const tornadoSide = 1.0 / 3

// tornadoAxis is the value axis's range for the largest effects left and
// right of zero (both ≥ 0): tornadoRoom times each, each side at least
// tornadoSide of the whole, rounded up by niceCeil; -1 to 1 without
// effects. Equal effects give an axis centred on zero.
func tornadoAxis(left, right float64) (lo, hi float64) {
	if left == 0 && right == 0 {
		return -1, 1
	}
	l, r := left*tornadoRoom, right*tornadoRoom
	const other = tornadoSide / (1 - tornadoSide) // a side's least length, as a share of the other's
	l, r = max(l, r*other), max(r, l*other)
	return -niceCeil(l), niceCeil(r)
}

// Tornado returns the option of a tornado chart: one row per lever, in the
// order given from the top down (the caller sorts, largest effect first),
// with two horizontal bars from zero, the effect of moving the lever down
// (series SeriesLow, named low, light blue) above the effect of moving it up
// (series SeriesHigh, named high, blue). low and high are the translated
// legend names ("−10 %", "+10 %"); empty, they fall back to "Low" and
// "High". The series are not stacked, so a lever whose two moves act in the
// same direction shows two bars on the same side. Each bar is labelled, past
// its end, with its effect formatted by t.Format; t.Title is the title and
// no other field of t is used.
//
// The value axis reaches a round number at least 1.75 times the largest
// effect on each side of zero, so that the end labels fit, and gives each
// side at least a third of its width, for the labels of short bars;
// equal effects each way centre it on zero, and without effects it runs
// from -1 to 1. It has grid lines but no labels, since every bar is
// labelled. The lever names stay at its left edge.
//
// A value that is NaN or infinite, without a note, is an *InputError.
func Tornado(bars []Bar, low, high string, t Text) ([]byte, error) {
	t = t.withDefaults()
	if low == "" {
		low = "Low"
	}
	if high == "" {
		high = "High"
	}
	var left, right float64 // the largest effect each side of zero
	labels := make([]string, len(bars))
	lows := make(points, len(bars))
	highs := make(points, len(bars))
	for i, b := range bars {
		labels[i] = b.Label
		lows[i] = point{ID: b.ID, X: i, Text: b.LowNote, Tip: b.LowNote}
		highs[i] = point{ID: b.ID, X: i, Text: b.HighNote, Tip: b.HighNote}
		for _, e := range []struct {
			series string
			v      float64
			p      *point
		}{{"low", b.Low, &lows[i]}, {"high", b.High, &highs[i]}} {
			if e.p.Text != "" {
				continue // a note: no bar
			}
			if err := check("tornado", e.series, i, name(b.ID, b.Label), e.v, false); err != nil {
				return nil, err
			}
			e.p.Y, e.p.Text, e.p.Tip = e.v, t.Format(e.v), t.Full(e.v)
			left, right = max(left, -e.v), max(right, e.v)
		}
	}
	lo, hi := tornadoAxis(left, right)

	c := *barProto
	fresh(&c.BaseConfiguration)
	c.SetGlobalOptions(append(common(t, []string{low, high}),
		charts.WithTooltipOpts(opts.Tooltip{
			Show: opts.Bool(true), Trigger: "axis", AxisPointer: &opts.AxisPointer{Type: "shadow"},
		}),
		// No axis labels: go-echarts would write raw numbers ("-20,000,000")
		// that collide on a phone, and the bars carry their formatted values.
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: lo, Max: hi, AxisLabel: &opts.AxisLabel{Show: opts.Bool(false)}}),
		// The first lever on top; the axis at the left edge, not at zero
		// where its names would cover the negative bars.
		charts.WithYAxisOpts(opts.YAxis{
			Type: "category", Inverse: opts.Bool(true), AxisLine: &opts.AxisLine{OnZero: opts.Bool(false)},
		}),
	)...)
	c.SetXAxis(labels).XYReversal()

	// "outside" puts a label right of a positive bar and left of a negative
	// one. On the card's white, so that a grid line it reaches over on a
	// phone (the axis's left edge, under a short bar's "-¥91.2M") passes
	// behind it, not through it.
	label := charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "outside", Formatter: textLabel,
		BackgroundColor: "#ffffff"})
	width := charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.BarMaxWidth = "28"; s.BarGap = "10%" })
	addSeries(&c.MultiSeries, types.ChartBar, low, SeriesLow, lows, label, width,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorPlanned}))
	addSeries(&c.MultiSeries, types.ChartBar, high, SeriesHigh, highs, label, width,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colorPrimary}))

	v := &visitor{title: t.Title, extras: []series{{Encode: &tornadoEncode}, {Encode: &tornadoEncode}}}
	return marshal(&c.BaseConfiguration, c.Validate, v)
}
