package scenario_test

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// FuzzParseSet checks the -set parser: never a panic, never a NaN or Inf
// accepted.
func FuzzParseSet(f *testing.F) {
	for _, seed := range []string{"close_rate=20%", "close_rate=0.2", "unit_price=1,000,000", "unit_price=120万",
		"goal.value=1億", "calls=", "=3", "x=1e400", "x=-0", "x=NaN", "x=25％", "x= 1_000 ",
		"close_rate=1/3", "close_rate=1 in 3", "close_rate=1:3", "close_rate=２５％", "x=１／３", "x=1/0", "x=1e308/1e-308",
		"forecast.new_team=はい", "forecast.new_team=ＴＲＵＥ", "forecast.new_team=maybe"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		key, v, err := scenario.ParseSet(arg)
		if err != nil {
			return
		}
		if key == "" || math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseSet(%q) = %q, %v", arg, key, v)
		}
	})
}

// FuzzParseJSON does for the JSON form (the browser's decoder) what
// FuzzParse does for YAML.
func FuzzParseJSON(f *testing.F) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range ps {
		data, _ := scenario.EncodeJSON(s)
		f.Add(data)
	}
	f.Add([]byte(`{"version":1,"goal":{"node":"r","value":1e308},"nodes":[{"id":"r","unit":"count","product":["c"]},{"id":"c","unit":"count","value":1e308,"activity":true}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := scenario.ParseJSON(data, "fuzz")
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if _, err := s.Result(); err != nil {
			t.Fatalf("ParseJSON accepted a scenario that does not solve: %v", err)
		}
		out, err := scenario.EncodeJSON(s)
		if err != nil {
			t.Fatal(err)
		}
		back, err := scenario.ParseJSON(out, "fuzz")
		if err != nil || !reflect.DeepEqual(back, s) {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}

// FuzzSet checks Scenario.Set, the page's and -set's way in, with any key
// and value: never a panic; a value it takes leaves a scenario that still
// solves and plans; one it refuses leaves the scenario as it was.
func FuzzSet(f *testing.F) {
	for _, seed := range []struct {
		key string
		v   float64
	}{
		{"close_rate", 0.2}, {"goal.value", 1e8}, {"calendar.months", 6}, {"forecast.trials", 5000},
		{"forecast.ranges.close_rate.low", 0.1}, {"forecast.ranges.close_rate.high", 0.9}, {"forecast.ranges.appointment_rate.of", 7},
		{"forecast.activity_cv.calls", 0.5}, {"forecast.ranges..low", 1}, {"forecast.ranges.close_rate", 1}, {"forecast.activity_cv.", 0},
	} {
		f.Add(seed.key, seed.v)
	}
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, key string, v float64) {
		s, _ := ps.Get("outbound")
		before, _ := scenario.EncodeJSON(s)
		if err := s.Set(key, v); err != nil {
			if after, _ := scenario.EncodeJSON(s); string(after) != string(before) {
				t.Fatalf("Set(%q, %v) refused (%v) but changed the scenario", key, v, err)
			}
			return
		}
		if _, err := s.Result(); err != nil {
			t.Fatalf("Set(%q, %v) took a value that does not solve: %v", key, v, err)
		}
		if _, err := s.Plan(); err != nil {
			t.Fatalf("Set(%q, %v) took a value the plan refuses: %v", key, v, err)
		}
	})
}

// checkRefusal: every refusal is a list of problems in the file's terms.
func checkRefusal(t *testing.T, err error) {
	t.Helper()
	var es scenario.Errors
	if !errors.As(err, &es) || len(es) == 0 {
		t.Fatalf("error %T %v is not scenario.Errors", err, err)
	}
	for _, e := range es {
		if e.Rule == "" || strings.Contains(e.Rule, "Go struct") {
			t.Fatalf("a problem not in the file's terms: %+v", e)
		}
	}
}

// FuzzParseValue checks the value syntaxes: never a NaN, an infinity or -0; a
// full-width form reads as its ASCII one; "a/b", "a in b" and "a:b" are
// a ÷ b.
func FuzzParseValue(f *testing.F) {
	for _, seed := range []string{"25%", "0.25", "1/3", "1 in 3", "1:3", "２５％", "１／３", "1,000,000", "100万", "1億",
		"1e8", "-5", "1/0", "0/0", "1e308/1e-308", " 1 in 4 ", "３：４", "1.5兆", "5千万", "1億2,000万", "千", "1万2万", "150百万", "1千5百"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		v, err := scenario.ParseValue(in)
		if err != nil {
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v == 0 && math.Signbit(v) {
			t.Fatalf("ParseValue(%q) = %v", in, v)
		}
		for _, sep := range []string{"/", " in ", ":"} {
			a, b, ok := strings.Cut(in, sep)
			if !ok || strings.ContainsAny(in, "／：") {
				continue
			}
			x, err1 := scenario.ParseValue(a)
			y, err2 := scenario.ParseValue(b)
			if err1 == nil && err2 == nil && y != 0 && x/y != v && !math.IsInf(x/y, 0) {
				t.Fatalf("ParseValue(%q) = %v, want %v ÷ %v", in, v, x, y)
			}
			break
		}
	})
}
