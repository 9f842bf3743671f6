package scenario_test

import (
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

func TestParseKey(t *testing.T) {
	for _, c := range []struct {
		in   string
		want scenario.Key
		bad  bool
	}{
		{in: "close_rate", want: scenario.Key{Field: scenario.FieldLever, ID: "close_rate"}},
		{in: "goal.value", want: scenario.Key{Field: scenario.FieldGoal}},
		{in: "calendar.headcount", want: scenario.Key{Field: scenario.FieldHeadcount}},
		{in: "calendar.working_days", want: scenario.Key{Field: scenario.FieldWorkingDays}},
		{in: "calendar.months", want: scenario.Key{Field: scenario.FieldMonths}},
		{in: "forecast.trials", want: scenario.Key{Field: scenario.FieldTrials}},
		{in: "forecast.ranges.close_rate.low", want: scenario.Key{Field: scenario.FieldRangeLow, ID: "close_rate"}},
		{in: "forecast.ranges.close_rate.high", want: scenario.Key{Field: scenario.FieldRangeHigh, ID: "close_rate"}},
		{in: "forecast.ranges.appointment_rate.of", want: scenario.Key{Field: scenario.FieldRangeOf, ID: "appointment_rate"}},
		{in: "forecast.activity_cv.calls", want: scenario.Key{Field: scenario.FieldActivityCV, ID: "calls"}},
		{in: "ceiling.calls", want: scenario.Key{Field: scenario.FieldCeiling, ID: "calls"}},
		{in: "forecast.ranges.close_rate", bad: true},
		{in: "forecast.ranges.close_rate.mid", bad: true},
		{in: "calendar.nope", bad: true},
		{in: "", bad: true},
	} {
		t.Run(c.in, func(t *testing.T) {
			k, err := scenario.ParseKey(c.in)
			if c.bad {
				if err == nil {
					t.Fatalf("ParseKey(%q) = %+v, want an error", c.in, k)
				}
				return
			}
			if err != nil || k != c.want {
				t.Fatalf("ParseKey(%q) = %+v, %v; want %+v", c.in, k, err, c.want)
			}
			if k.String() != c.in {
				t.Errorf("String() = %q, want %q", k.String(), c.in)
			}
		})
	}
}

// A rate moved to its maximum and back leaves its uncertainty as it was:
// the range is scaled from where the user set it, not from a clamped copy.
func TestSetDetourKeepsRange(t *testing.T) {
	s, _ := presets(t).Get("outbound")
	want := s.Forecast.Ranges["close_rate"]
	for _, v := range []float64{1, 0.5, 0.25} {
		if err := s.Set("close_rate", v); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.Forecast.Ranges["close_rate"]; !reflect.DeepEqual(got, want) {
		t.Errorf("range after 25%% → 100%% → 50%% → 25%% = %+v, want %+v", got, want)
	}
	// Setting a range end anchors the moves from there.
	if err := s.Set("forecast.ranges.close_rate.high", 0.40); err != nil {
		t.Fatal(err)
	}
	s.Set("close_rate", 1)
	s.Set("close_rate", 0.25)
	if got := s.Forecast.Ranges["close_rate"]; got.High != 0.40 || got.Low != want.Low {
		t.Errorf("range after a new high end and a detour = %+v", got)
	}
}

// Switching the goal's period states the same goal in the new period.
func TestSetGoalPeriod(t *testing.T) {
	s, _ := presets(t).Get("outbound")
	if err := s.SetGoalPeriod(kpi.Month); err != nil {
		t.Fatal(err)
	}
	if s.Goal.Period != kpi.Month || math.Abs(s.Goal.Value-100_000_000.0/12) > 1e-6 {
		t.Errorf("goal per month = %v (%v), want 8,333,333.33", s.Goal.Value, s.Goal.Period)
	}
	a, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(a.Goal()-100_000_000) > 1e-6 {
		t.Errorf("goal per year after the switch = %v, want 100,000,000", a.Goal())
	}
	s.SetGoalPeriod(kpi.Quarter)
	if math.Abs(s.Goal.Value-25_000_000) > 1e-6 {
		t.Errorf("goal per quarter = %v, want 25,000,000", s.Goal.Value)
	}
	if err := s.SetGoalPeriod(kpi.RepDay); err == nil {
		t.Error("a goal per rep per day was taken")
	}
}

// Values that would make a figure infinite are refused, naming the field;
// the scenario keeps its last valid value.
func TestSetRefusesNonFinite(t *testing.T) {
	for _, c := range []struct {
		key string
		v   float64
	}{
		{"goal.value", 5e-324},
		{"calendar.working_days", 5e-324},
		{"calendar.headcount", 1e-300},
		{"unit_price", 5e-324},
	} {
		t.Run(c.key, func(t *testing.T) {
			s, _ := presets(t).Get("outbound")
			before := s.Clone()
			err := s.Set(c.key, c.v)
			var ke *kpi.Error
			if !errors.As(err, &ke) {
				t.Fatalf("Set(%s, %g) = %v, want a *kpi.Error", c.key, c.v, err)
			}
			if !strings.Contains(err.Error(), strings.TrimPrefix(c.key, "")) && ke.Node == "" {
				t.Errorf("error %q does not name %s", err, c.key)
			}
			if !reflect.DeepEqual(s.Goal, before.Goal) || !reflect.DeepEqual(s.Calendar, before.Calendar) || !reflect.DeepEqual(s.Nodes, before.Nodes) {
				t.Error("a refused value changed the scenario")
			}
		})
	}
}

// A file holding a value that makes a figure infinite is refused as Set
// refuses it, naming the field and its line: 5e-324 working days a month
// opened, the page showed "+Inf" from its chart in English, and the CSVs
// wrote "+Inf" while validate said ok. A link decodes with the same rule.
func TestFileRefusesNonFinite(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/outbound.yaml") // the file itself: a wasm build embeds presets.json alone
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, from, to string
		field          string
		line           int
	}{
		{"the least working days", "working_days: 20", "working_days: 5e-324", "calendar.working_days", 16},
		{"tiny working days", "working_days: 20", "working_days: 1e-300", "calendar.working_days", 16},
		{"tiny reps", "headcount: 10", "headcount: 1e-300", "calendar.headcount", 16},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(string(data), c.from, c.to, 1)
			_, err := scenario.Parse([]byte(text), "outbound")
			var errs scenario.Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("Parse = %v, want one refusal", err)
			}
			if got := errs[0].Error(); !strings.Contains(got, fmt.Sprintf("line %d: %s", c.line, c.field)) || !strings.Contains(got, "too large or too small") {
				t.Errorf("refused with %q, want line %d naming %s", got, c.line, c.field)
			}
			s, _ := presets(t).Get("outbound")
			js, err := scenario.EncodeJSON(s)
			if err != nil {
				t.Fatal(err)
			}
			asJSON := func(kv string) string { k, v, _ := strings.Cut(kv, ": "); return `"` + k + `":` + v }
			bad := strings.Replace(string(js), asJSON(c.from), asJSON(c.to), 1)
			if bad == string(js) {
				t.Fatalf("%s is not in the JSON %s", c.from, js)
			}
			if _, err := scenario.OpenJSON([]byte(bad), "outbound"); err == nil || !strings.Contains(err.Error(), c.field) {
				t.Errorf("OpenJSON (a link, saved work) = %v, want a refusal naming %s", err, c.field)
			}
		})
	}
}
