package i18n

import (
	"math"
	"strconv"
	"strings"
)

// Number formats v with groups of three digits and at most decimals
// fraction digits, trailing zeros dropped: 1234567.5 → "1,234,567.5".
// NaN and infinities, which kpisim never shows, format as "—".
func Number(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	v = roundHalfUp(v, decimals)
	if v == 0 {
		v = 0 // never -0
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if a := math.Abs(v); a >= 1e15 {
		// Past the digits a float64 holds, its shortest form to fifteen
		// significant digits: 2.4e21 reads 2,400,000,000,000,000,000,000,
		// not the binary value's 2,399,999,999,999,999,901,696, and a
		// third of 1e17 33,333,333,333,333,300, not …332.
		p := math.Pow10(int(math.Floor(math.Log10(a))) - 14)
		s = strconv.FormatFloat(math.Round(v/p)*p, 'f', -1, 64)
	}
	if decimals > 0 && strings.Contains(s, ".") { // past 1e15 'f', -1 may have no point: 1e17 is no "1"
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return grouped(s)
}

// Digits writes v with every digit it has and its thousands grouped, as a
// field shows a number typed into it: 2500000 → "2,500,000", 0.125 →
// "0.125" (ParseValue reads it back as the same float64).
func Digits(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	return grouped(strconv.FormatFloat(v+0, 'f', -1, 64)) // + 0: never -0
}

// grouped puts commas between the thousands of s, a number written in
// plain digits ("-1234567.5"). It is kpi.GroupThousands' loop, kept here:
// it runs for every figure of a slider's move, and calling kpi's instead
// measured 14 more allocations a move (go test -bench View/figures
// -benchmem ./app/ui: 369 against 355), as the digits strconv writes then
// escape to the heap.
func grouped(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Decimals is how many fraction digits a count shows: none from 100 up,
// one from 1 (41.7 calls a day), and below 1 as many as keep the value
// distinct from its neighbours, up to 6: a sixth is 0.1667, not 0.2 (the
// shown value is within 0.05 % of the true one); 0.4 deals a day stays 0.4.
func Decimals(v float64) int {
	a := math.Abs(v)
	if a >= 100 || v == math.Trunc(v) {
		return 0
	}
	if a >= 1 {
		return 1
	}
	for d := 1; d < 6; d++ {
		if math.Abs(roundHalfUp(v, d)-v) <= 5e-4*a {
			return d
		}
	}
	return 6
}

// Count formats a count with the decimals it deserves.
func Count(v float64) string { return Number(v, Decimals(v)) }

// Percent formats a fraction as a percentage with up to two decimals:
// 0.25 → "25%", 0.025 → "2.5%". A rate that is not 0 never reads 0: under
// 0.005 % it is "<0.01%" (">-0.01%" below 0), as Chance writes a trial.
func Percent(v float64) string {
	switch {
	case v > 0 && v < 0.00005:
		return "<0.01%"
	case v < 0 && v > -0.00005:
		return ">-0.01%"
	}
	return Number(v*100, 2) + "%"
}

// Exact writes the exact value beside a rounded figure with the decimals
// given ("1.6319" with 4), and one too small for them with two significant
// digits ("0.00000004"), so that an exact value never reads 0 when it is
// not; under 10⁻¹², "<0.000000000001".
func Exact(v float64, decimals int) string {
	a := math.Abs(v)
	switch {
	case a == 0 || a >= 0.5*math.Pow10(-decimals) || math.IsNaN(v) || math.IsInf(v, 0):
		return Number(v, decimals)
	case a < 1e-12 && v > 0:
		return "<0.000000000001"
	case a < 1e-12:
		return ">-0.000000000001"
	}
	return Number(v, 1-int(math.Floor(math.Log10(a))))
}

// Chance formats a share of Monte Carlo trials as a percentage with one
// decimal: 0.4474 → "44.7%", 0.42 → "42.0%" (it read "42%" in a column of
// 46.3 %, 82.9 %, as if measured less finely). 10,000 trials measure a chance to
// about half a point, so a second decimal would claim more than the run
// knows. Every chance kpisim shows (the page's probability, the monthly
// plan's "on track", the review's chance at the rates updated with the actuals, and
// the same figures from kpisim forecast) is written by it, so that one
// run reads the same everywhere. A sample never claims certainty: a share
// that rounds to 0 % or 100 %, or is 0 or 1, reads "<0.1%" or ">99.9%"
// (1 or 0 trials in 10,000 reaching the goal is not none, nor never
// all). Only when certain, every trial alike (nothing is drawn, or
// nothing lands yet), is a share of 0 or 1 "0%" or "100%".
func Chance(v float64, certain bool) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return "—" // as Number writes it, without a "%" after
	case certain && (v <= 0 || v >= 1):
		return Number(v*100, 0) + "%" // no sample: exactly 0 or 100
	case v < 0.0005:
		return "<0.1%"
	case v >= 0.9995:
		return ">99.9%"
	}
	s := Number(v*100, 1)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s + "%"
}

// Chance is Chance in language l: the bounds a sample never passes read
// 「0.1%未満」 and 「99.9%超」 in Japanese, where "<0.1%" is a programmer's
// sign; "<0.1%" and ">99.9%" in English.
func (l Lang) Chance(v float64, certain bool) string {
	s := Chance(v, certain)
	if l == Ja {
		switch s {
		case "<0.1%":
			return "0.1%未満"
		case ">99.9%":
			return "99.9%超"
		}
	}
	return s
}

// Significant rounds v to digits significant digits, halves away from
// zero: a Monte Carlo spread of 84,453,214 reads 84,500,000, as much as
// 10,000 trials know. 0, NaN and infinities are returned as they are.
func Significant(v float64, digits int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	d := digits - 1 - int(math.Floor(math.Log10(math.Abs(v))))
	if d >= 0 {
		return roundHalfUp(v, d)
	}
	q := math.Pow10(-d) // a whole power of ten: v ÷ q × q keeps whole numbers whole
	return math.Round(v/q) * q
}

// Man formats v in Japanese 万/億/兆 units, as a Japanese sales manager
// writes an amount: from 1億, 億 and a whole number of 万 (100800000 →
// "1億80万", 128000000 → "1億2,800万", 100000000 → "1億"); from 10万, 万
// with up to four significant digits (96000000 → "9,600万", 8333333 →
// "833.3万", 416667 → "41.67万"); below it the number itself (41667 →
// "41,667"). It wrote "1.008億" and "4.167万", which read as a
// spreadsheet's. From 1兆, 兆 with four significant digits.
func Man(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	a := math.Abs(v)
	sign := ""
	if v < 0 {
		sign = "-"
	}
	switch {
	case a >= 1e12:
		return Number(v/1e12, manDecimals(a/1e12)) + "兆"
	case a >= 1e8:
		oku, man := math.Floor(a/1e8), math.Round(math.Mod(a, 1e8)/1e4)
		if man == 1e4 { // 1億9,999.6万 rounds to 2億
			oku, man = oku+1, 0
		}
		if oku >= 1e4 {
			return Man(math.Copysign(1e12, v))
		}
		out := sign + Number(oku, 0) + "億"
		if man > 0 {
			out += Number(man, 0) + "万"
		}
		return out
	case a >= 1e5:
		x := a / 1e4
		s := Number(x, manDecimals(x))
		if s == "10,000" { // 9,999.99万 rounds to 1億
			return Man(math.Copysign(1e8, v))
		}
		return sign + s + "万"
	}
	return Number(v, Decimals(v))
}

// manDecimals is how many decimals Man writes x (a count of 万 or 兆)
// with: four significant digits, none from 1,000.
func manDecimals(x float64) int {
	switch {
	case x < 10:
		return 3
	case x < 100:
		return 2
	case x < 1000:
		return 1
	}
	return 0
}

// manGrid is the step between the figures Money writes in Japanese yen
// near v, as Man writes them: 1万 from 1億, four significant digits of 万
// from 10万 (and of 兆), whole yen below 10万.
func manGrid(v float64) float64 {
	a := math.Abs(v)
	switch {
	case a >= 1e12:
		x := a / 1e12
		return 1e12 / math.Pow10(manDecimals(x))
	case a >= 1e8:
		return 1e4
	case a >= 1e5:
		return 1e4 / math.Pow10(manDecimals(a/1e4))
	}
	return 1 // whole yen below 10万, as Money writes them
}

// Money formats an amount of currency for lang: Japanese yen in 万/億
// ("9,600万円"), other amounts grouped with the symbol or code
// ("¥96,000,000", "$100,000", "€1,000", "£1,000", "1,000 KRW").
func (l Lang) Money(v float64, currency string) string {
	if l == Ja && currency == "JPY" {
		if math.Abs(v) < 1e5 { // whole yen, as English writes them: 0.4 yen is 0円, not 0.4円
			return Number(v, 0) + "円"
		}
		return Man(v) + "円"
	}
	return withCurrency(Number(v, moneyDecimals(v, currency)), currency)
}

// MoneyFull formats an amount with every digit, for tables and tooltips:
// "96,000,000円" in Japanese, "¥96,000,000" in English.
func (l Lang) MoneyFull(v float64, currency string) string {
	n := Number(v, moneyDecimals(v, currency))
	if l == Ja && currency == "JPY" {
		return n + "円"
	}
	return withCurrency(n, currency)
}

// MoneyShort formats an amount in few characters, for chart labels: with
// three significant digits and K, M, B or T in English ("¥1.34B",
// "-¥91.2M", "$950"), and in 万, 億 or 兆 in Japanese yen ("13.4億円",
// "-9,120万円"). Japanese labels had been Money's whole figures
// (「+17億4,960万円」), which overprinted the lever names on a phone.
func (l Lang) MoneyShort(v float64, currency string) string {
	if l == Ja && currency == "JPY" {
		return manShort(v) + "円"
	}
	return withCurrency(short(v), currency)
}

// manShort writes v in 万, 億 or 兆 with three significant digits (four
// from 1,000 of a unit): 1749600000 → "17.5億", -187920000 → "-1.88億",
// 42240000 → "4,224万"; below 1万, the whole number.
func manShort(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	a := math.Abs(v)
	for _, u := range []struct {
		at   float64
		name string
	}{{1e12, "兆"}, {1e8, "億"}, {1e4, "万"}} {
		if a < u.at*(1-5e-4) {
			continue
		}
		x := v / u.at
		d := threeDigits(x)
		s := Number(x, d)
		if u.name != "兆" && math.Abs(roundHalfUp(x, d)) >= 1e4 {
			continue // 9,999.6万 is 1億, not 10,000万: the unit above writes it
		}
		return s + u.name
	}
	return Number(v, 0)
}

// short writes v with three significant digits and a K, M, B or T suffix
// from 1,000 up: 1344000000 → "1.34B", -91200000 → "-91.2M".
func short(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	const units = "KMBT"
	a, u := math.Abs(v), -1
	for u+1 < len(units) && a >= math.Pow10(3*(u+2))*(1-5e-4) {
		u++ // (999,950 rounds to 1.00M, not to 1,000K)
	}
	if u < 0 {
		return Number(v, moneyDecimals(v, ""))
	}
	x := v / math.Pow10(3*(u+1))
	return Number(x, threeDigits(x)) + units[u:u+1]
}

// threeDigits is how many decimals write x (a count of a unit: K, 万)
// to three significant digits: 2 below 10, 1 below 100, else none.
func threeDigits(x float64) int {
	switch ax := math.Abs(x); {
	case ax < 9.995:
		return 2
	case ax < 99.95:
		return 1
	}
	return 0
}

// WithCurrency writes n, a number already written (an exact figure, with
// its decimals), as an amount of currency: "1,923,076.9231円" in Japanese
// yen, "¥1,923,076.9231" in English.
func (l Lang) WithCurrency(n, currency string) string {
	if l == Ja && currency == "JPY" {
		return n + "円"
	}
	return withCurrency(n, currency)
}

// withCurrency puts the currency's symbol before the number n, or its code
// after it when it has no common symbol.
func withCurrency(n, currency string) string {
	var sym string
	switch currency {
	case "JPY":
		sym = "¥"
	case "USD":
		sym = "$"
	case "EUR":
		sym = "€"
	case "GBP":
		sym = "£"
	default:
		return n + " " + currency
	}
	if strings.HasPrefix(n, "-") {
		return "-" + sym + n[1:]
	}
	return sym + n
}

func moneyDecimals(v float64, currency string) int {
	if currency == "JPY" || math.Abs(v) >= 1000 {
		return 0
	}
	return 2
}
