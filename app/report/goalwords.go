package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// goalName is the name of m's goal in language l, as the tree's KGI box
// reads it (売上, ARR純増 / Net new ARR, 受注件数, a user's 粗利): the
// one word every sentence, title and heading uses for what the goal
// counts, never 売上 / revenue for a goal that is not.
func goalName(m *kpi.Model, l i18n.Lang) string {
	return m.Node(m.Goal()).Label.In(string(l))
}

// ForecastTitle names the forecast the plan lands, the forecast card's
// title and the CLI's summary line: 売上予測 / Revenue forecast,
// ARR純増予測 / Net new ARR forecast, 受注件数予測 / Deals won forecast.
func (t *Table) ForecastTitle() string {
	l := t.Format.Lang
	return atStart(l, fmt.Sprintf(l.T("goal.forecast"), t.GoalName))
}

// CumulativeTitle names the cumulative chart: 累計売上：予測と目標 /
// Cumulative revenue: forecast vs goal; 累計ARR純増：予測と目標 /
// Cumulative net new ARR: forecast vs goal.
func (t *Table) CumulativeTitle() string {
	l := t.Format.Lang
	return fmt.Sprintf(l.T("goal.cumulative"), l.InSentence(t.GoalName))
}

// CompareTitle names the comparison's chart of cumulative forecasts:
// 累計予測売上 / Cumulative revenue forecast, 累計予測ARR純増 /
// Cumulative net new ARR forecast.
func (t *Table) CompareTitle() string {
	l := t.Format.Lang
	return fmt.Sprintf(l.T("goal.compare"), l.InSentence(t.GoalName))
}

// RangeTitle heads the CLI's table of each lever at the ends of its
// range, whose columns are the goal's: "Net new ARR with each lever at
// the ends of its range:".
func (t *Table) RangeTitle() string {
	l := t.Format.Lang
	return atStart(l, fmt.Sprintf(l.T("goal.range_title"), t.GoalName))
}

// RangeLeftOut names the levers (labels) the range's bars leave out, as
// the plan cannot be computed at an end of their range
// (forecast.Bar.RangeFails); "" when none is. A divisor's min of 0, as
// the editor gives a new lever, dropped its bar with nothing said.
func RangeLeftOut(l i18n.Lang, labels []string) string {
	if len(labels) == 0 {
		return ""
	}
	return fmt.Sprintf(l.T("tornado.range_fails"), strings.Join(labels, l.ListSep()))
}

// NoRange says which levers have no range (a lever added in the editor,
// a file's lever without min and max), so no bar or row at their ends:
// the tornado and calc's table of ends left them out without a word. ""
// when none.
func NoRange(l i18n.Lang, labels []string) string {
	if len(labels) == 0 {
		return ""
	}
	return fmt.Sprintf(l.T("tornado.no_range"), strings.Join(labels, l.ListSep()))
}

// Unreachable says that no activity meets the goal: what the goal counts
// cannot land inside the sales cycle.
func (t *Table) Unreachable() string {
	return unreachable(t.Format.Lang, t.GoalName)
}

func unreachable(l i18n.Lang, goal string) string {
	return fmt.Sprintf(l.T("goal.unreachable"), l.InSentence(goal))
}

// atStart is s, which starts with a user's label, as it starts a title or
// a line: in English with a capital ("deals forecast" reads "Deals
// forecast"); Japanese has no case.
func atStart(l i18n.Lang, s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if l != i18n.En || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// PlanSpan says what the forecast, goal and gap per year are when the plan
// is not a year long: the plan's totals scaled to twelve months
// (forecast.Answer.Forecast), beside the plan's own totals, which the
// monthly plan, the probability and `kpisim forecast` count over its
// months. "" for a plan of twelve months, whose totals are the year's.
func (t *Table) PlanSpan() string {
	a := t.Answer
	n := len(a.Plan.Months)
	if n == 12 {
		return ""
	}
	l := t.Format.Lang
	m := a.Tree.Model
	gn := m.Node(m.Goal())
	return fmt.Sprintf(l.T("goal.plan_span"), l.Months(n), t.Format.Goal(gn, a.Plan.Revenue, kpi.Year), t.Format.Goal(gn, a.Plan.Goal, kpi.Year))
}
