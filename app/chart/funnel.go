package chart

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// Stage is one layer of the funnel: the required count of a node.
type Stage struct {
	ID    string // the node's id; becomes the data item's id
	Label string // translated name, drawn on the layer
	Value float64
}

// funnelItem is a funnel's data item: value is [count, text].
type funnelItem struct {
	ID        string          `json:"id,omitempty"`
	Name      string          `json:"name"`
	Value     [2]any          `json:"value"`
	ItemStyle *opts.ItemStyle `json:"itemStyle"`
}

// Funnel returns the option of a funnel of required counts, one layer per
// stage in the order given (calls, first meetings, opportunities, deals: the
// largest at the top). Widths follow the counts, from 40% of the chart for
// zero to full width for the largest, so a small last stage stays legible
// (its label, 初回商談数（アポ）, fits inside it on a phone);
// each layer shows its label and its count formatted by t.Format. The one
// series has the id SeriesRequired and the name t.Required.
//
// A count that is NaN, infinite or negative is an *InputError.
func Funnel(stages []Stage, t Text) ([]byte, error) {
	t = t.withDefaults()
	items := make([]funnelItem, len(stages))
	largest := 0.0
	for i, s := range stages {
		if err := check("funnel", "value", i, name(s.ID, s.Label), s.Value, true); err != nil {
			return nil, err
		}
		largest = max(largest, s.Value)
		items[i] = funnelItem{
			ID: s.ID, Name: s.Label, Value: [2]any{s.Value, t.Format(s.Value)},
			ItemStyle: &opts.ItemStyle{Color: funnelColors[i%len(funnelColors)]},
		}
	}

	c := *funnelProto
	fresh(&c.BaseConfiguration)
	c.SetGlobalOptions(
		charts.WithColorsOpts(palette),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false), Data: []string{}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
	)
	top := "8"
	if t.Title != "" {
		top = "40"
	}
	addSeries(&c.MultiSeries, types.ChartFunnel, t.Required, SeriesRequired, items,
		charts.WithLabelOpts(opts.Label{
			Show: opts.Bool(true), Position: "inside", Color: "#fff", Formatter: "{b}\n{@[1]}",
		}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) {
			s.Sort = "none" // keep the process order
			s.Left, s.Right, s.Top, s.Bottom = "4%", "4%", top, "8"
		}),
	)
	v := &visitor{title: t.Title, extras: []series{{
		Encode:  &encode{Value: intp(0), Tooltip: 1},
		Max:     &largest,
		MinSize: "40%",
		MaxSize: "100%",
		Gap:     2,
	}}}
	return marshal(&c.BaseConfiguration, c.Validate, v)
}

// name identifies an input item in an error: its id, else its label.
func name(id, label string) string {
	if id != "" {
		return id
	}
	return label
}
