//go:build !wasm

package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/scenario"
)

// A name means one figure in every command's -json: scenario, currency,
// target (the lever solved for), forecast (the goal's, whatever the goal;
// per year in calc and over the plan in the others, one figure for these
// plans of twelve months: TestJSONPlanNotAYear) and required_rep_day read
// the same in calc, forecast and sensitivity wherever they stand. Sensitivity had said revenue for net new ARR's
// forecast and required for what forecast calls required_rep_day (its
// required is over the plan), and calc solve for target: those older
// names stay beside the new ones, with the same figures, for the scripts
// that read them.
func TestJSONNamesAgree(t *testing.T) {
	for _, c := range everyScenario(t) {
		t.Run(c.name, func(t *testing.T) {
			out := map[string]map[string]any{}
			for _, cmd := range []string{"calc", "forecast", "sensitivity"} {
				var m map[string]any
				if err := json.Unmarshal([]byte(mustRun(t, cmd, "-json", c.arg)), &m); err != nil {
					t.Fatal(err)
				}
				out[cmd] = m
			}
			shared := []struct {
				name string
				in   []string
			}{
				{"scenario", []string{"calc", "forecast", "sensitivity"}},
				{"currency", []string{"calc", "forecast", "sensitivity"}},
				{"target", []string{"calc", "forecast", "sensitivity"}},
				{"forecast", []string{"calc", "forecast", "sensitivity"}},
				{"required_rep_day", []string{"forecast", "sensitivity"}},
			}
			for _, s := range shared {
				first := out[s.in[0]][s.name]
				if first == nil && s.name == "required_rep_day" && !activityTarget(t, c.s) {
					for _, cmd := range s.in {
						if got, ok := out[cmd][s.name]; ok {
							t.Errorf("%s -json has %s %v: %s is no activity", cmd, s.name, got, out[cmd]["target"])
						}
					}
					continue
				}
				if first == nil {
					t.Errorf("%s -json has no %s", s.in[0], s.name)
					continue
				}
				for _, cmd := range s.in[1:] {
					if got := out[cmd][s.name]; !sameJSONValue(got, first) {
						t.Errorf("%s is %v in %s -json, %v in %s -json", s.name, got, cmd, first, s.in[0])
					}
				}
			}
			older := []struct{ cmd, old, name string }{
				{"calc", "solve", "target"},
				{"sensitivity", "revenue", "forecast"},
				{"sensitivity", "required", "required_rep_day"},
			}
			for _, o := range older {
				if o.name == "required_rep_day" && out[o.cmd][o.name] == nil {
					continue // no activity: required is the target's value
				}
				if got, want := out[o.cmd][o.old], out[o.cmd][o.name]; want == nil || !sameJSONValue(got, want) {
					t.Errorf("%s -json's %s is %v, its %s %v", o.cmd, o.old, got, o.name, want)
				}
			}
		})
	}
}

// sameJSONValue compares two decoded JSON values: numbers within the
// twelve digits -json writes, anything else exactly.
func sameJSONValue(a, b any) bool {
	x, okx := a.(float64)
	y, oky := b.(float64)
	if okx && oky {
		return same(x, y)
	}
	return a == b
}

// TestJSONPlanNotAYear: with a plan of 24 months, forecast and sensitivity
// count `forecast` over the plan (forecast's `goal` beside it), calc per
// year (its `goal.per_year` and `gap` beside it), and calc's text and the
// page (report.Table.PlanSpan) say both. A user read calc's ¥359,100,000
// and forecast's ¥718,200,000 for one file with nothing to say why.
func TestJSONPlanNotAYear(t *testing.T) {
	set := []string{"-set", "forecast.months=24"}
	decode := func(cmd string) map[string]any {
		var m map[string]any
		if err := json.Unmarshal([]byte(mustRun(t, append(append([]string{cmd, "-json"}, set...), "outbound")...)), &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	calc, fc, sens := decode("calc"), decode("forecast"), decode("sensitivity")
	plan, _ := fc["forecast"].(float64)
	if got := sens["forecast"]; !sameJSONValue(got, plan) {
		t.Errorf("sensitivity's forecast %v, forecast's %v: both are over the plan", got, plan)
	}
	year, _ := calc["forecast"].(float64)
	if !same(year, plan*12/24) || year == 0 {
		t.Errorf("calc's forecast %v is not forecast's %v per year", year, plan)
	}
	goal := calc["goal"].(map[string]any)["per_year"].(float64)
	if g, _ := fc["goal"].(float64); !same(g, goal*2) {
		t.Errorf("forecast's goal %v, calc's per year %v: the plan is two years", g, goal)
	}
	if gap, _ := calc["gap"].(float64); !same(gap, year-goal) {
		t.Errorf("calc's gap %v is not its forecast %v minus its goal %v", gap, year, goal)
	}
	for _, c := range []struct{ lang, want string }{
		{"en", "Per year: the plan's 24 months scaled to twelve. Over the 24 months, the forecast is ¥"},
		{"ja", "1年あたりの値です（計画の24か月を12か月に換算）。24か月全体では予測"},
	} {
		out := mustRun(t, append(append([]string{"calc", "-lang", c.lang}, set...), "outbound")...)
		if !strings.Contains(strings.Join(strings.Fields(out), " "), c.want) {
			t.Errorf("calc -lang %s does not say the plan's span (%q):\n%s", c.lang, c.want, out)
		}
	}
	if out := mustRun(t, "calc", "-lang", "en", "outbound"); strings.Contains(out, "scaled to twelve") {
		t.Errorf("a plan of 12 months says it is scaled:\n%s", out)
	}
}

// activityTarget says whether the scenario's lever solved for is an
// activity, whose requirement has a pace per rep per day.
func activityTarget(t *testing.T, s *scenario.Scenario) bool {
	t.Helper()
	a, err := s.Answer()
	if err != nil {
		t.Fatal(err)
	}
	return a.Tree.Model.Node(a.Target).Activity
}

// TestRequiredRepDayOnlyActivity: required_rep_day is a pace per rep per
// working day, so forecast and sensitivity give it only where the lever
// solved for is an activity. Velocity solves for the opportunities its
// pipeline must hold, a level: its required_rep_day had read 60, the level
// itself, in -json and in every month of -csv.
func TestRequiredRepDayOnlyActivity(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		activity     bool
	}{
		{"a level", "velocity", false},
		{"an activity", "outbound", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, cmd := range []string{"forecast", "sensitivity"} {
				var m map[string]any
				if err := json.Unmarshal([]byte(mustRun(t, cmd, "-json", c.preset)), &m); err != nil {
					t.Fatal(err)
				}
				if _, ok := m["required_rep_day"]; ok != c.activity {
					t.Errorf("%s -json %s: required_rep_day given %v, want %v", cmd, c.preset, ok, c.activity)
				}
				months, _ := m["months"].([]any)
				for _, mo := range months {
					if _, ok := mo.(map[string]any)["required_rep_day"]; ok != c.activity {
						t.Fatalf("%s -json %s: a month's required_rep_day given %v, want %v", cmd, c.preset, ok, c.activity)
					}
				}
			}
			rows := strings.Split(strings.TrimSpace(mustRun(t, "forecast", "-csv", c.preset)), "\n")
			head := strings.Split(rows[0], ",")
			col := slices.Index(head, "required_rep_day")
			if col < 0 {
				t.Fatalf("forecast -csv has no required_rep_day column: %s", rows[0])
			}
			for _, r := range rows[1:] {
				if cell := strings.Split(r, ",")[col]; (cell != "") != c.activity {
					t.Fatalf("forecast -csv %s: required_rep_day %q in %s", c.preset, cell, r)
				}
			}
		})
	}
}
