package chart_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/chart"
)

// The comparison chart has one line per scenario, whatever their number,
// the base drawn thicker; a NaN is refused.
func TestCompare(t *testing.T) {
	months := []string{"Apr", "May", "Jun"}
	for n := 1; n <= 4; n++ {
		var lines []chart.Line
		for i := range n {
			lines = append(lines, chart.Line{Name: string(rune('A' + i)), Base: i == 1, Values: []float64{1, 2 + float64(i), 3 + float64(i)}})
		}
		data, err := chart.Compare(lines, months, chart.Text{})
		if err != nil {
			t.Fatal(err)
		}
		var opt struct {
			Series []struct {
				ID        string `json:"id"`
				Name      string `json:"name"`
				Type      string `json:"type"`
				Data      []any  `json:"data"`
				LineStyle struct {
					Width float64 `json:"width"`
				} `json:"lineStyle"`
			} `json:"series"`
			XAxis []struct {
				Data []string `json:"data"`
			} `json:"xAxis"`
		}
		if err := json.Unmarshal(data, &opt); err != nil {
			t.Fatal(err)
		}
		if len(opt.Series) != n {
			t.Fatalf("%d lines: %d series", n, len(opt.Series))
		}
		for i, s := range opt.Series {
			if s.ID != chart.SeriesCompare(i) || s.Type != "line" || s.Name != lines[i].Name || len(s.Data) != 3 {
				t.Errorf("series %d: %+v", i, s)
			}
			if thick := s.LineStyle.Width > 3; thick != (i == 1) {
				t.Errorf("series %d width %v, base %v", i, s.LineStyle.Width, i == 1)
			}
		}
		if len(opt.XAxis) != 1 || len(opt.XAxis[0].Data) != 3 {
			t.Errorf("x axis: %+v", opt.XAxis)
		}
	}
	if _, err := chart.Compare([]chart.Line{{Name: "x", Values: []float64{math.NaN()}}}, months, chart.Text{}); err == nil {
		t.Error("a NaN was drawn")
	}
}
