package scenario

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ParseValue reads a number as people write it: "40", "1,000,000",
// "1_000", "1e8", "25%" (a fraction, 0.25), and the Japanese units "100万"
// (1,000,000) and "1億" (100,000,000). A rate may be written as a
// percentage ("25%"), a fraction ("0.25", "1/3"), or odds as a trainer
// says them: "1 in 3" and "1:3" are one third. Full-width digits and
// signs ("２５％", "１／３") read as their ASCII forms.
func ParseValue(s string) (float64, error) {
	t := strings.TrimSpace(narrow(s))
	if t == "" {
		return 0, fmt.Errorf("empty value; write a number such as 25%% or 1,000,000")
	}
	bad := func() (float64, error) {
		return 0, fmt.Errorf("%q is not a number; write a number such as 25%%, 1/3 or 1,000,000", s)
	}
	// A ratio: "1/3", "1 in 3", "1:3".
	for _, sep := range []string{"/", " in ", ":"} {
		if a, b, ok := strings.Cut(t, sep); ok {
			x, err1 := plain(a)
			y, err2 := plain(b)
			if err1 != nil || err2 != nil || y == 0 || strings.ContainsAny(a+b, "%万億") || math.IsInf(x/y, 0) {
				return bad()
			}
			return x / y, nil
		}
	}
	mul := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"%", 0.01}, {"億", 1e8}, {"万", 1e4}} {
		if strings.HasSuffix(t, suf.s) {
			t, mul = strings.TrimSpace(strings.TrimSuffix(t, suf.s)), suf.m
			break
		}
	}
	v, err := plain(t)
	if err != nil {
		return bad()
	}
	if mul == 0.01 {
		return v / 100, nil // v/100 is exact where v*0.01 is not
	}
	return v * mul, nil
}

// groupMarks drops the commas and underscores that group digits. Made
// once: a Replacer builds its tables on first use, which cost more than the
// parse (three quarters of the bytes allocated reading the presets).
var groupMarks = strings.NewReplacer(",", "", "_", "")

// plain reads a number with its digits grouped by commas or underscores.
func plain(t string) (float64, error) {
	if strings.ContainsAny(t, ",_") {
		t = groupMarks.Replace(t)
	}
	t = strings.TrimSpace(t)
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("not a number")
	}
	return v, nil
}

// narrow turns full-width digits, signs and spaces (as a Japanese input
// method types them) into ASCII: "２５％" is "25%".
func narrow(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r >= '！' && r <= '～': // full-width ASCII: ％ ， ． ／ ： ＿ − ...
			return r - '！' + '!'
		case r == '　':
			return ' '
		case r == '−':
			return '-'
		}
		return r
	}, s)
}

// ParseSet reads one -set argument, "id=value", with the value as
// ParseValue reads it.
func ParseSet(arg string) (key string, v float64, err error) {
	key, raw, ok := strings.Cut(arg, "=")
	key = strings.TrimSpace(key)
	if !ok || key == "" {
		return "", 0, fmt.Errorf("-set %q: want id=value, such as close_rate=20%%", arg)
	}
	v, err = ParseValue(raw)
	if err != nil {
		return "", 0, fmt.Errorf("-set %s: %v", key, err)
	}
	return key, v, nil
}
