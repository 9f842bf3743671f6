//go:build !wasm

package main

import (
	"encoding/json"
	"testing"
)

// A name means one figure in every command's -json: scenario, currency,
// target (the lever solved for), forecast (the goal's, whatever the goal)
// and required_rep_day read the same in calc, forecast and sensitivity
// wherever they stand. Sensitivity had said revenue for net new ARR's
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
