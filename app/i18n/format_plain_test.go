package i18n_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

func TestPlain(t *testing.T) {
	for _, c := range []struct {
		name string
		v    float64
		want string
	}{
		{"a year added up month by month", 99999999.99999996, "100000000"},
		{"a tenth under the goal's", 86400000.00000001, "86400000"},
		{"a swing just under", 19199999.999999985, "19200000"},
		{"a third to 12 significant digits", 1.0 / 3, "0.333333333333"},
		{"a ratio", -0.16666666666666666, "-0.166666666667"},
		{"exact money keeps its digits", 1041666.6666666666, "1041666.66667"},
		{"a whole number", 288000000, "288000000"},
		{"small but not noise", 4.1666666666666664e-05, "0.0000416666666667"},
		{"never -0", math.Copysign(0, -1), "0"},
		{"a negative figure", -20000000.000000004, "-20000000"},
		{"the largest goal keeps every digit", 999999999999999, "999999999999999"},
		{"the largest goal added up month by month", 999999999999999.1, "999999999999999"},
		{"its month keeps its whole units and a tenth", 999999999999999.0 / 12, "83333333333333.3"},
		{"its working day", 999999999999999.0 / 240, "4166666666666.7"},
		{"a rep's day of it", 999999999999999.0 / 2400, "416666666666.7"},
		{"just under a tenth of a trillion, 12 digits", 99999999999.99999, "100000000000"},
		{"a half rounds up, as the text's money", 100000000000000.5, "100000000000001"},
		{"a negative half rounds away from zero", -100000000000000.5, "-100000000000001"},
		{"noise above a trillion", 2000000000000.0002, "2000000000000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := i18n.Plain(c.v); got != c.want {
				t.Errorf("Plain(%v) = %q, want %q", c.v, got, c.want)
			}
		})
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got := i18n.Tidy(v); !(math.IsNaN(got) && math.IsNaN(v)) && got != v {
			t.Errorf("Tidy(%v) = %v, want it as it is", v, got)
		}
	}
	if got := i18n.Tidy(math.Copysign(0, -1)); math.Signbit(got) {
		t.Error("Tidy(-0) is -0")
	}
}
