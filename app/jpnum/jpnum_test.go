package jpnum_test

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/jpnum"
)

// digits reads plain digits with an optional decimal point, as a caller's
// reading might; commas group thousands.
func digits(s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" || strings.ContainsAny(s, "+-eEinfINFnaNA_xX") {
		return 0, errors.New("not digits")
	}
	return strconv.ParseFloat(s, 64)
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     float64
		err      bool
	}{
		{"man", "100万", 1e6, false},
		{"oku and man", "1億2,000万", 1.2e8, false},
		{"a decimal man", "1.5万", 15000, false},
		{"man and the rest", "3万5000", 35000, false},
		{"chou", "1.5兆", 1.5e12, false},
		{"sen man", "5千万", 5e7, false},
		{"hyaku man, as accounts count", "150百万", 1.5e8, false},
		{"sen alone", "千", 1000, false},
		{"sen and hundreds", "1千5百万", 1.5e7, false},
		{"sen and digits", "1千200", 1200, false},
		{"a sign", "-5万", -5e4, false},
		{"minus zero is zero", "-0万", 0, false},
		{"units out of order", "5百3千", 0, true},
		{"a unit twice", "百百", 0, true},
		{"a unit alone", "万", 0, true},
		{"a sign inside", "1万-2", 0, true},
		{"myriads out of order", "1万2億", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jpnum.Parse(tc.in, digits)
			if (err != nil) != tc.err || got != tc.want || math.Signbit(got) != (tc.want < 0) {
				t.Errorf("Parse(%q) = %v, %v; want %v (error %v)", tc.in, got, err, tc.want, tc.err)
			}
		})
	}
}

// FuzzParse: whatever the text, Parse returns a finite number or an error,
// never -0, and a text without a sign never reads below 0.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1億2,000万", "150百万", "1千5百万", "5百3千", "-0万", "千", "1.5兆", "3万5000", "万万", "1e308兆"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := jpnum.Parse(s, digits)
		if err != nil {
			if v != 0 {
				t.Fatalf("Parse(%q) = %v with error %v", s, v, err)
			}
			return
		}
		if math.IsNaN(v) || v == 0 && math.Signbit(v) || v < 0 && !strings.HasPrefix(s, "-") {
			t.Fatalf("Parse(%q) = %v", s, v)
		}
	})
}
