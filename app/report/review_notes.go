package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// AheadNote names the months not begun by the day the re-forecast is
// dated by (forecast.RefitOn) that have actuals: they are kept and count
// for nothing until they begin (Reforecast.Ahead). A template's zeros for
// the months ahead read as months over before, with "the plan period has
// ended" and 0 %. "" when none has, or when the re-forecast is undated.
// The month in progress counts to that day: partialNote says so.
func AheadNote(rf *forecast.Reforecast, l i18n.Lang) string {
	if rf.Today.IsZero() || len(rf.Ahead) == 0 && len(rf.AheadWeeks) == 0 {
		return ""
	}
	var notes []string
	if len(rf.Ahead) > 0 {
		key := "refit.ahead_out"
		if len(rf.Ahead) > 1 {
			key = "refit.ahead_out_many"
		}
		notes = append(notes, fmt.Sprintf(l.T(key), monthRuns(l, rf.Answer.Plan, rf.Ahead), DayName(l, rf.Today)))
	}
	if len(rf.AheadWeeks) > 0 {
		// The weeks of today's month typed ahead: 「2026年12月の第4週」.
		var weeks []int
		for _, x := range rf.AheadWeeks {
			if !slices.Contains(weeks, x.Week) {
				weeks = append(weeks, x.Week)
			}
		}
		slices.Sort(weeks)
		mo := forecast.Month{Year: rf.Today.Year(), Month: rf.Today.Month()}
		ws, _ := weeksName(l, weeks, 31)
		notes = append(notes, fmt.Sprintf(l.T("refit.ahead_weeks"), atStart(l, fmt.Sprintf(l.T("refit.month_weeks"), MonthName(l, mo), ws)), DayName(l, rf.Today)))
	}
	return strings.Join(notes, l.SentenceSep())
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

// impossibleNote names each conversion the actuals cannot hold
// (forecast.Beyond), in the page's language: the month, the two counts
// with their labels, the rate it would be and the rule.
func impossibleNote(rf *forecast.Reforecast, l i18n.Lang, f i18n.Format) string {
	m := rf.Answer.Tree.Model
	var notes []string
	for _, b := range rf.Beyond {
		won, of, rate := m.Node(b.Node), m.Node(b.From), m.Node(b.Lever)
		lang := string(l)
		if b.Month < 0 {
			notes = append(notes, fmt.Sprintf(l.T("refit.impossible_all"), won.Label.In(lang), f.Node(won, b.Won, kpi.Year),
				of.Label.In(lang), f.Node(of, b.Of, kpi.Year), l.InSentence(rate.Label.In(lang))))
			continue
		}
		notes = append(notes, fmt.Sprintf(l.T("refit.impossible"), MonthName(l, rf.Answer.Plan.Months[b.Month]),
			l.InSentence(won.Label.In(lang)), f.Node(won, b.Won, kpi.Month), l.InSentence(of.Label.In(lang)), f.Node(of, b.Of, kpi.Month),
			l.InSentence(rate.Label.In(lang))))
	}
	return strings.Join(notes, l.SentenceSep())
}
