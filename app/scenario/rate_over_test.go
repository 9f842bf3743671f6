package scenario

import "testing"

// A rate over 1 typed without its % sign is told how to write it only
// where that way holds: a plain number of at most 100. "１２３%", "12万円%"
// and "1e+298" had been offered, each refused in turn.
func TestRateOverOne(t *testing.T) {
	for _, c := range []struct {
		name, text string
		v          float64
		fraction   string
		over       bool
	}{
		{"a percentage without its sign", "25", 25, "0.25", true},
		{"with decimals", "12.5", 12.5, "0.125", true},
		{"a fraction", "0.25", 0.25, "", false},
		{"with its sign", "25%", 25, "", false},
		{"over 100", "150", 150, "", true},
		{"full-width", "１２３", 123, "", true},
		{"full-width under 100", "２５", 25, "", true},
		{"an exponent", "1e300", 1e300, "", true},
		{"Japanese units", "1.5億", 1.5e8, "", true},
	} {
		f, over := RateOverOne(c.text, c.v)
		if f != c.fraction || over != c.over {
			t.Errorf("%s: RateOverOne(%q) = %q, %v; want %q, %v", c.name, c.text, f, over, c.fraction, c.over)
		}
	}
}
