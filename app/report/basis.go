package report

import (
	"fmt"

	"github.com/kpisim/kpisim/app/i18n"
)

// Basis says what the required table's quarter, month, week and day are
// over when that is not the plan's own months: with a sales cycle, the
// months whose activity lands inside the plan (forecast.Plan.Working),
// which the pace counts too. A new team's 11 months of work carry the year
// of a 1-month cycle: "A quarter's, a month's, a week's and a day's needs
// are over the 11 months whose activity lands in the plan (Apr 2026 to Feb
// 2027, 220 working days)." It is "" without a sales cycle.
func (t *Table) Basis() string {
	plan := t.Answer.Plan
	if plan.Config.LagMonths == 0 {
		return ""
	}
	work := plan.Working()
	days := 0.0
	for _, mo := range work {
		days += mo.WorkingDays
	}
	l := t.Format.Lang
	return fmt.Sprintf(l.T("goal.basis"), l.Months(len(work)), MonthName(l, work[0]), MonthName(l, work[len(work)-1]), i18n.Number(days, 1), t.GoalName)
}
