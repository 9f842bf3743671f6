package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// A month whose actuals are weeks, not a total, counts the weeks it has
// (forecast.Reforecast.Cover): the weeks left out before its last entered
// at their plan, and a last month's weeks after it as the rest to come.
// These say so, as the page and the CLI write it.

// weekRuns writes weeks (in order) as runs: "1–3", "1, 3" (「1〜3」「1・3」).
func weekRuns(l i18n.Lang, weeks []int, day func(int) (int, int)) (string, string) {
	var ws, ds []string
	for j := 0; j < len(weeks); {
		e := j
		for e+1 < len(weeks) && weeks[e+1] == weeks[e]+1 {
			e++
		}
		a, b := weeks[j], weeks[e]
		from, _ := day(a)
		_, to := day(b)
		if a == b {
			ws = append(ws, strconv.Itoa(a))
		} else {
			ws = append(ws, fmt.Sprintf(l.T("refit.week_span"), a, b))
		}
		ds = append(ds, fmt.Sprintf(l.T("refit.week_span"), from, to))
		j = e + 1
	}
	sep := l.T("refit.week_sep")
	return strings.Join(ws, sep), strings.Join(ds, sep)
}

// weeksName is weeks of a month of days days: "weeks 1–3" and "days
// 1–21" (「第1〜3週」「1〜21日」).
func weeksName(l i18n.Lang, weeks []int, days int) (string, string) {
	ws, ds := weekRuns(l, weeks, func(w int) (int, int) { return 7*w - 6, min(7*w, days) })
	key := "refit.weeks"
	if len(weeks) == 1 {
		key = "refit.week"
	}
	return fmt.Sprintf(l.T(key), ws), fmt.Sprintf(l.T("refit.days"), ds)
}

// monthPart names what of closed plan month k (named name) its actuals
// stand for: the month; "Nov 2026, through week 2" for a last month with
// its first weeks; "Sep 2026, the weeks with actuals" for one with weeks
// left out.
func monthPart(l i18n.Lang, rf *forecast.Reforecast, k int, name string) string {
	switch {
	case k < rf.Closed && rf.LeftOut[k] > 0:
		return fmt.Sprintf(l.T("refit.month_weeks_in"), name)
	case k == rf.Closed-1 && rf.PartialWeek > 0:
		return fmt.Sprintf(l.T("review.month_to_week"), name, rf.PartialWeek)
	case k == rf.Closed-1 && rf.PartialDay > 0:
		return fmt.Sprintf(l.T("review.month_to_day"), name, rf.PartialDay)
	}
	return name
}

// toDateLabel heads the actual to date when the last closed month (named
// name) is partly closed: "Actual to week 2 of Aug 2026", "Actual to day
// 15 of Aug 2026"; "" when it is whole.
func toDateLabel(l i18n.Lang, rf *forecast.Reforecast, name string) string {
	if rf.LastActual() != rf.Closed-1 {
		return "" // the month partly closed has no actuals: the last with some is whole
	}
	switch {
	case rf.PartialWeek > 0:
		return fmt.Sprintf(l.T("refit.to_week"), name, rf.PartialWeek)
	case rf.PartialDay > 0:
		return fmt.Sprintf(l.T("refit.to_day"), name, rf.PartialDay)
	}
	return ""
}

// leftOutRow names the weeks of closed month k without actuals, as the
// months table's row of their plan: "Sep 2026, weeks 1–3 without
// actuals".
func leftOutRow(l i18n.Lang, rf *forecast.Reforecast, k int, name string) string {
	ws, _ := weeksName(l, rf.MissingWeeks(k), daysOf(rf, k))
	return fmt.Sprintf(l.T("refit.month_left_out"), name, ws)
}

// daysOf is how many days plan month k has (a plan without a year: 28
// in February).
func daysOf(rf *forecast.Reforecast, k int) int {
	mo := rf.Answer.Plan.Months[k]
	y := mo.Year
	if y == 0 {
		y = 2001
	}
	return time.Date(y, mo.Month+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// partialNote says how the months with weeks count: each month with weeks
// left out (the forecast for them, the goal of the others), a last month
// with only its first weeks, and then how weeks are assigned to months;
// then a month in progress in month totals, counted to today (one without
// any is named as missing); "" when every closed month is whole.
func partialNote(rf *forecast.Reforecast, l i18n.Lang, money func(float64) string) string {
	p := rf.Answer.Plan
	var out []string
	for k := range rf.Closed {
		if !(rf.LeftOut[k] > 0) {
			continue
		}
		mo := p.Months[k]
		ws, ds := weeksName(l, rf.MissingWeeks(k), daysOf(rf, k))
		out = append(out, fmt.Sprintf(l.T("refit.left_out"), MonthName(l, mo), ws, ds, i18n.Percent(round4(rf.LeftOut[k])),
			money(rf.LeftOutValue[k]), money(mo.Goal*rf.Cover[k])))
	}
	if rf.PartialWeek > 0 {
		name := MonthName(l, p.Months[rf.Closed-1])
		out = append(out, fmt.Sprintf(l.T("refit.partial"), name, rf.PartialWeek, i18n.Percent(round4(rf.Done))))
	}
	if len(out) > 0 {
		out = append(out, l.T("refit.week_rule"))
	}
	if rf.PartialDay > 0 && rf.LastActual() == rf.Closed-1 {
		name := MonthName(l, p.Months[rf.Closed-1])
		out = append(out, fmt.Sprintf(l.T("refit.partial_day"), name, DayName(l, rf.Today), rf.PartialDay, i18n.Percent(round4(rf.Done))))
	}
	return strings.Join(out, l.SentenceSep())
}
