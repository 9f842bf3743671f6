// Package jpnum reads a number written in Japanese units, as Japanese
// accounts and people write amounts: 1億2,000万 (120,000,000), 5千万
// (50,000,000), 150百万 (150,000,000, the millions of yen accounts count
// in), 1.5兆, 3万5000. It is the one reading of those units in kpisim:
// app/scenario's (typed values, -set, scenario files) and app/actuals'
// (a CRM export's cells), each with its own reading of the digits between
// the units. Western is the one reading of the English suffixes (500k,
// 1.2M, 2.5bn) for both. It stands on the standard library alone.
package jpnum

import (
	"errors"
	"strings"
)

// Units are the characters of the units Parse reads: the myriads (兆, 億,
// 万), then 千 and 百 within a myriad's group.
const Units = myriadUnits + "千百"

const myriadUnits = "兆億万"

// ErrSyntax is Parse's error for units out of order, repeated or without
// digits where digits must be ("5百3千", "百百", "万", "1万-2").
var ErrSyntax = errors.New("not a number in Japanese units")

// The myriad units, largest first: each may appear once, in this order.
var myriads = []struct {
	s string
	m float64
}{{"兆", 1e12}, {"億", 1e8}, {"万", 1e4}}

// The units within a group, largest first: each may appear once, in this
// order ("1千5百万" is 15,000,000).
var groupUnits = []struct {
	s string
	m float64
}{{"千", 1e3}, {"百", 1e2}}

// Parse reads t, written in Japanese units: groups of digits, each
// followed by 兆, 億 or 万 in that order, and a last group without a unit
// ("1億2,000万", "3万5000"). A group may count thousands and hundreds: "5千"
// is 5,000, "千" alone 1,000, "1千200" 1,200, "150百" (of "150百万")
// 15,000. A sign may lead the whole. digits reads each run of digits, as
// its caller writes numbers (thousands grouped by commas, a decimal
// point); its error is Parse's. "-0万" is 0, never -0.
func Parse(t string, digits func(string) (float64, error)) (float64, error) {
	sign := 1.0
	if rest, ok := strings.CutPrefix(t, "-"); ok {
		t, sign = rest, -1
	} else {
		t = strings.TrimPrefix(t, "+")
	}
	sum, groups := 0.0, 0
	for _, u := range myriads {
		head, rest, ok := strings.Cut(t, u.s)
		if !ok {
			continue
		}
		g, err := group(head, digits)
		if err != nil {
			return 0, err
		}
		sum, groups, t = sum+g*u.m, groups+1, rest
	}
	if t = strings.TrimSpace(t); t != "" || groups == 0 {
		g, err := group(t, digits)
		if err != nil {
			return 0, err
		}
		sum += g
	}
	if sum == 0 {
		return 0, nil
	}
	return sign * sum, nil
}

// group reads one group of Parse: digits, or thousands, hundreds and the
// rest ("5千", "千", "1千200", "1千5百").
func group(t string, digits func(string) (float64, error)) (float64, error) {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t, "+-"+myriadUnits) {
		return 0, ErrSyntax
	}
	v := 0.0
	for _, u := range groupUnits {
		head, rest, ok := strings.Cut(t, u.s)
		if !ok {
			continue
		}
		k := 1.0
		if head = strings.TrimSpace(head); head != "" {
			var err error
			if k, err = digits(head); err != nil {
				return 0, err
			}
		}
		v, t = v+k*u.m, strings.TrimSpace(rest)
	}
	if t != "" {
		r, err := digits(t)
		if err != nil {
			return 0, err
		}
		v += r
	}
	return v, nil
}
