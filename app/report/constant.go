package report

import (
	"strings"

	"github.com/kpisim/kpisim/app/kpi"
)

// Constant reports whether node i of m is not a KPI: a lever the tree
// marks as given (kpi.Node.Given: an opening ARR, a contract's length), or
// a fixed conversion factor, a lever with no unit (a plain number), no
// activity, that multiplies a product, as 360 calendar days turn a day's
// velocity into a year's revenue. Nobody measures it on a rhythm or works
// to raise it: SMART leaves it out, and so do the KPI count and the KFS
// list. A plain number that divides (a sales cycle in days) is a measure
// and stays, unless marked as given.
func Constant(m *kpi.Model, i int) bool {
	n := m.Node(i)
	if n.Op == kpi.Lever && n.Given {
		return true
	}
	p := m.Parent(i)
	return n.Op == kpi.Lever && !n.Activity && n.Unit == kpi.Number && p >= 0 && m.Node(p).Op == kpi.Product
}

// unitWords are words that name a unit of time or of things in a node's
// label: 平均商談期間（日）, "Sales cycle (days)".
var unitWords = []string{"日", "週", "月", "年", "時間", "分", "件", "人", "回", "社",
	"day", "week", "month", "year", "hour", "minute", "people", "times"}

// namedUnit returns the first unit word in one of labels (case-blind), or "".
func namedUnit(labels ...string) string {
	for _, lb := range labels {
		lb = strings.ToLower(lb)
		for _, w := range unitWords {
			if strings.Contains(lb, w) {
				return w
			}
		}
	}
	return ""
}
