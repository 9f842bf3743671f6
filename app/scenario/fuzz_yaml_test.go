//go:build !wasm

package scenario_test

import (
	"io/fs"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// FuzzParse feeds the decoder arbitrary files, seeded from every preset and
// worked example. It must never panic; whatever it accepts must solve to
// finite numbers (or a clear error) and survive an Encode/Parse round trip.
func FuzzParse(f *testing.F) {
	names, _ := fs.Glob(scenarios.FS, "*.yaml")
	for _, n := range names {
		data, _ := fs.ReadFile(scenarios.FS, n)
		f.Add(data)
	}
	if data, err := fs.ReadFile(scenarios.FS, "outbound.yaml"); err == nil { // a node's aliases
		f.Add([]byte(strings.Replace(string(data), "  - id: opportunities\n", "  - id: opportunities\n    aliases: [Demo, 'Web 商談', デモ]\n", 1)))
	}
	examples, _ := filepath.Glob("testdata/examples/*.txtar")
	for _, file := range examples {
		ar, _ := txtar.ParseFile(file)
		for _, af := range ar.Files {
			if af.Name == "scenario.yaml" {
				f.Add(af.Data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := scenario.Parse(data, "fuzz")
		if err != nil {
			if s != nil {
				t.Fatal("Parse returned a scenario and an error")
			}
			checkRefusal(t, err)
			return
		}
		res, err := s.Result()
		if err != nil {
			t.Fatalf("Parse accepted a scenario that does not solve: %v", err)
		}
		for i := range res.Model.Len() {
			for _, p := range kpi.Periods {
				v := res.Forecast(i, p)
				x, _ := res.TargetValue(i, p)
				if math.IsNaN(v) || math.IsInf(v, 0) || math.IsNaN(x) || math.IsInf(x, 0) {
					t.Fatalf("node %d per %s: forecast %v, target %v", i, p, v, x)
				}
			}
		}
		out, err := scenario.Encode(s)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		back, err := scenario.Parse(out, "fuzz")
		if err != nil {
			t.Fatalf("Parse(Encode(s)): %v\n%s", err, out)
		}
		if !reflect.DeepEqual(back, s) {
			t.Fatalf("round trip changed the scenario:\n%s", out)
		}
	})
}
