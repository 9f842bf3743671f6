package scenario_test

import (
	"errors"
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

func TestParseTyped(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"1億", 1e8}, {"1,000万", 1e7}, {"12.5万", 125_000}, {"¥1,000,000", 1e6}, {"￥1,000,000", 1e6},
		{"1,000,000円", 1e6}, {"JPY 1,000,000", 1e6}, {"１２３", 123}, {"２５％", 0.25}, {"25%", 0.25},
		{"１，０００", 1000}, {" 40 ", 40}, {"１．５", 1.5}, {"１億", 1e8}, {"150百万円", 1.5e8}, {"1,500百万円", 1.5e9},
		// Counters go as 円 does; odds as a trainer says them.
		{"４０件", 40}, {"3人", 3}, {"120社", 120}, {"1 in 4", 0.25}, {"1in4", 0.25}, {"4件に1件", 0.25}, {"４人に１人", 0.25},
		// One cell copied from a spreadsheet ends with its line break.
		{"7400\n", 7400}, {"\t7400\r\n", 7400}, {"1 000 000", 1e6},
	} {
		got, err := scenario.ParseTyped(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseTyped(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "abc", "¥", "1..2", "件", "0に1", "1に"} {
		if _, err := scenario.ParseTyped(bad); err == nil {
			t.Errorf("ParseTyped(%q) read a number", bad)
		}
	}
	// A column or a row pasted from a spreadsheet is several values, not
	// one joined (it read 740,079,007,600 calls).
	for _, several := range []string{"7400\n7900\n7600\n", "6000000\t6\t24", "40\r\n45", "４０\n４５"} {
		if _, err := scenario.ParseTyped(several); !errors.Is(err, scenario.ErrSeveral) {
			t.Errorf("ParseTyped(%q): %v, want ErrSeveral", several, err)
		}
		if _, _, err := scenario.ParseField(several); scenario.TypedCode(err) != kpi.Several {
			t.Errorf("ParseField(%q): %v, want several values", several, err)
		}
	}
	// Past a float64: too large, not "not a number".
	for _, big := range []string{"1e309", "-1e309", "1e400%"} {
		if _, err := scenario.ParseTyped(big); !errors.Is(err, scenario.ErrTooLarge) {
			t.Errorf("ParseTyped(%q): %v, want ErrTooLarge", big, err)
		}
	}
}

// Ratio tells odds, which are a fraction in any field, from a number in
// the field's unit.
func TestRatio(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"1/3", true}, {"1 in 3", true}, {"1in3", true}, {"1:3", true}, {"3に1", true}, {"１／３", true},
		{"33.3", false}, {"25%", false}, {"100万", false}, {"", false},
	} {
		if got := scenario.Ratio(c.in); got != c.want {
			t.Errorf("Ratio(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// ParseField reads a field in the unit shown: a % is that unit, odds are
// a fraction, and a number past any limit is the largest of its sign.
func TestParseField(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     float64
		fraction bool
	}{
		{"plain", "25", 25, false},
		{"percent sign", "25%", 25, false},
		{"full-width percent", "２５％", 25, false},
		{"myriad", "100万", 1e6, false},
		{"odds", "1/4", 0.25, true},
		{"odds in words", "1 in 4", 0.25, true},
		// A rate in 歩合, as Japanese sales teams say one.
		{"2割", "2割", 0.2, true},
		{"2割5分", "2割5分", 0.25, true},
		{"full-width ２割", "２割", 0.2, true},
		{"3分", "3分", 0.03, true},
		{"1割2分5厘", "1割2分5厘", 0.125, true},
		{"2.5割", "2.5割", 0.25, true},
		{"too large", "1e309", math.MaxFloat64, false},
		{"too small", "-1e309", -math.MaxFloat64, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			v, fraction, err := scenario.ParseField(c.in)
			if err != nil || v != c.want || fraction != c.fraction {
				t.Errorf("ParseField(%q) = %v, %v, %v; want %v, %v", c.in, v, fraction, err, c.want, c.fraction)
			}
		})
	}
	for _, bad := range []string{"abc", "割", "5分2割", "2割2割", "-2割", "2割x", "1万2割", "25%%", "２５％％", "25%％"} {
		if _, _, err := scenario.ParseField(bad); err == nil {
			t.Errorf("ParseField(%q) read a number", bad)
		}
	}
}

// A typed value beyond a lever's slider widens it when the engine can use
// it, and is refused with the unit's rule when it cannot.
func TestSetTyped(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ps.Get("outbound")
	// An enterprise deal: ¥20,000,000 beyond the slider's ¥5,000,000.
	if err := s.SetTyped("unit_price", 20_000_000); err != nil {
		t.Fatalf("a deal of ¥20M is refused: %v", err)
	}
	n := s.Node("unit_price")
	if n.Value != 20_000_000 || n.Max < 20_000_000 || n.Min > 100_000 {
		t.Errorf("unit_price = %v in [%v, %v]; want the range widened to hold 20M", n.Value, n.Min, n.Max)
	}
	// Below the slider's minimum: the range reaches down to 0.
	if err := s.SetTyped("unit_price", 50_000); err != nil || s.Node("unit_price").Min > 50_000 {
		t.Errorf("¥50,000: %v, min %v", err, s.Node("unit_price").Min)
	}
	// A rate over 100 % is refused by its rule, and nothing changes.
	before := *s.Node("close_rate")
	err = s.SetTyped("close_rate", 1.5)
	var ke *kpi.Error
	if !errors.As(err, &ke) || ke.Code != kpi.RateRange {
		t.Errorf("a close rate of 150%% gave %v; want the rate's rule", err)
	}
	if got := *s.Node("close_rate"); got.Value != before.Value || got.Max != before.Max {
		t.Errorf("a refused value changed the lever: %+v, was %+v", got, before)
	}
	// A negative count is refused.
	if err := s.SetTyped("calls", -5); err == nil {
		t.Error("-5 calls accepted")
	}
	// Within the range it is Set.
	if err := s.SetTyped("close_rate", 0.3); err != nil || s.Node("close_rate").Value != 0.3 {
		t.Errorf("30%%: %v", err)
	}
	// A typo put right narrows the slider back to where it was: calls
	// 1e15, then 40 (the slider stayed 0 to 10^15, and the tornado's bars
	// went with it).
	calls := *s.Node("calls")
	for _, v := range []float64{1e15, 3e14, 40} {
		if err := s.SetTyped("calls", v); err != nil {
			t.Fatalf("calls %v: %v", v, err)
		}
	}
	if got := *s.Node("calls"); got.Value != 40 || got.Min != calls.Min || got.Max != calls.Max {
		t.Errorf("calls back at 40 in [%v, %v], want [%v, %v]", got.Min, got.Max, calls.Min, calls.Max)
	}
	// A value still beyond the first ends keeps the range wide enough.
	if err := s.SetTyped("unit_price", 8_000_000); err != nil || s.Node("unit_price").Max < 8_000_000 {
		t.Errorf("¥8,000,000 after ¥20,000,000: %v, max %v", err, s.Node("unit_price").Max)
	}
	if err := s.SetTyped("unit_price", 1_000_000); err != nil || s.Node("unit_price").Max != 5_000_000 || s.Node("unit_price").Min != 100_000 {
		t.Errorf("¥1,000,000: %v, range [%v, %v], want the preset's [100,000, 5,000,000]", err, s.Node("unit_price").Min, s.Node("unit_price").Max)
	}
	// Ends set by hand in the editor after a widening stay as set.
	if err := s.SetTyped("calls", 500); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRange("calls", scenario.EditMax, 800); err != nil {
		t.Fatal(err)
	}
	if err := s.SetTyped("calls", 40); err != nil || s.Node("calls").Max != 800 {
		t.Errorf("calls 40 after a max of 800 set by hand: %v, max %v", err, s.Node("calls").Max)
	}
}
