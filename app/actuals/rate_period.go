package actuals

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A rate of a balance (Node.YearRate: a churn rate of the ARR up for
// renewal) is stated per year in the plan, where a CRM writes a month's:
// 0.7 % a month is 8.4 % a year, and read as the year's it would be a
// twelfth of the churn, every step "at plan or better". A header says a
// month's rate in brackets (解約率（月次）, "Churn rate (monthly)") or
// before the name (月次解約率, "Monthly churn rate"); Parse reads such a
// rate ×12, a quarter's ×4. A week's is left out (WeekRate): a plan's
// weeks are not a year's 52. Other rates (a close rate) are the same in
// any period, and the words only name the column.

// ratePeriods are the words of a rate's period (as norm reads them), and
// how many of it make a year; -1 for a week.
var ratePeriods = map[string]int{
	"月次": 12, "月間": 12, "月率": 12, "月": 12, "毎月": 12, "monthly": 12, "month": 12, "permonth": 12, "mo": 12, "mom": 12,
	"四半期": 4, "四半期毎": 4, "quarterly": 4, "quarter": 4, "perquarter": 4, "qoq": 4,
	"年次": 1, "年間": 1, "年率": 1, "年": 1, "annual": 1, "annually": 1, "annualized": 1, "annualised": 1, "yearly": 1, "year": 1, "peryear": 1, "yoy": 1,
	"週次": -1, "週間": -1, "週": -1, "毎週": -1, "weekly": -1, "week": -1, "perweek": -1, "wow": -1,
}

// ratePrefixes are the words that say a rate's period before its name
// (月次解約率, "Monthly churn rate"), longest first.
var ratePrefixes = []string{"annualized", "annualised", "quarterly", "四半期", "monthly", "annual", "weekly", "yearly",
	"月次", "月間", "年次", "年間", "週次", "週間"}

// ratePeriod is how many of the period brackets b names make a year (see
// ratePeriods), 0 when b names none.
func ratePeriod(b string) int { return ratePeriods[norm(b)] }

// cutRatePeriod splits a header that starts with a period's word (月次解約率,
// "Monthly churn rate") into that word and the name after it; ok is false
// when it starts with none. A Latin word must end where a word does
// ("Monthlyx" is a name).
func cutRatePeriod(h string) (word, name string, ok bool) {
	s := strings.TrimSpace(fold(h))
	for _, w := range ratePrefixes {
		if len(s) <= len(w) || !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		rest := s[len(w):]
		r, _ := utf8.DecodeRuneInString(rest)
		if w[0] < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) && r < utf8.RuneSelf {
			continue
		}
		name = strings.TrimLeft(rest, " ・-_:/")
		if name == "" {
			continue
		}
		return s[:len(w)], name, true
	}
	return "", "", false
}

// rateUnit reads a rate column's header h for node nd: the period its
// brackets say, for a rate of a balance. scale multiplies the values to
// the year's rate (per: 12 for a month's), written is the brackets that
// said it; per is -1 for a week's, and 0 when they say none or nd is no
// rate of a balance (its values are read as written).
func rateUnit(h string, nd Node) (scale float64, written string, per int) {
	if !nd.YearRate {
		return 1, "", 0
	}
	own := map[string]bool{}
	for _, l := range []string{nd.ID, nd.Ja, nd.En} {
		for _, b := range bracketed(l) {
			own[norm(b)] = true
		}
	}
	for _, b := range bracketed(h) {
		if k := ratePeriod(b); k != 0 && !own[norm(b)] {
			return float64(max(k, 0)), strings.TrimSpace(b), k
		}
	}
	return 1, "", 0
}
