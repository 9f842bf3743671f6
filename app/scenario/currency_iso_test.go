package scenario_test

import (
	"testing"

	"golang.org/x/text/currency"

	"github.com/kpisim/kpisim/app/scenario"
)

// The codes kpisim takes are those golang.org/x/text/currency knows, every
// one of the 17,576 three-letter codes: QQQ, XYZ and JYP (a typo of JPY)
// are refused, JPY, USD and an old file's DEM taken.
func TestISOCodes(t *testing.T) {
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				code := string([]rune{a, b, c})
				_, err := currency.ParseISO(code)
				if got := scenario.IsCurrency(code); got != (err == nil) {
					t.Errorf("%s: taken %v, x/text/currency knows it: %v", code, got, err == nil)
				}
				if err == nil {
					n++
				}
			}
		}
	}
	for _, tc := range []struct {
		code string
		ok   bool
	}{{"JPY", true}, {"USD", true}, {"DEM", true}, {"QQQ", false}, {"JYP", false}, {"jpy", false}, {"JP", false}, {"JPYY", false}, {"D A", false}, {"", false}} {
		if got := scenario.IsCurrency(tc.code); got != tc.ok {
			t.Errorf("%q: %v, want %v", tc.code, got, tc.ok)
		}
	}
	if n < 150 {
		t.Errorf("x/text/currency knows %d codes", n)
	}
}
