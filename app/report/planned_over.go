package report

import (
	"fmt"
	"strings"
)

// PlannedOver says which activities are planned above their ceiling, in
// the forecast's words: the forecast counts what the plan holds, so a
// planned 10,000 calls a rep a day (a slip for 100) forecast ¥24,000,000,000
// and a likely goal while the headline said the requirement sat within the
// ceiling. "" when every activity is planned within its own.
func (t *Table) PlannedOver() string {
	m := t.Answer.Tree.Model
	l, f := t.Format.Lang, t.Format
	var out []string
	for _, i := range m.Activities() {
		n := m.Node(i)
		lim := n.Limit()
		if lim <= 0 || n.Value <= lim*(1+1e-12) {
			continue
		}
		span := func(v float64) string { return f.PerRep(n, f.Node(n, v, n.Per.Period())) }
		out = append(out, fmt.Sprintf(l.T("forecast.planned_over"), n.Label.In(string(l)), span(n.Value), span(lim)))
	}
	return strings.Join(out, l.SentenceSep())
}
