package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
)

// Rates says how an import read each rate of a balance (a churn rate,
// actuals.Node.YearRate), which the plan states per year: a month's or a
// quarter's multiplied into the year's, as its header said
// (actuals.Mapping.Per), or, when the header said no period, read as the
// year's, with how to give a month's. One sentence a column, in language
// l; "" when the file held none.
func Rates(l i18n.Lang, res *actuals.Result, nodes []actuals.Node) string {
	var out []string
	for _, m := range append(slices.Clone(res.Columns), res.Metrics...) {
		i := slices.IndexFunc(nodes, func(n actuals.Node) bool { return n.ID == m.Node })
		if i < 0 || !nodes[i].YearRate {
			continue
		}
		name := l.InSentence(nodeLabel(l, nodes, m.Node))
		switch m.Per {
		case 12:
			out = append(out, fmt.Sprintf(l.T("import.rate_month"), m.Header, name))
		case 4:
			out = append(out, fmt.Sprintf(l.T("import.rate_quarter"), m.Header, name))
		case 0:
			out = append(out, fmt.Sprintf(l.T("import.rate_year"), m.Header, name))
		}
	}
	return strings.Join(out, l.SentenceSep())
}
