package scenario

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/jpnum"
	"github.com/kpisim/kpisim/app/kpi"
)

// ParseValue reads a number as people write it: "40", "1,000,000",
// "1_000", "1e8", "25%" (a fraction, 0.25), the Japanese units as the
// page writes them and people say them: "100万" (1,000,000), "1億"
// (100,000,000), "1.5兆", "5千万" (50,000,000), "150百万" (150,000,000) and
// "1億2,000万" (120,000,000), largest unit first, and the English ones as its charts
// write them: "500k", "1.2M", "2.5B" or "2.5bn", "1T". A rate may be written as a
// percentage ("25%"), a fraction ("0.25", "1/3"), or odds as a trainer
// says them: "1 in 3", "1:3" and "3に1" are one third. A number too large
// for a float64 ("1e309") is an error wrapping ErrTooLarge. Full-width digits and
// signs ("２５％", "１／３") read as their ASCII forms.
func ParseValue(s string) (float64, error) {
	t := strings.TrimSpace(narrow(s))
	if t == "" {
		return 0, fmt.Errorf("empty value; write a number such as 25%% or 1,000,000")
	}
	if strings.ContainsAny(t, "\n\r\t") {
		return 0, fmt.Errorf("%q: %w", s, ErrSeveral)
	}
	bad := func() (float64, error) {
		return 0, fmt.Errorf("%q is not a number; write a number such as 25%%, 1/3 or 1,000,000", s)
	}
	if a, b, ok := ratio(t); ok {
		x, err1 := plain(a)
		y, err2 := plain(b)
		if err1 != nil || err2 != nil || y == 0 || strings.ContainsAny(a+b, "%"+jpnum.Units) || math.IsInf(x/y, 0) {
			return bad()
		}
		return x/y + 0, nil // + 0: 0 ÷ -5 is 0, never -0
	}
	if strings.ContainsAny(t, buaiUnits) {
		v, err := buai(t)
		if err != nil {
			return bad()
		}
		return v, nil
	}
	if p, ok := strings.CutSuffix(t, "%"); ok {
		v, err := plain(p)
		if err != nil {
			return beyond(s, err, bad)
		}
		return v / 100, nil // v/100 is exact where v*0.01 is not
	}
	if strings.ContainsAny(t, jpnum.Units) {
		v, err := jpnum.Parse(t, plain)
		if err != nil || math.IsInf(v, 0) {
			return bad()
		}
		return v, nil
	}
	if head, exp, ok := jpnum.Western(t); ok { // 500k, 1.2M: the one reading, as actuals'
		v, err := scaled(head, exp)
		if err != nil {
			return beyond(s, err, bad)
		}
		return v, nil
	}
	v, err := plain(t)
	if err != nil {
		return beyond(s, err, bad)
	}
	return v, nil
}

// scaled reads head, a plain number, times ten to the power exp, rounded
// once from its decimal form: 1.2M is 1,200,000 exactly, as 1200000 is.
func scaled(head, exp string) (float64, error) {
	if _, err := plain(head); err != nil {
		return 0, err
	}
	v, err := plain(strings.TrimSpace(groupMarks.Replace(head)) + "e" + exp)
	if err != nil && !errors.Is(err, ErrTooLarge) {
		return 0, fmt.Errorf("not a number") // "1e3k": an exponent and a unit
	}
	return v, err
}

// ErrTooLarge is the cause of ParseValue's error for a number beyond what
// a float64 holds ("1e309"): a number, but too large, whose field then
// names the limit it is over rather than asking for a number.
var ErrTooLarge = errors.New("too large")

// ErrSeveral is ParseValue's error for text that holds several values, one
// a line or a tab apart: a column or a row pasted from a spreadsheet, which
// read as one number joined ("7400⏎7900" as 74,007,900) before.
var ErrSeveral = errors.New("several values where one is taken; enter one number")

// TypedCode is the engine's code for a value ParseValue or ParseField
// refused: several values, or not a number.
func TypedCode(err error) kpi.Code {
	if errors.Is(err, ErrSeveral) {
		return kpi.Several
	}
	return kpi.NotNumber
}

// beyond is ParseValue's error for a number s that plain refused with
// err: ErrTooLarge's, or bad's.
func beyond(s string, err error, bad func() (float64, error)) (float64, error) {
	if errors.Is(err, ErrTooLarge) {
		return 0, fmt.Errorf("%q: %w", s, ErrTooLarge)
	}
	return bad()
}

// ratio splits t at the separator of odds: "1/3", "1 in 3" (typed as "1in3"
// once a field drops its spaces), "1:3", and the Japanese "3に1" (3件に1件,
// its counters dropped by NormalizeTyped), whose parts come the other way
// round. It reports whether t is such a ratio.
func ratio(t string) (num, den string, ok bool) {
	for _, sep := range []string{"/", " in ", "in", ":"} {
		if a, b, ok := strings.Cut(t, sep); ok {
			return a, b, true
		}
	}
	if a, b, ok := strings.Cut(t, "に"); ok {
		return b, a, true
	}
	return "", "", false
}

// Ratio reports whether ParseValue reads t as odds ("1/3", "1 in 3",
// "3に1") or 歩合 ("2割5分"): a fraction however the field it was typed in
// is shown, where
// "33.3" in a field shown in % is 33.3 %.
func Ratio(t string) bool {
	t = strings.TrimSpace(narrow(t))
	if strings.ContainsAny(t, buaiUnits) {
		return true // 2割5分: a rate in 歩合 is a fraction too
	}
	_, _, ok := ratio(t)
	return ok
}

// buaiUnits are the units of a rate said in Japanese (歩合): 割 a tenth,
// 分 a hundredth, 厘 a thousandth.
const buaiUnits = "割分厘"

// buai reads a rate in 歩合, its units largest first, each at most once:
// "2割" is 0.2, "2割5分" 0.25, "3分" 0.03, "1割2分5厘" 0.125, "2.5割"
// 0.25.
func buai(t string) (float64, error) {
	thousandths, seen := 0.0, false
	for _, u := range []struct {
		s string
		m float64 // thousandths a unit is
	}{{"割", 100}, {"分", 10}, {"厘", 1}} {
		head, rest, ok := strings.Cut(t, u.s)
		if !ok {
			continue
		}
		v, err := plain(head)
		if err != nil || v < 0 || strings.ContainsAny(head, "+-") {
			return 0, fmt.Errorf("not a rate")
		}
		thousandths, seen, t = thousandths+v*u.m, true, rest
	}
	if !seen || strings.TrimSpace(t) != "" {
		return 0, fmt.Errorf("not a rate")
	}
	return thousandths / 1000, nil // one division: 1割2分5厘 is 0.125 exactly
}

// groupMarks drops the commas and underscores that group digits. Made
// once: a Replacer builds its tables on first use, which cost more than the
// parse (three quarters of the bytes allocated reading the presets).
var groupMarks = strings.NewReplacer(",", "", "_", "")

// plain reads a number with its digits grouped by commas or underscores.
// Commas group thousands (1,000,000) and nothing else, as in a CRM export
// (app/actuals): "12,5" and "0,25", a decimal comma as much of Europe
// writes one, are refused, not read as 125 and 25.
func plain(t string) (float64, error) {
	if strings.Contains(t, ",") && !thousands(strings.TrimSpace(t)) {
		return 0, fmt.Errorf("not a number")
	}
	if strings.ContainsAny(t, ",_") {
		t = groupMarks.Replace(t)
	}
	t = strings.TrimSpace(t)
	v, err := strconv.ParseFloat(t, 64)
	if errors.Is(err, strconv.ErrRange) && math.IsInf(v, 0) {
		return 0, ErrTooLarge
	}
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("not a number")
	}
	if v == 0 {
		return 0, nil // "-0" is 0, never -0
	}
	return v, nil
}

// thousands reports whether the commas of t group the digits of its whole
// part: a first group of one to three digits, then groups of three, and
// none after a decimal point.
func thousands(t string) bool {
	t = strings.TrimLeft(t, "+-")
	whole, frac, _ := strings.Cut(t, ".")
	if strings.Contains(frac, ",") {
		return false
	}
	for i, g := range strings.Split(whole, ",") {
		if n := len(strings.Trim(g, "_")); i == 0 && (n < 1 || n > 3) || i > 0 && n != 3 {
			return false
		}
	}
	return true
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

// ParseSet reads one -set argument, "id=value", with the value as a
// field reads it (ParseTyped: ¥100,000,000, 1億円, $1.5M), or a yes/no
// setting's as yes, no, 1 or 0 (parseYesNo).
func ParseSet(arg string) (key string, v float64, err error) {
	key, raw, ok := strings.Cut(arg, "=")
	key = strings.TrimSpace(key)
	if !ok || key == "" {
		return "", 0, fmt.Errorf("-set %q: want id=value, such as close_rate=20%%", arg)
	}
	if k, err := ParseKey(key); err == nil && k.YesNo() {
		if v, err = parseYesNo(k, raw); err != nil {
			return "", 0, err
		}
		return key, v, nil
	}
	v, err = ParseTyped(raw) // as a field reads it: ¥100,000,000, 1億円, $1.5M
	if errors.Is(err, ErrTooLarge) {
		// Past any limit: setting it breaks the field's own rule, which
		// names the limit (at most 1,000兆円, at most 100 %), as the page's
		// field does, rather than "not a number".
		return key, math.Copysign(math.MaxFloat64, SignOf(raw)), nil
	}
	if err != nil {
		return "", 0, &kpi.Error{Field: key, Code: TypedCode(err), Rule: err.Error()}
	}
	return key, v, nil
}

// SignOf is -1 for text that starts with a minus sign (after spaces and
// full-width forms), else 1.
func SignOf(t string) float64 {
	if strings.HasPrefix(strings.TrimSpace(narrow(t)), "-") {
		return -1
	}
	return 1
}
