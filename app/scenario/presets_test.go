package scenario_test

import (
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// A preset without a year gets the plan year running on the day; one with
// a year keeps it; the shared presets are not changed.
func TestPresetsDated(t *testing.T) {
	ps := presets(t)
	for _, c := range []struct {
		name  string
		now   time.Time
		start int // the preset's start month
		want  int
	}{
		{"after the start month", time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), 4, 2026},
		{"before the start month", time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC), 4, 2026},
		{"in the start month", time.Date(2027, 4, 1, 0, 0, 0, 0, time.UTC), 4, 2027},
		{"a plan from January", time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC), 0, 2027},
		{"a plan from December", time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), 12, 2025},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := ps.Get("outbound")
			s = s.Clone()
			s.Forecast.StartMonth = c.start
			got := scenario.Presets{s}.Dated(c.now)[0]
			if got.Forecast.StartYear != c.want {
				t.Errorf("start year %d, want %d", got.Forecast.StartYear, c.want)
			}
			if s.Forecast.StartYear != 0 {
				t.Error("Dated changed the preset it was given")
			}
		})
	}
	s, _ := ps.Get("outbound")
	s = s.Clone()
	s.Forecast.StartYear = 2030
	if got := (scenario.Presets{s}).Dated(time.Now())[0].Forecast.StartYear; got != 2030 {
		t.Errorf("a preset's own year became %d", got)
	}
}

// Every earlier form of a preset (earlier.json) loads, names a preset this
// build ships and differs from it: the forms old share links are read
// against.
func TestEarlierPresets(t *testing.T) {
	ps := presets(t)
	earlier, err := scenario.LoadEarlierPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range earlier {
		s, err := ps.Get(e.ID)
		if err != nil {
			t.Errorf("%s: an earlier form of a preset this build does not ship", e.ID)
			continue
		}
		a, _ := scenario.EncodeJSON(s)
		b, _ := scenario.EncodeJSON(e)
		if string(a) == string(b) {
			t.Errorf("%s: the earlier form is the shipped one", e.ID)
		}
	}
}
