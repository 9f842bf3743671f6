package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// RunningNote says, as of today, what the actuals hold that no month has
// finished: a month still running whose actuals are month totals (they
// count as the whole month's: the achievement and what is still needed
// compare them with all of its goal), and months that have not begun yet
// with actuals (a template's zeros for the months ahead read as months
// over, and the plan as ended). On August 15, a summary with August's
// first half graded August at 25 % of its goal with nothing said, and
// one with zeros to March read "the plan period has ended". "" when
// neither is, or when the plan's months have no year. Entered by week, a
// month in progress counts its rest at the plan already (PartialWeek).
func RunningNote(rf *forecast.Reforecast, l i18n.Lang, today time.Time) string {
	p := rf.Answer.Plan
	var notes []string
	day := DayName(l, today)
	var ahead []int
	for k := 0; k < rf.Closed && k < len(p.Months); k++ {
		mo := p.Months[k]
		if mo.Year == 0 {
			return ""
		}
		start := time.Date(mo.Year, mo.Month, 1, 0, 0, 0, 0, today.Location())
		switch {
		case start.After(today) && hasActual(rf, k):
			ahead = append(ahead, k)
		case !start.After(today) && start.AddDate(0, 1, 0).After(today) && hasActual(rf, k) && rf.Weeks[k] == nil:
			notes = append(notes, fmt.Sprintf(l.T("refit.in_progress"), MonthName(l, mo), day))
		}
	}
	if len(ahead) > 0 {
		names := make([]string, len(ahead))
		for i, k := range ahead {
			names[i] = MonthName(l, p.Months[k])
		}
		key := "refit.ahead"
		if len(names) > 1 {
			key = "refit.ahead_many"
		}
		notes = append(notes, fmt.Sprintf(l.T(key), strings.Join(names, l.ListSep()), day))
	}
	return strings.Join(notes, l.SentenceSep())
}

// hasActual reports whether plan month k has an actual of any node.
func hasActual(rf *forecast.Reforecast, k int) bool {
	for _, h := range rf.Has[k] {
		if h {
			return true
		}
	}
	return false
}

// DayName writes day t in language l, as the page, the handout and the
// CLI date a day: 2026年8月15日, 15 Aug 2026.
func DayName(l i18n.Lang, t time.Time) string {
	if l == i18n.Ja {
		return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
	}
	return t.Format("2 Jan 2006")
}

// unmeasuredNote names the conversion rates into a count (the funnel's
// steps: a close rate, an appointment rate) that the actuals did not
// measure, as no count on one side of them has actuals: a summary of
// calls, opportunities and deals without first meetings measures neither
// the appointment rate nor the meeting conversion, and a leak there went
// unsaid ("every step is at plan or better"). "" when every one was, or
// when none was (the steps' table is not shown then).
func unmeasuredNote(rf *forecast.Reforecast, l i18n.Lang) string {
	if len(rf.Steps) == 0 {
		return ""
	}
	m := rf.Answer.Tree.Model
	measured := map[int]bool{}
	for _, st := range rf.Steps {
		measured[st.Lever] = true
	}
	var names []string
	for _, i := range m.TreeOrder() {
		n := m.Node(i)
		p := m.Parent(i)
		if n.Op != kpi.Lever || n.Unit != kpi.Rate || n.Activity || measured[i] || p < 0 {
			continue
		}
		if pn := m.Node(p); pn.Op == kpi.Product && pn.Unit == kpi.Count && pn.Periodic() {
			names = append(names, n.Label.In(string(l)))
		}
	}
	if len(names) == 0 {
		return ""
	}
	return fmt.Sprintf(l.T("refit.unmeasured"), strings.Join(names, l.ListSep()))
}

// BeyondNote names the months whose actual of an activity, per rep per
// working day (the plan's reps and working days that month), is above the
// activity's ceiling: likely a longer period's total, or another unit (a
// summary of May with 80,000 calls for 10 reps and 20 working days is 400
// a rep a day against a ceiling of 100, read with "no problems" and an
// achievement of 328.5 %). The first such month of each activity, with
// how many more. "" when none is.
func BeyondNote(rf *forecast.Reforecast, l i18n.Lang, f i18n.Format) string {
	m := rf.Answer.Tree.Model
	p := rf.Answer.Plan
	var notes []string
	for _, i := range m.Activities() {
		n := m.Node(i)
		lim := n.Limit()
		if lim <= 0 {
			continue
		}
		first, more := -1, 0
		var pace float64
		for k := 0; k < rf.Closed && k < len(p.Months); k++ {
			// The month's spans per rep: its rep-days, its reps for a month's
			// activity, its weeks of the calendar's days for a week's (a May
			// of 18 working days is a month, not 18/20 of one).
			mo := p.Months[k]
			spans := mo.RepDays
			switch n.Per {
			case kpi.PerMonth:
				spans = mo.Headcount
			case kpi.PerWeek:
				spans = mo.RepDays / m.Calendar().Days(kpi.PerWeek)
			}
			spans *= rf.Cover[k]
			if !rf.Has[k][i] || spans <= 0 {
				continue
			}
			if v := rf.Actual[k][i] / spans; v > lim*(1+1e-9) {
				if first < 0 {
					first, pace = k, v
				} else {
					more++
				}
			}
		}
		if first < 0 {
			continue
		}
		span := func(v float64) string { return f.PerRep(n, f.Node(n, v, n.Per.Period())) }
		note := fmt.Sprintf(l.T("refit.beyond"), MonthName(l, p.Months[first]), l.InSentence(n.Label.In(string(l))),
			f.Node(n, rf.Actual[first][i], kpi.Year), span(pace), span(lim))
		if more > 0 {
			note += l.SentenceSep() + fmt.Sprintf(l.T("refit.beyond_more"), l.Months(more))
		}
		notes = append(notes, note)
	}
	return strings.Join(notes, l.SentenceSep())
}
