//go:build !wasm

// The YAML codec is native only (the browser reads the JSON form), so these
// tests are too.

package scenario_test

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

func outbound(t *testing.T) *scenario.Scenario {
	t.Helper()
	s, err := presets(t).Get("outbound")
	if err != nil {
		t.Fatal(err)
	}
	return s.Clone()
}

// Imported actuals are part of the scenario: both file forms carry them
// and read them back equal, and the re-forecast reads them.
func TestActualsRoundTrip(t *testing.T) {
	s := outbound(t)
	data, err := os.ReadFile("../../testdata/actuals/salesforce-en.csv")
	if err != nil {
		t.Fatal(err)
	}
	res, a := s.ImportCSV(data)
	if len(res.Problems) != 0 || len(a) != 35 {
		t.Fatalf("problems %v, %d actuals", res.Problems, len(a))
	}
	if err := s.Set(scenario.KeyStartYear, 2026); err != nil {
		t.Fatal(err)
	}
	if err := s.SetActuals(a); err != nil {
		t.Fatal(err)
	}
	y, err := scenario.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(y), "actuals:\n  - {month: 2026-04, node: calls, value: 7400}") || !strings.Contains(string(y), "start_year: 2026") {
		t.Errorf("YAML:\n%s", y)
	}
	j, _ := scenario.EncodeJSON(s)
	for how, parse := range map[string]func([]byte, string) (*scenario.Scenario, error){"yaml": scenario.Parse, "json": scenario.ParseJSON} {
		in := y
		if how == "json" {
			in = j
		}
		back, err := parse(in, s.ID)
		if err != nil || !reflect.DeepEqual(back.Actuals, s.Actuals) || back.Forecast.StartYear != 2026 {
			t.Errorf("%s: %v", how, err)
		}
	}
	rf, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	if rf.Closed != 7 || rf.ActualToDate != 41e6 || rf.Answer.Plan.Months[0].Year != 2026 {
		t.Errorf("closed %d, to date %v", rf.Closed, rf.ActualToDate)
	}
}

func TestActualsErrors(t *testing.T) {
	base := "version: 1\ngoal: {node: r, value: 100}\nnodes:\n  - {id: r, unit: currency, product: [p, c]}\n  - {id: p, unit: currency, value: 10}\n  - {id: c, unit: count, value: 1, activity: true}\n"
	for _, tc := range []struct{ in, want string }{
		{"actuals: 3\n", "line 7: actuals: must be a list of {month, node, value}"},
		{"actuals:\n  - {month: 2026-13, node: c, value: 1}\n", `line 8: actuals[0].month: "2026-13" is not a month (write 2026-04, or 4)`},
		{"actuals:\n  - {month: 4, node: x, value: 1}\n", `line 8: actuals[0].node: "x" is not a node of this tree`},
		{"actuals:\n  - {month: 4, node: c, value: -1, week: 7}\n", "line 8: actuals[0].value: must be a number of 0 or more\nline 8: actuals[0].week: must be a week of the month from 1 to 5 (0 for the whole month)"},
		// A count that is no whole number, as the CSV import refuses it: 3.5
		// deals counted from a file. An amount's fraction is taken.
		{"actuals:\n  - {month: 4, node: p, value: 10.5}\n  - {month: 4, node: c, value: 3.5}\n", "line 9: actuals[1].value: c is a count: it must be a whole number"},
	} {
		_, err := scenario.Parse([]byte(base+tc.in), "x")
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q:\n got %v\nwant %s", tc.in, err, tc.want)
		}
	}
	// What the page wrote (its saved work, a link) still opens: work saved
	// before the rule is not lost.
	s, err := scenario.Parse([]byte(base), "x")
	if err != nil {
		t.Fatal(err)
	}
	js, err := scenario.EncodeJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	saved := strings.Replace(string(js), `"nodes"`, `"actuals":[{"month":"4","node":"c","value":3.5}],"nodes"`, 1)
	if _, err := scenario.OpenJSON([]byte(saved), "x"); err != nil {
		t.Errorf("saved work with 3.5 of a count is refused: %v", err)
	}
}

// The plan's settings go through the one key grammar and Set: a bad value
// is refused, naming the key, and leaves the scenario as it was.
func TestPlanKeys(t *testing.T) {
	s := outbound(t)
	for _, tc := range []struct {
		key string
		v   float64
		ok  bool
		get func(f forecast.Config) float64
	}{
		{scenario.KeyStartMonth, 1, true, func(f forecast.Config) float64 { return float64(f.StartMonth) }},
		{scenario.KeyStartMonth, 13, false, nil},
		{scenario.KeyStartMonth, 0, true, func(f forecast.Config) float64 { return float64(f.StartMonth) }}, // not set again: January taken
		{scenario.KeyStartMonth, -1, false, nil},
		{scenario.KeyStartMonth, 2.5, false, nil},
		{scenario.KeyPlanMonths, 6, true, func(f forecast.Config) float64 { return float64(f.Months) }},
		{scenario.KeyLag, 6, false, nil}, // not shorter than the 6-month plan
		{scenario.KeyLag, 2, true, func(f forecast.Config) float64 { return float64(f.LagMonths) }},
		{scenario.KeyCalendarYear, 2026, true, func(f forecast.Config) float64 { return float64(f.BusinessCalendar.Year) }},
		{scenario.KeyCalendarYear, 1900, false, nil},
		{scenario.KeyStartYear, 2027, true, func(f forecast.Config) float64 { return float64(f.StartYear) }},
		{scenario.KeyNewTeam, 1, true, func(f forecast.Config) float64 { return map[bool]float64{true: 1}[f.NewTeam] }},
		{scenario.KeyNewTeam, 0.5, false, nil},
	} {
		k, err := scenario.ParseKey(tc.key)
		if err != nil || k.String() != tc.key {
			t.Fatalf("ParseKey(%q) = %v, %v", tc.key, k, err)
		}
		before := s.Clone()
		err = s.Set(tc.key, tc.v)
		if (err == nil) != tc.ok {
			t.Errorf("Set(%s, %v) = %v", tc.key, tc.v, err)
		}
		if err != nil && !reflect.DeepEqual(before, s) {
			t.Errorf("Set(%s, %v) changed the scenario", tc.key, tc.v)
		}
		if err == nil && tc.get(s.Forecast) != tc.v {
			t.Errorf("Set(%s, %v): got %v", tc.key, tc.v, tc.get(s.Forecast))
		}
	}
	if err := s.SetSeasonality([]float64{1, 2, 3}); err == nil || s.Forecast.Seasonality != nil {
		t.Errorf("3 weights: %v", err)
	}
	if err := s.SetSeasonality([]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}); err != nil || len(s.Forecast.Seasonality) != 12 {
		t.Errorf("12 weights: %v", err)
	}
	if err := s.SetHires([]forecast.Hire{{Month: 9, Count: 1}}); err == nil {
		t.Errorf("a hire after the 6-month plan was taken")
	}
	if err := s.SetHires([]forecast.Hire{{Month: 3, Count: 2, RampMonths: 2}}); err != nil || len(s.Forecast.Hires) != 1 {
		t.Errorf("hires: %v", err)
	}
}

// The plan's year follows its actuals when it names none, or names one
// (the year running, given to a preset) that holds none of them.
func TestGuessStartYear(t *testing.T) {
	for _, c := range []struct {
		name string
		year int // the plan's start year, April start
		acts forecast.Actuals
		want int
	}{
		{"no year: the earliest actual's fiscal year", 0, forecast.Actuals{{Year: 2026, Month: 5, Node: "calls", Value: 1}, {Year: 2026, Month: 2, Node: "calls", Value: 1}}, 2025},
		{"the year holds an actual: kept", 2026, forecast.Actuals{{Year: 2027, Month: 3, Node: "calls", Value: 1}}, 2026},
		{"last year's export: last year", 2027, forecast.Actuals{{Year: 2026, Month: 4, Node: "calls", Value: 1}, {Year: 2026, Month: 10, Node: "calls", Value: 1}}, 2026},
		{"no dated actual: kept", 2026, forecast.Actuals{{Month: 4, Node: "calls", Value: 1}}, 2026},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := presets(t).Get("outbound")
			s = s.Clone()
			s.Forecast.StartYear = c.year
			s.Actuals = c.acts
			s.GuessStartYear()
			if s.Forecast.StartYear != c.want {
				t.Errorf("start year %d, want %d", s.Forecast.StartYear, c.want)
			}
		})
	}
}

// A deal export's months without a won deal read as zero within the plan
// only: a deal in November 2025 made the months to March 2026 zeros that
// the review counted as "10 actuals dated outside the plan's months".
func TestImportDealsOutsidePlan(t *testing.T) {
	s := outbound(t)
	if err := s.Set(scenario.KeyStartYear, 2026); err != nil {
		t.Fatal(err)
	}
	res, a := s.ImportCSV([]byte("Stage,Amount,Close Date\nClosed Won,500000,2025-11-12\nClosed Won,1200000,2026-04-10\nClosed Won,900000,2026-05-12\n"))
	if res.Stage == nil || res.Stage.Won != 3 {
		t.Fatalf("stage %+v", res.Stage)
	}
	var got []string
	for _, x := range a {
		got = append(got, fmt.Sprintf("%d-%02d w%d %s %v", x.Year, x.Month, x.Week, x.Node, x.Value))
	}
	want := []string{"2025-11 w0 revenue 500000", "2025-11 w0 deals 1", "2026-04 w0 revenue 1.2e+06", "2026-04 w0 deals 1",
		"2026-05 w1 revenue 0", "2026-05 w1 deals 0", "2026-05 w2 revenue 900000", "2026-05 w2 deals 1"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("actuals:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An import's limit is the engine's: a value it takes, the engine takes.
func TestImportLimitIsTheEngines(t *testing.T) {
	if actuals.MaxValue != kpi.MaxValue {
		t.Errorf("actuals.MaxValue %v, kpi.MaxValue %v", actuals.MaxValue, kpi.MaxValue)
	}
}
