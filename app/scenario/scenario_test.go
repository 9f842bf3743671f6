package scenario_test

import (
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

func presets(t testing.TB) scenario.Presets {
	t.Helper()
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestPresets(t *testing.T) {
	ps := presets(t)
	if got, want := ps.IDs(), []string{"outbound", "field-sales", "inside-sales", "route-sales"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("preset ids = %v, want %v (outbound first)", got, want)
	}
	for _, s := range ps {
		t.Run(s.ID, func(t *testing.T) {
			if s.Title.Ja == "" || s.Title.En == "" || s.Description.Ja == "" || s.Description.En == "" {
				t.Error("a preset needs a title and a description in both languages")
			}
			for _, n := range s.Nodes {
				if n.Label.Ja == "" || n.Label.En == "" || n.Label.Ja == n.Label.En {
					t.Errorf("%s: label needs Japanese and English: %+v", n.ID, n.Label)
				}
				if n.Op == kpi.Lever && !(n.Max > n.Min && n.Step > 0) {
					t.Errorf("%s: a preset lever needs min < max and a step for its slider", n.ID)
				}
			}
			res, err := s.Result()
			if err != nil {
				t.Fatal(err)
			}
			act := s.Node(s.Target())
			if !act.Activity || act.Ceiling <= 0 {
				t.Errorf("%s solves for %s, which should be an activity with a ceiling", s.ID, act.ID)
			}
			if f := res.ForecastTotal(); f <= 0 || math.IsInf(f, 0) {
				t.Errorf("forecast = %v", f)
			}
		})
	}
}

// The worked examples: each testdata/examples/*.txtar holds a scenario (or
// names a preset) and the expected table: node, period, exact, target.
func TestWorkedExamples(t *testing.T) {
	files, _ := filepath.Glob("testdata/examples/*.txtar")
	if len(files) < 7 {
		t.Fatalf("found %d examples, want the 6 published ones and the default preset", len(files))
	}
	ps := presets(t)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var s *scenario.Scenario
			var want string
			for _, f := range ar.Files {
				switch f.Name {
				case "scenario.yaml":
					if s, err = scenario.Parse(f.Data, "example"); err != nil {
						t.Fatal(err)
					}
				case "preset":
					if s, err = ps.Get(strings.TrimSpace(string(f.Data))); err != nil {
						t.Fatal(err)
					}
				case "want":
					want = string(f.Data)
				}
			}
			res, err := s.Result()
			if err != nil {
				t.Fatal(err)
			}
			rows := 0
			for _, line := range strings.Split(want, "\n") {
				fs := strings.Fields(line)
				if len(fs) == 0 || strings.HasPrefix(fs[0], "#") {
					continue
				}
				rows++
				i, ok := res.Model.Index(fs[0])
				if !ok {
					t.Fatalf("no node %s", fs[0])
				}
				p, err := kpi.ParsePeriod(fs[1])
				if err != nil {
					t.Fatal(err)
				}
				wantExact, _ := strconv.ParseFloat(fs[2], 64)
				wantTarget, _ := strconv.ParseFloat(fs[3], 64)
				exact, onPath := res.Exact(i, p)
				target, _ := res.TargetValue(i, p)
				if !onPath || math.Abs(exact-wantExact) > 1e-6*math.Max(1, wantExact) || target != wantTarget {
					t.Errorf("%s per %s = %.6f, target %v under %s; want %s, target %s", fs[0], fs[1], exact, target, s.Rounding, fs[2], fs[3])
				}
			}
			if rows == 0 {
				t.Fatal("the example has no expected rows")
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	good, err := os.ReadFile("../../scenarios/outbound.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(old, new string) string {
		if !strings.Contains(string(good), old) {
			t.Fatalf("outbound.yaml has no %q", old)
		}
		return strings.Replace(string(good), old, new, 1)
	}
	lineOf := func(s, sub string) int { return strings.Count(s[:strings.Index(s, sub)], "\n") + 1 }
	for _, tc := range []struct {
		name string
		file string
		at   string // the text on the line the first error must name
		want string
	}{
		{"typo in a key", edit("    value: 25%", "    vaule: 25%"), "vaule", `close_rate.vaule: unknown key (did you mean "value"?)`},
		{"unknown top key", edit("currency: JPY", "curency: JPY"), "curency", `curency: unknown key (did you mean "currency"?)`},
		{"rate zero", edit("value: 25%", "value: 0%"), "value: 0%", "close_rate.value: must be more than 0% and at most 100%"},
		{"rate as a whole number", edit("value: 25%", "value: 25"), "value: 25", "close_rate.value: 25 is more than 100%; write a rate as a percentage (25%) or a fraction (0.25)"},
		{"negative price", edit("value: 1000000\n", "value: -1000000\n"), "value: -1000000", "unit_price.value: must be greater than 0"},
		{"not a number", edit("value: 1000000\n", "value: lots\n"), "value: lots", `unit_price.value: "lots" is not a number`},
		{"unknown child", edit("product: [close_rate, opportunities]", "product: [close_rate, opportunity]"), "product: [close_rate, opportunity]", `deals.children: "opportunity" is not a node`},
		{"both value and product", edit("    product: [close_rate, opportunities]", "    product: [close_rate, opportunities]\n    value: 3"), "value: 3", "deals: has both a value and children"},
		{"both product and sum", edit("    product: [close_rate, opportunities]", "    product: [close_rate, opportunities]\n    sum: [calls]"), "sum: [calls]", "deals: has both product and sum"},
		{"no unit", edit("    unit: rate\n    value: 25%", "    value: 25%"), "- id: close_rate", "close_rate: has no unit"},
		{"bad unit", edit("    unit: rate\n    value: 25%", "    unit: percent\n    value: 25%"), "unit: percent", "close_rate.unit: must be number, currency, count or rate"},
		{"goal node unknown", edit("node: revenue", "node: sales"), "goal:", `goal.node: "sales" is not a node`},
		{"goal period", edit("period: year", "period: week"), "goal:", "goal.period: must be year, quarter or month"},
		{"zero headcount", edit("headcount: 10", "headcount: 0"), "calendar:", "calendar.headcount: must be more than 0"},
		{"version", edit("version: 1", "version: 2"), "version: 2", "version: is 2; this kpisim reads version 1"},
		{"no version", edit("version: 1\n", ""), "title:", "version: is missing"},
		{"duplicate key", edit("currency: JPY", "currency: JPY\ncurrency: USD"), "currency: USD", "currency: appears twice"},
		{"bad currency", edit("currency: JPY", "currency: yen"), "currency: yen", "currency: must be a three-letter ISO 4217 code"},
		{"solve a computed node", edit("solve: calls", "solve: deals"), "- id: deals", "deals.solve: only a lever can be solved for"},
		{"bad rounding", edit("rounding: ceil", "rounding: up"), "rounding: up", "rounding: must be ceil, none or round"},
		{"syntax", edit("nodes:\n", "nodes:\n  - id: [\n"), "- id: [", "not valid YAML"},
		{"activity not a bool", edit("activity: true", "activity: maybe"), "activity: maybe", "calls.activity: must be true or false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scenario.Parse([]byte(tc.file), "outbound")
			if err == nil {
				t.Fatalf("Parse succeeded, want %q", tc.want)
			}
			es, ok := err.(scenario.Errors)
			if !ok || len(es) == 0 {
				t.Fatalf("error %T %v is not scenario.Errors", err, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q\nwant it to contain %q", err, tc.want)
			}
			wantLine := lineOf(tc.file, tc.at)
			found := false
			for _, e := range es {
				found = found || e.Line == wantLine
			}
			if !found {
				t.Errorf("no error names line %d (%q): %v", wantLine, tc.at, err)
			}
		})
	}
}

func TestParseEmptyAndHuge(t *testing.T) {
	for name, data := range map[string]string{
		"empty":   "",
		"a list":  "- 1\n- 2\n",
		"huge":    strings.Repeat("#", scenario.MaxFileSize+1),
		"no goal": "version: 1\nnodes: []\n",
	} {
		if _, err := scenario.Parse([]byte(data), "x"); err == nil {
			t.Errorf("%s: Parse succeeded", name)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, s := range presets(t) {
		t.Run(s.ID, func(t *testing.T) {
			data, err := scenario.Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			back, err := scenario.Parse(data, "other")
			if err != nil {
				t.Fatalf("Parse(Encode(s)): %v\n%s", err, data)
			}
			if !reflect.DeepEqual(back, s) {
				t.Errorf("Parse(Encode(s)) differs:\n got %+v\nwant %+v\n%s", back, s, data)
			}
		})
	}
}

func TestSet(t *testing.T) {
	for _, tc := range []struct {
		arg  string
		want string // error substring, or "" for success
		get  func(*scenario.Scenario) float64
		val  float64
	}{
		{"close_rate=20%", "", func(s *scenario.Scenario) float64 { return s.Node("close_rate").Value }, 0.2},
		{"close_rate=0.2", "", func(s *scenario.Scenario) float64 { return s.Node("close_rate").Value }, 0.2},
		{"unit_price=1,200,000", "", func(s *scenario.Scenario) float64 { return s.Node("unit_price").Value }, 1_200_000},
		{"unit_price=120万", "", func(s *scenario.Scenario) float64 { return s.Node("unit_price").Value }, 1_200_000},
		{"goal.value=1.2億", "", func(s *scenario.Scenario) float64 { return s.Goal.Value }, 120_000_000},
		{"calendar.headcount=12", "", func(s *scenario.Scenario) float64 { return s.Calendar.Headcount }, 12},
		{"calendar.working_days=21", "", func(s *scenario.Scenario) float64 { return s.Calendar.WorkingDays }, 21},
		{"calendar.months=6", "", func(s *scenario.Scenario) float64 { return float64(s.Calendar.Months) }, 6},
		{"close_rate=0%", "close_rate.value: must be more than 0% and at most 100%", nil, 0},
		{"close_rate=120%", "must be more than 0% and at most 100%", nil, 0},
		{"unit_price=-1", "unit_price.value: must be greater than 0", nil, 0},
		{"deals=5", "deals: is computed from its children", nil, 0},
		{"dealz=5", "dealz: is not a lever of this scenario", nil, 0},
		{"calls=abc", `"abc" is not a number`, nil, 0},
		{"calls", "want id=value", nil, 0},
		{"calendar.months=1.5", "must be a whole number", nil, 0},
		{"calendar.headcount=0", "must be more than 0", nil, 0},
		{"goal.value=0", "goal.value: must be greater than 0", nil, 0},
		{"calls=NaN", "is not a number", nil, 0},
		{"calls=1e400", "is not a number", nil, 0},
	} {
		t.Run(tc.arg, func(t *testing.T) {
			s, _ := presets(t).Get("outbound")
			before, _ := scenario.Encode(s)
			key, v, err := scenario.ParseSet(tc.arg)
			if err == nil {
				err = s.Set(key, v)
			}
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case tc.want == "":
				if got := tc.get(s); math.Abs(got-tc.val) > 1e-12 {
					t.Errorf("got %v, want %v", got, tc.val)
				}
			case err == nil || !strings.Contains(err.Error(), tc.want):
				t.Errorf("error = %v, want %q", err, tc.want)
			default:
				if after, _ := scenario.Encode(s); string(after) != string(before) {
					t.Error("a rejected value changed the scenario")
				}
			}
		})
	}
}

func TestCloneIsDeep(t *testing.T) {
	ps := presets(t)
	a, _ := ps.Get("outbound")
	a.Nodes[0].Children[0] = "changed"
	a.Nodes[1].Value = 1
	b, _ := ps.Get("outbound")
	if b.Nodes[0].Children[0] == "changed" || b.Nodes[1].Value == 1 {
		t.Error("changing one copy of a preset changed the preset")
	}
}

func BenchmarkSolvePresets(b *testing.B) {
	for _, s := range presets(b) {
		b.Run(s.ID, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Result(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseOutbound(b *testing.B) {
	data, _ := os.ReadFile("../../scenarios/outbound.yaml")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scenario.Parse(data, "outbound"); err != nil {
			b.Fatal(err)
		}
	}
}

// The browser loads scenarios/presets.json; it must say what the YAML says.
func TestPresetsJSONInStep(t *testing.T) {
	ps := presets(t)
	want, err := scenario.EncodePresets(ps)
	if err != nil {
		t.Fatal(err)
	}
	got, err := fs.ReadFile(scenarios.FS, scenario.PresetsJSON)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("scenarios/presets.json is out of step with the YAML presets: run make presets")
	}
	back, err := scenario.LoadPresetsJSON(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, ps) {
		t.Error("the JSON presets decode to other scenarios than the YAML ones")
	}
}

func TestJSONRoundTripAndErrors(t *testing.T) {
	for _, s := range presets(t) {
		data, err := scenario.EncodeJSON(s)
		if err != nil {
			t.Fatal(err)
		}
		back, err := scenario.ParseJSON(data, "x")
		if err != nil || !reflect.DeepEqual(back, s) {
			t.Errorf("%s: ParseJSON(EncodeJSON(s)) = %v, %v", s.ID, back, err)
		}
	}
	for _, tc := range []struct{ name, data, want string }{
		{"unknown key", `{"version":1,"vaule":3}`, `vaule: unknown key`},
		{"syntax", "{\n\"version\": 1,\n}", "line 3: not valid JSON"},
		{"zero rate", `{"version":1,"goal":{"node":"r","value":1},"nodes":[{"id":"r","unit":"count","product":["c","x"]},{"id":"x","unit":"rate","value":0},{"id":"c","unit":"count","value":1,"activity":true}]}`, "x.value: must be more than 0%"},
		{"trailing data", `{"version":1,"goal":{"node":"r","value":1},"nodes":[]} {}`, "unexpected data"},
		{"bad label", `{"version":1,"title":{"fr":"x"}}`, "a label is a string"},
	} {
		if _, err := scenario.ParseJSON([]byte(tc.data), "x"); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}
