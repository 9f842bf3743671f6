package report

import (
	"fmt"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// CatchUp is what the months left take, KPI by KPI, at the pace the goal
// now needs and the rates the actuals suggest (forecast.Left): the
// catch-up plan beside the plan's own requirement, as the page's year so
// far and `kpisim forecast -actuals` write it. The goal's row reads the
// still-needed figure; the solved activity's rep column reads the pace.
type CatchUp struct {
	Head    string       // 「残りの期間に必要な数（これまでの転換率で）」
	Periods []kpi.Period // the columns after the total: month, week, day and the rep's span
	Columns []string     // the column heads: the total's, Periods', the plan's month, the ratio
	Rows    []CatchUpRow
	// Note says, with a sales cycle, which months' activity counts: the
	// last months' lands after the plan ("" without one).
	Note string
}

// CatchUpRow is one KPI of the path: its total over the months left, the
// same per period, and the plan's month against it.
type CatchUpRow struct {
	ID, Label string
	Activity  bool
	Total     Figure   // over the months left (period "left")
	Figures   []Figure // per CatchUp.Periods
	Plan      Figure   // the plan's need a month over the same months left (planLeft)
	Ratio     string   // the months left's month ÷ the plan's: "172%"; "" when the plan's is 0
}

// catchUp writes rf.Left in the answer's terms; pace is the solved
// activity's pace as the refit's line reads it, remaining the still-needed
// figure. It is nil when there is no pace (the goal met, no month left,
// none can).
func catchUp(rf *forecast.Reforecast, f i18n.Format, pace, remaining string) *CatchUp {
	lt := rf.Left
	if lt == nil || !rf.PaceOK || !rf.Activity || rf.Remaining <= 0 || rf.Pace == 0 {
		return nil // nothing is needed of the activity (refit.pace_done, refit.pace_planned)
	}
	a := rf.Answer
	m := a.Tree.Model
	l := f.Lang
	cal := m.Calendar()
	span := spanPeriod(a)
	c := &CatchUp{Head: l.T("catchup.head"), Periods: []kpi.Period{kpi.Month, kpi.Week, kpi.Day, span}}
	c.Columns = append(c.Columns, l.T("catchup.total"))
	for _, p := range c.Periods {
		c.Columns = append(c.Columns, atStart(l, columnName(l, cal, p))) // "Month", beside "Still needed"
	}
	c.Columns = append(c.Columns, l.T("catchup.plan_month"), l.T("refit.ratio"))
	for _, i := range m.TreeOrder() {
		n := m.Node(i)
		if !n.Periodic() || !a.Tree.OnPath[i] {
			continue
		}
		s := lt.Land
		if n.Activity {
			s = lt.Work
		}
		total := lt.Total[i]
		row := CatchUpRow{ID: n.ID, Label: n.Label.In(string(l)), Activity: n.Activity,
			Total: Figure{Node: n.ID, Period: "left", Exact: total, Value: total, Text: f.Node(n, total, kpi.Year)}}
		if n.Unit == kpi.Count {
			row.Total.Value = need(a, f, i, total, kpi.Year)
			row.Total.Text = f.Node(n, row.Total.Value, kpi.Year)
		}
		if i == m.Goal() && remaining != "" {
			row.Total.Text = remaining // the same figure as the line above it
		}
		for _, p := range c.Periods {
			var v float64
			switch p {
			case kpi.Month:
				v = div(total, s.Months)
			case kpi.Week:
				v = div(total, s.Days) * cal.Week()
			case kpi.Day:
				v = div(total, s.Days)
			default: // one rep's day, week or month: the span's working days, whatever the row's node is stated in
				v = div(total, s.Units)
				switch p {
				case kpi.RepWeek:
					v *= cal.Days(kpi.PerWeek)
				case kpi.RepMonth:
					v *= cal.Days(kpi.PerMonth)
				}
			}
			v = snapTiny(v)
			fg := Figure{Node: n.ID, Period: Key(n, p), Exact: v, Value: need(a, f, i, v, p)}
			fg.Text = f.Node(n, fg.Value, p)
			if i == a.Target && p == span && pace != "" {
				fg.Text = pace // as the pace line reads it
			}
			row.Figures = append(row.Figures, fg)
		}
		pm := planLeft(rf, i, n.Activity, s)
		row.Plan = Figure{Node: n.ID, Period: Key(n, kpi.Month), Exact: pm, Value: need(a, f, i, pm, kpi.Month)}
		row.Plan.Text = f.Node(n, row.Plan.Value, kpi.Month)
		if row.Plan.Exact > 0 {
			// Of the exact figures: the shown ones are rounded up (11.8
			// deals a month reads 12, the plan's 8.33 reads 9), and 12 ÷ 9
			// would say 133 % where the need is 141.6 % of the plan's.
			row.Ratio = i18n.Percent(round4(row.Figures[0].Exact / row.Plan.Exact))
		}
		c.Rows = append(c.Rows, row)
	}
	if lag := a.Plan.Config.LagMonths; lag > 0 {
		p := a.Plan
		if last := len(p.Months) - 1 - lag; last >= 0 {
			c.Note = fmt.Sprintf(l.T("catchup.lag"), l.Months(lag), MonthName(l, p.Months[last]))
		}
	}
	return c
}

// planLeft is what the plan needed of node i a month over the months
// left: under an activity target, its schedule (scheduled: the activity
// with its hires and seasons, and what it lands, KPI by KPI), for every
// row alike, so that at the plan's rates and price the rows read one
// ratio (revenue had read 118 % of its months' goals beside deals at
// 129 % of the schedule); else as the review's targets read each month
// (monthTarget). Their sum over the span s (Work for an activity, whose
// last months' activity lands after the plan; Land otherwise; the partly
// closed month for its share left) over its months: the ratio beside it
// is the months left's total over the plan's for the same months, as the
// pace line's "the plan needed" is for the activity. With March's goal
// three times a month's and five hires from December, the required
// table's flat month had read calls at 200 % of plan beside a pace at
// 158 %.
func planLeft(rf *forecast.Reforecast, i int, activity bool, s forecast.Span) float64 {
	a := rf.Answer
	n := len(a.Plan.Months)
	if activity {
		n -= a.Plan.Config.LagMonths
	}
	target := func(k int) float64 {
		if v, ok := scheduled(a, k, i); ok {
			return v
		}
		return monthTarget(a, k, i)
	}
	sum := 0.0
	if rf.Open > 0 && rf.Closed-1 < n {
		sum += rf.Open * target(rf.Closed-1)
	}
	for k := rf.Closed; k < n; k++ {
		sum += target(k)
	}
	return div(sum, s.Months)
}

// div is a ÷ b, 0 when b is.
func div(a, b float64) float64 {
	if b <= 0 {
		return 0
	}
	return a / b
}

// snapTiny is v with a rounding error's trace of zero read as zero.
func snapTiny(v float64) float64 {
	if v > -1e-9 && v < 1e-9 {
		return 0
	}
	return v
}

// columnName names a column of a table of periods: 年, 週, 営業日 ... (a
// calendar day, 日, when the calendar counts calendar days).
func columnName(l i18n.Lang, cal kpi.Calendar, p kpi.Period) string {
	if p == kpi.Day && cal.CalendarDays {
		return l.T("period.cal_day")
	}
	return l.T("period." + p.String())
}
