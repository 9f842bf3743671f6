package chart_test

import (
	"encoding/json"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
)

// The value axis's labels are the host's function named by Text.Axis, and
// every tooltip is drawn on the canvas (no inline styles under the CSP).
func TestAxisFormatterAndRichTextTooltips(t *testing.T) {
	text := chart.Text{Axis: "money:ja:JPY"}
	cum, err := chart.Cumulative([]chart.Month{{Label: "1月", Forecast: 1e8, Goal: 1e8}}, text)
	if err != nil {
		t.Fatal(err)
	}
	act, err := chart.Activities([]chart.Activity{{ID: "calls", Label: "架電数", Required: 41.7, Planned: 40, Ceiling: 100}}, chart.Text{Axis: "count:en"})
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		b    []byte
		want string
	}{"cumulative": {cum, "__f__money:ja:JPY__f__"}, "activities": {act, "__f__count:en__f__"}} {
		var o struct {
			YAxis []struct {
				AxisLabel struct{ Formatter string } `json:"axisLabel"`
			} `json:"yAxis"`
			Tooltip struct{ RenderMode string } `json:"tooltip"`
		}
		if err := json.Unmarshal(c.b, &o); err != nil {
			t.Fatal(err)
		}
		if len(o.YAxis) != 1 || o.YAxis[0].AxisLabel.Formatter != c.want {
			t.Errorf("%s: y axis %+v, want formatter %q", name, o.YAxis, c.want)
		}
		if o.Tooltip.RenderMode != "richText" {
			t.Errorf("%s: tooltip renderMode %q, want richText", name, o.Tooltip.RenderMode)
		}
	}
	if chart.AxisFormatter("") != "" {
		t.Error("no name should mean no formatter")
	}
}
