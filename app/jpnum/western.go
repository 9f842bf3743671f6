package jpnum

import "strings"

// westernUnits are the suffixes an amount is written with in English, as
// the page's charts write them ("$1.34B", "¥9.6M") and as people say them
// ("1.2 million"), each with its power of ten: 500k, 1.2M, 2.5bn, 1T; and
// as US finance writes a million, 6MM.
var westernUnits = []struct {
	s   string
	exp string
}{{"thousand", "3"}, {"million", "6"}, {"billion", "9"}, {"trillion", "12"}, {"bn", "9"}, {"mn", "6"}, {"mm", "6"}, {"k", "3"}, {"m", "6"}, {"b", "9"}, {"t", "12"}}

// Western splits t at an English unit suffix (case aside), reporting
// whether it has one after a digit: "1.2M" is "1.2" times ten to the
// power "6". It is the one reading of those suffixes, as Parse is of the
// Japanese units: app/scenario's (typed values, -set, scenario files) and
// app/actuals' (a CRM export's cells: 6M, 6.0m, 6000k), each reading the
// digits before it in its own way and scaling them once from their
// decimal form (head + "e" + exp), so that 1.2M is 1,200,000 exactly.
func Western(t string) (head, exp string, ok bool) {
	lower := strings.ToLower(t)
	for _, u := range westernUnits {
		if h, found := strings.CutSuffix(lower, u.s); found {
			h = strings.TrimSpace(h)
			if h != "" && h[len(h)-1] >= '0' && h[len(h)-1] <= '9' {
				return t[:len(h)], u.exp, true
			}
		}
	}
	return "", "", false
}
