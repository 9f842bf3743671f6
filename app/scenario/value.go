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
// percentage ("25%") or a fraction ("0.25").
func ParseValue(s string) (float64, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, fmt.Errorf("empty value; write a number such as 25%% or 1,000,000")
	}
	mul := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"%", 0.01}, {"％", 0.01}, {"億", 1e8}, {"万", 1e4}} {
		if strings.HasSuffix(t, suf.s) {
			t, mul = strings.TrimSpace(strings.TrimSuffix(t, suf.s)), suf.m
			break
		}
	}
	t = strings.NewReplacer(",", "", "_", "", "，", "").Replace(t)
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is not a number; write a number such as 25%% or 1,000,000", s)
	}
	if mul == 0.01 {
		return v / 100, nil // v/100 is exact where v*0.01 is not
	}
	return v * mul, nil
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
