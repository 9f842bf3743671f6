package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// What the workers draw, joined in the page, is the run the page would
// draw itself, for every preset: the scenario goes to the workers in its
// JSON form, the streams come back as bytes, in any order, from any worker.
func TestWorkerStreamsJoin(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ps {
		t.Run(s.ID, func(t *testing.T) {
			s.Forecast.Trials = 2000
			m, err := s.Model()
			if err != nil {
				t.Fatal(err)
			}
			want, err := forecast.Run(m, s.Forecast)
			if err != nil {
				t.Fatal(err)
			}
			js, err := scenario.EncodeJSON(s)
			if err != nil {
				t.Fatal(err)
			}
			page, err := forecast.NewRunner(m, s.Forecast, nil)
			if err != nil {
				t.Fatal(err)
			}
			var workers [2]streamRunner
			for k, i := range []int{5, 0, 7, 1, 6, 2, 4, 3} {
				rev, err := workers[k%2].draw(string(js), i)
				if err != nil {
					t.Fatal(err)
				}
				back, err := decodeFloats(encodeFloats(rev))
				if err != nil {
					t.Fatal(err)
				}
				if err := page.SetStreamRevenue(i, back); err != nil {
					t.Fatal(err)
				}
			}
			if got := page.Result(); !reflect.DeepEqual(got, want) {
				t.Errorf("joined: P(goal) %v, month 1 %+v\nwant: P(goal) %v, month 1 %+v",
					got.ProbGoal, got.Months[0], want.ProbGoal, want.Months[0])
			}
		})
	}
}

func TestWorkerErrors(t *testing.T) {
	var w streamRunner
	for _, tc := range []struct {
		name, json string
		stream     int
		want       string
	}{
		{"no such stream", "{}", forecast.Streams, "no stream 8: a run has 8"},
		{"negative stream", "{}", -1, "no stream -1"},
		{"not a scenario", `{"nodes": 3}`, 0, "nodes"},
		{"not JSON", `{`, 0, "ends too early"},
	} {
		if _, err := w.draw(tc.json, tc.stream); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := decodeFloats(make([]byte, 12)); err == nil {
		t.Error("12 bytes decode as float64s")
	}
}
