package report

import (
	"strings"

	"github.com/kpisim/kpisim/app/kpi"
)

// The article's failure patterns name measures by what they are: its
// outcome indicators are conversions to a meeting or a deal (商談化率・
// 受注率), not a call's connect rate; リード数だけを追う is about leads, and
// 架電数だけをKPIにする about reps' activity (calls, visits). A scenario's
// tree says which node is a rate or an activity, not which of these it
// is: the label does.

// reachWords name a rate of reach, not of outcome: a call connected, a
// mail opened, a link clicked.
var reachWords = []string{"接続", "到達", "開封", "クリック", "応答", "connect", "reach", "open", "click", "answer"}

// leadWords name an inflow of leads rather than an activity of reps.
var leadWords = []string{"リード", "問い合わせ", "問合せ", "資料請求", "mql", "sql", "lead", "inquir", "enquir"}

// labelHas reports whether node n's label, in either language, holds one
// of words (case-blind).
func labelHas(n *kpi.Node, words []string) bool {
	for _, lb := range []string{n.Label.Ja, n.Label.En} {
		lb = strings.ToLower(lb)
		for _, w := range words {
			if strings.Contains(lb, w) {
				return true
			}
		}
	}
	return false
}

// Outcome reports whether node i of m is an outcome indicator in the
// article's sense: a rate that is no rate of reach (架電接続率 converts
// calls into conversations, not into meetings or deals).
func Outcome(m *kpi.Model, i int) bool {
	n := m.Node(i)
	return n.Unit == kpi.Rate && !labelHas(n, reachWords)
}

// leadVolume reports whether node i of m counts leads (リード数, MQLs).
func leadVolume(m *kpi.Model, i int) bool {
	n := m.Node(i)
	return n.Unit == kpi.Count && labelHas(n, leadWords)
}
