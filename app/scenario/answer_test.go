//go:build !wasm

package scenario_test

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// everyScenario is every preset and every published worked example.
func everyScenario(t *testing.T) map[string]*scenario.Scenario {
	t.Helper()
	out := map[string]*scenario.Scenario{}
	for _, s := range presets(t) {
		out["preset "+s.ID] = s
	}
	files, _ := filepath.Glob("testdata/examples/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if f.Name == "scenario.yaml" {
				s, err := scenario.Parse(f.Data, "example")
				if err != nil {
					t.Fatal(err)
				}
				out[strings.TrimSuffix(filepath.Base(file), ".txtar")] = s
			}
		}
	}
	if len(out) < 10 {
		t.Fatalf("found %d scenarios, want the 4 presets and 6 published examples", len(out))
	}
	return out
}

// Where the plan has no hires, seasonality, lag or business calendar, the
// one model's answers equal the annual tree's exactly: every required
// figure of every period, the forecast, the gap and goal seek.
func TestAnswerIsTheTreeWithoutTiming(t *testing.T) {
	for name, s := range everyScenario(t) {
		t.Run(name, func(t *testing.T) {
			s = s.Clone()
			s.Forecast = forecast.Config{}
			res, err := s.Result()
			if err != nil {
				t.Fatal(err)
			}
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			same := func(what string, got, want float64) {
				t.Helper()
				if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
					t.Errorf("%s: answer %v, tree %v", what, got, want)
				}
			}
			m := res.Model
			for i := range m.Len() {
				for _, p := range kpi.Periods {
					want, on := res.Exact(i, p)
					got, on2 := a.Required(i, p)
					if on != on2 {
						t.Fatalf("%s: on path %v, tree %v", m.Node(i).ID, on2, on)
					}
					if !on {
						continue
					}
					same(m.Node(i).ID+" per "+p.String(), got, want)
					wt, _ := res.TargetValue(i, p)
					gt, _ := a.Rounded(i, p)
					if wt != gt {
						t.Errorf("%s per %s rounded: answer %v, tree %v", m.Node(i).ID, p, gt, wt)
					}
					same(m.Node(i).ID+" forecast per "+p.String(), a.Planned(i, p), res.Forecast(i, p))
				}
			}
			cal := m.Calendar()
			same("forecast", a.Forecast(), cal.Split(res.ForecastTotal(), kpi.Year))
			same("goal", a.Goal(), cal.Split(res.Goal(), kpi.Year))
			same("gap", a.Gap(), cal.Split(res.Gap(), kpi.Year))
			same("gap ratio", a.GapRatio(), res.GapRatio())
			if !a.Reachable {
				t.Fatal("not reachable")
			}
		})
	}
}

// With the presets' own plans (hires, seasonality, a sales cycle), the
// requirement is goal seek's answer for the target, and the forecast is
// the plan's revenue: one model answers both.
func TestAnswerIsGoalSeek(t *testing.T) {
	for name, s := range everyScenario(t) {
		t.Run(name, func(t *testing.T) {
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			m, _ := s.Model()
			sk, err := forecast.GoalSeek(m, s.Target(), s.Forecast)
			if err != nil && a.Reachable {
				// Out of the lever's range is still a requirement.
				if sk == nil || sk.Needed == 0 {
					t.Fatalf("goal seek: %v", err)
				}
			}
			// Goal seek answers in the lever's own span (a week's
			// opportunities); the pace is per rep per working day.
			pace := a.Pace * m.Calendar().Days(s.Node(s.Target()).Per)
			if sk != nil && sk.Needed > 0 && math.Abs(sk.Needed-pace) > 1e-9*sk.Needed {
				t.Errorf("pace %v, goal seek %v", pace, sk.Needed)
			}
			if got, want := a.Forecast(), a.Plan.Revenue*12/float64(len(a.Plan.Months)); math.Abs(got-want) > 1e-6 {
				t.Errorf("forecast %v, plan %v", got, want)
			}
			t.Logf("%s: %s", name, a)
		})
	}
}

// The pipeline before the plan is a setting: new_team: true reads, writes
// back in both formats, and moves the forecast's first months.
func TestNewTeamSetting(t *testing.T) {
	s, _ := presets(t).Get("field-sales")
	steady, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	s.Forecast.NewTeam = true
	y, err := scenario.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	j, err := scenario.EncodeJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"yaml": y, "json": j} {
		if !strings.Contains(string(data), "new_team") {
			t.Errorf("%s form lacks new_team", name)
		}
		back, err := scenario.Parse(data, "x")
		if err != nil || !back.Forecast.NewTeam {
			t.Fatalf("%s: new_team did not survive: %v", name, err)
		}
	}
	fresh, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	// A 3-month cycle: an ongoing business lands the whole year at the
	// planned pace; a new team lands nine months of it.
	if math.Abs(fresh.Forecast()-steady.Forecast()*9/12) > 1e-6 {
		t.Errorf("new team forecast %v, ongoing %v", fresh.Forecast(), steady.Forecast())
	}
}

// A planned value too small to move revenue in floating point (1e-20
// visits a rep a day) solves as 0 does: the solve read the line revenue
// follows at the planned value, where the effect rounded away, and said
// no amount of activity reaches the goal. The same for a target that is
// no activity (a close rate of 1e-20).
func TestTinyPlannedValueSolves(t *testing.T) {
	for _, c := range []struct{ preset, target string }{
		{"route-sales", "visits"},
		{"saas-revenue", "opportunities"},
		{"outbound", "close_rate"},
	} {
		at := func(v float64) *forecast.Answer {
			s, err := presets(t).Get(c.preset)
			if err != nil {
				t.Fatal(err)
			}
			s = s.Clone()
			s.Solve = c.target
			if err := s.SetTyped(c.target, v); err != nil {
				t.Fatal(err)
			}
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
		ref := at(0.5)
		for _, v := range []float64{1e-12, 1e-20, 1e-100, 1e-300} {
			a := at(v)
			if !a.Reachable {
				t.Errorf("%s: %s planned at %g: no value reaches the goal, where %g planned needs %g", c.preset, c.target, v, 0.5, ref.Pace)
				continue
			}
			if d := math.Abs(a.Pace - ref.Pace); d > 1e-9*ref.Pace {
				t.Errorf("%s: %s planned at %g needs %g, at 0.5 %g", c.preset, c.target, v, a.Pace, ref.Pace)
			}
		}
	}
}
