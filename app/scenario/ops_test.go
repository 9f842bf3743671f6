package scenario_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/scenario"
)

func TestValueSyntaxes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"25%", 0.25}, {"0.25", 0.25}, {"1/4", 0.25}, {"1 in 4", 0.25}, {"1:4", 0.25},
		{"２５％", 0.25}, {"１／４", 0.25}, {"０．２５", 0.25}, {"1 in 3", 1.0 / 3}, {"1/3", 1.0 / 3},
		{"3,000 / 4", 750}, {"１，０００，０００", 1e6}, {"１００万", 1e6}, {"−5", -5},
	} {
		got, err := scenario.ParseValue(tc.in)
		if err != nil || math.Abs(got-tc.want) > 1e-15 {
			t.Errorf("ParseValue(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"1/0", "1/", "/3", "1 in", "25%/2", "1:2:3", "a/b", "1/NaN", "1e400/1"} {
		if v, err := scenario.ParseValue(in); err == nil {
			t.Errorf("ParseValue(%q) = %v, want an error", in, v)
		}
	}
}
