package actuals

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/jpnum"
)

// fold turns full-width ASCII (０-９, Ａ-Ｚ, ，．－／％ and the ideographic
// space) into its half-width form, half-width katakana into full-width
// (widenKana), and trims spaces.
func fold(s string) string {
	if ascii(s) {
		return strings.TrimSpace(s) // nothing to fold: no copy
	}
	s = widenKana(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～':
			r -= 0xFEE0
		case r == '\u3000', r == '\u00a0':
			r = ' '
		case r == '￥':
			r = '¥'
		case r == '￡':
			r = '£'
		case r == '−', r == '－', r == '‐', r == '–':
			r = '-'
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// ascii reports whether s is ASCII alone, which fold leaves as it is.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// number reads a cell as a number: thousands separators, currency signs
// and words, Japanese units (万, 億, 兆, 千, 百: jpnum), a trailing % (pct is then true and the value is a
// fraction). With euro set, '.' groups thousands and ',' is the decimal
// mark, where a '.' can group thousands (1.234,5; 6.000). A dash alone ("-", "－", "—", "―", "¥ -") is 0, as Excel's
// accounting format shows zero. It reports false for anything else, a
// negative number included (neg is then true). unit is true when the cell
// writes its own multiplier (9万, 1.2億, 9k, 6M): its value is then an
// amount as written, whatever a header's unit says (parser.put).
func number(cell string, euro bool) (v float64, pct, neg, ok, unit bool) {
	s := fold(cell)
	if s == "" {
		return 0, false, false, false, false
	}
	if accountingZero(s) {
		return 0, false, false, true, false
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg = true
		s = s[1 : len(s)-1]
	}
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	}
	for _, m := range []string{"▲", "△"} { // Japanese accounting's minus: ▲500,000
		if strings.HasPrefix(s, m) && !neg {
			neg = true
			s = strings.TrimSpace(s[len(m):])
		}
	}
	if strings.ContainsFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != ',' && r != '.' }) { // a plain figure has no word to take off
		for _, w := range []string{"JPY", "USD", "EUR", "GBP", "jpy", "usd", "eur", "gbp", "円", "件", "回", "人", "¥", "$", "€", "£", "\\"} {
			s = strings.ReplaceAll(s, w, "")
		}
	}
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "%") {
		pct = true
		s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	}
	if euro && (strings.ContainsRune(s, ',') || groupsThousands(s, '.')) {
		// 1.234.567,89; a dot that groups no thousands (6000000.50,
		// 1.5万) is the decimal point even in a semicolon file.
		s = strings.ReplaceAll(s, ".", "")
		s = strings.ReplaceAll(s, ",", ".")
	}
	// 1億2,000万 = 1×10⁸ + 2,000×10⁴; 1.5万 = 15,000; 150百万 = 150×10⁶:
	// as the page reads them (jpnum).
	var total float64
	var good bool
	if strings.ContainsAny(s, jpnum.Units) {
		v, err := jpnum.Parse(s, digits)
		total, good, unit = v, err == nil && v >= 0, true // its sign was read above: a second one is refused
	} else if head, exp, ok := jpnum.Western(s); ok {
		unit = true
		// 6M, 6.0m, 6000k, 1.2 million: as scenario values and -set read
		// them (one reading: jpnum.Western), scaled once from the digits.
		if _, good = plain(head); good {
			var err error
			total, err = strconv.ParseFloat(strings.NewReplacer(",", "", " ", "").Replace(head)+"e"+exp, 64)
			good = err == nil
		}
	} else if total, good = plain(s); !good {
		total, good = scientific(s) // 1.5E+06, as a spreadsheet writes a large number; 1e400 is over the limit
	}
	if !good {
		return 0, pct, false, false, false // no number, whatever its sign: "▲" alone, "-abc"
	}
	if pct {
		total /= 100
	}
	if neg && total != 0 {
		return -total, pct, true, false, unit
	}
	if math.IsNaN(total) {
		return 0, pct, false, false, false
	}
	return total, pct, false, true, unit // +Inf: over the limit (parser.put)
}

// scientific reads a number in e-notation, digits with a point at most,
// then e or E, a sign and digits (1.5E+06, 1e400 as +Inf); not "Inf",
// "NaN" or a hexadecimal float, which strconv would take too.
func scientific(s string) (float64, bool) {
	mant, exp, ok := strings.Cut(strings.ToLower(s), "e")
	exp = strings.TrimLeft(exp, "+-")
	if !ok || mant == "" || exp == "" || strings.Count(mant, ".") > 1 ||
		strings.ContainsFunc(mant, func(r rune) bool { return (r < '0' || r > '9') && r != '.' }) ||
		strings.ContainsFunc(exp, func(r rune) bool { return r < '0' || r > '9' }) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, false
	}
	return v, true
}

// digits is plain as jpnum.Parse takes it.
func digits(s string) (float64, error) {
	if v, ok := plain(s); ok {
		return v, nil
	}
	return 0, jpnum.ErrSyntax
}

// accountingZero reports a cell that is a dash alone, with or without a
// currency sign: how Excel's accounting format ("¥ -") writes 0.
func accountingZero(s string) bool {
	for _, w := range []string{"JPY", "USD", "EUR", "GBP", "円", "¥", "$", "€", "£", "\\", " "} {
		s = strings.ReplaceAll(s, w, "")
	}
	switch s {
	case "-", "—", "―", "ー":
		return true
	}
	return false
}

// plain reads digits with optional thousands commas (or spaces) and one
// decimal point.
func plain(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if strings.ContainsRune(s, ',') || strings.ContainsRune(s, ' ') {
		// Groups of three after the first.
		intPart, frac, _ := strings.Cut(s, ".")
		groups := strings.FieldsFunc(intPart, func(r rune) bool { return r == ',' || r == ' ' })
		if len(groups) == 0 || len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		s = strings.Join(groups, "")
		if frac != "" || strings.HasSuffix(intPart, ".") {
			s += "." + frac
		}
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}
