package chart_test

import (
	"encoding/json"
	"math"
	"slices"
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

// Each line's points sit at its own months of the shared axis, from its
// Start, and nowhere else; every line's end label is shown and shifted off
// the others, never hidden.
func TestCompareCalendar(t *testing.T) {
	for _, c := range []struct {
		name   string
		months []string
		lines  []chart.Line
		want   [][]int // each series' x positions
	}{
		{"same calendar", []string{"Apr 2026", "May 2026", "Jun 2026"},
			[]chart.Line{{Name: "A", Base: true, Values: []float64{1, 2, 3}}, {Name: "B", Values: []float64{1, 3, 4}}},
			[][]int{{0, 1, 2}, {0, 1, 2}}},
		{"different start month", []string{"Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026"},
			[]chart.Line{{Name: "A", Base: true, Start: 3, Values: []float64{1, 2}}, {Name: "B", Values: []float64{1, 2, 3, 4, 5}}},
			[][]int{{3, 4}, {0, 1, 2, 3, 4}}},
		{"different years", []string{"Nov 2025", "Dec 2025", "Nov 2026", "Dec 2026"},
			[]chart.Line{{Name: "A", Values: []float64{1, 2}}, {Name: "B", Base: true, Start: 2, Values: []float64{3, 4}}},
			[][]int{{0, 1}, {2, 3}}},
		{"different lengths", []string{"Apr", "May", "Jun", "Jul"},
			[]chart.Line{{Name: "A", Base: true, Values: []float64{1, 2}}, {Name: "B", Values: []float64{1, 2, 3, 4}}, {Name: "C", Start: 1, Values: []float64{5, 6}}},
			[][]int{{0, 1}, {0, 1, 2, 3}, {1, 2}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, err := chart.Compare(c.lines, c.months, chart.Text{})
			if err != nil {
				t.Fatal(err)
			}
			var opt struct {
				Series []struct {
					Data []struct {
						Value []any           `json:"value"`
						Label json.RawMessage `json:"label"`
					} `json:"data"`
					EndLabel struct {
						Show      bool   `json:"show"`
						Formatter string `json:"formatter"`
						Color     string `json:"color"`
					} `json:"endLabel"`
					LineStyle struct {
						Color string `json:"color"`
					} `json:"lineStyle"`
					LabelLayout struct {
						MoveOverlap string `json:"moveOverlap"`
						HideOverlap bool   `json:"hideOverlap"`
					} `json:"labelLayout"`
				} `json:"series"`
				XAxis []struct {
					Data []string `json:"data"`
				} `json:"xAxis"`
			}
			if err := json.Unmarshal(data, &opt); err != nil {
				t.Fatal(err)
			}
			if len(opt.XAxis) != 1 || !slices.Equal(opt.XAxis[0].Data, c.months) {
				t.Errorf("x axis %+v, want %q", opt.XAxis, c.months)
			}
			if len(opt.Series) != len(c.want) {
				t.Fatalf("%d series, want %d", len(opt.Series), len(c.want))
			}
			for i, s := range opt.Series {
				var xs []int
				for k, d := range s.Data {
					x, _ := d.Value[0].(float64)
					xs = append(xs, int(x))
					if y, _ := d.Value[1].(float64); y != c.lines[i].Values[k] {
						t.Errorf("series %d point %d: y %v, want %v", i, k, d.Value[1], c.lines[i].Values[k])
					}
					if d.Label != nil {
						t.Errorf("series %d point %d: label %s besides the end label", i, k, d.Label)
					}
				}
				if !slices.Equal(xs, c.want[i]) {
					t.Errorf("series %d at %v, want %v", i, xs, c.want[i])
				}
				if !s.EndLabel.Show || s.EndLabel.Formatter != "{@[2]}" || s.EndLabel.Color != s.LineStyle.Color {
					t.Errorf("series %d: end label %+v, want the last value as formatted, in %s", i, s.EndLabel, s.LineStyle.Color)
				}
				if s.LabelLayout.MoveOverlap != "shiftY" || s.LabelLayout.HideOverlap {
					t.Errorf("series %d: label layout %+v, want the labels shifted, not hidden", i, s.LabelLayout)
				}
			}
		})
	}
	for _, ln := range []chart.Line{{Name: "past the end", Start: 1, Values: []float64{1, 2, 3}}, {Name: "before", Start: -1, Values: []float64{1}}} {
		if _, err := chart.Compare([]chart.Line{ln}, []string{"Apr", "May", "Jun"}, chart.Text{}); err == nil {
			t.Errorf("%s: a line off the axis was drawn", ln.Name)
		}
	}
}
