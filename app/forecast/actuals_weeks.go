package forecast

import (
	"slices"
	"time"
)

// The weeks of a month: which weeks of a closed month the actuals cover,
// and what share of the month's working days each holds (the week rule).

// monthWeeks lists the weeks entered in plan month k, in order, when the
// month has weeks and no month total of any node; nil otherwise. A
// month's weeks are its days 1–7, 8–14, … (week 5 from the 29th: a
// 28-day February has 4), and an actual counts in the week its date falls
// in (a week dated by its Monday, the 28th, is week 4 of its month, with
// its days in the next).
func monthWeeks(cfg Config, n, k int, a Actuals) []int {
	var weeks []int
	for _, x := range a {
		if planMonth(cfg, n, x.Year, x.Month) != k {
			continue
		}
		if x.Week == 0 {
			return nil
		}
		if !slices.Contains(weeks, x.Week) {
			weeks = append(weeks, x.Week)
		}
	}
	slices.Sort(weeks)
	return weeks
}

// weekSplit is how the weeks entered (monthWeeks) in plan month k (mo)
// share its working days. final is true for the last closed month with
// actuals (Reforecast.LastActual), running when it has not ended either
// (Reforecast.last). The share after its last week entered is open when
// running: the rest of the month, to come; ended, it is past without
// actuals, in gap. gap is also the share of the weeks left out before
// the last entered (weeks 1–3 of a weekly export that starts on the 22nd;
// week 2 of weeks 1 and 3). A month before the final is not short of its
// week 5 when it has week 4 (a weekly row dated the 22nd to the 28th
// holds the days after it), nor of any week when it has week 1 alone: a
// month's row dated the 1st reads as its week 1 in a file with weekly
// rows (a monthly report with this month's weeks below it). A month whose
// weeks entered hold no working day (a weekend's week 5) is not split.
func weekSplit(cfg Config, mo Month, k int, weeks []int, final, running bool) (gap, open float64) {
	if len(weeks) == 0 || !final && len(weeks) == 1 && weeks[0] == 1 {
		return 0, 0
	}
	w := weeks[len(weeks)-1]
	for j := 1; j <= 4 && (!final || j < w); j++ {
		if !slices.Contains(weeks, j) {
			gap += weeksShare(cfg, mo, k, j, j)
		}
	}
	switch rest := weeksShare(cfg, mo, k, w+1, 5); {
	case final && running:
		open = rest
	case final && w < 4:
		// Ended: its weeks after the last entered are past (November
		// with weeks 1–2, on 7 December), not the month's rest to come.
		// With week 4, its row holds the days after it, as in a month
		// before: a weekly export dated by Mondays ends on the 26th.
		gap += rest
	case !final && w < 4:
		// Week 4's row holds the days after it; without it, week 5 is
		// past and without actuals too.
		gap += weeksShare(cfg, mo, k, 5, 5)
	}
	if gap+open >= 1-1e-12 {
		return 0, 0
	}
	return gap, open
}

// MissingWeeks lists the weeks of plan month k without actuals that the
// re-forecast counts at the plan (LeftOut[k]): those weekSplit leaves out.
func (rf *Reforecast) MissingWeeks(k int) []int {
	if k < 0 || k >= rf.Closed || !(rf.LeftOut[k] > 0) {
		return nil
	}
	weeks := rf.Weeks[k]
	final := k == rf.LastActual()
	w := weeks[len(weeks)-1]
	var out []int
	for j := 1; j <= 4 && (!final || j < w); j++ {
		if !slices.Contains(weeks, j) {
			out = append(out, j)
		}
	}
	p := rf.Answer.Plan
	switch {
	case final && rf.last(k): // its rest is to come, not left out
	case w >= 4: // week 4's row holds the days after it
	case final:
		for j := w + 1; j <= 5; j++ {
			if p.WeekShare(k, j) > 0 {
				out = append(out, j)
			}
		}
	case p.WeekShare(k, 5) > 0:
		out = append(out, 5)
	}
	return out
}

// calendarYear is the calendar year of plan month k (mo): the business
// calendar's, else the start year's count; 0 when the plan has no year.
func calendarYear(c Config, mo Month, k int) int {
	if mo.Year != 0 || c.StartYear == 0 {
		return mo.Year
	}
	return c.StartYear + (max(c.StartMonth, 1)-1+k)/12
}

// WeekShare is the share of plan month k's working days in its week w
// alone (days 7w−6 to 7w; week 5 is the 29th on, when the month has one),
// counted as the re-forecast counts a month to date: a week's target is
// its share of the month's. October 2026 in Japan has 21 working days, 5
// in week 1 and 2 in week 5; a 28-day February has no week 5 (0).
func (p *Plan) WeekShare(k, w int) float64 {
	if k < 0 || k >= len(p.Months) || w < 1 || w > 5 {
		return 0
	}
	return weeksShare(p.Config, p.Months[k], k, w, w)
}

// weeksShare is the share of plan month k's (mo's) working days in its
// weeks first to last (days 7·first−6 to 7·last): Monday to Friday less
// Japan's public holidays under a business calendar, Monday to Friday in a
// plan with a start year, and the calendar days in a plan without a year.
// October 2026 in Japan has 21 working days (Sports Day is the 12th), 5 of
// them in week 1: 5/21.
func weeksShare(c Config, mo Month, k, first, last int) float64 {
	return daysShare(c, mo, k, 7*first-6, 7*last)
}

// daysShare is the share of plan month k's (mo's) working days in its
// days from to to (to past the month's end: to its end), as weeksShare
// counts them: the 16th to the 31st of August 2026 in Japan hold 11 of
// its 20 working days (Mountain Day is the 11th).
func daysShare(c Config, mo Month, k, from, to int) float64 {
	to = min(to, 31)
	if to < from {
		return 0
	}
	year := calendarYear(c, mo, k)
	days := 0
	if year == 0 {
		days = daysIn(2001, mo.Month)
	} else {
		days = daysIn(year, mo.Month)
	}
	var hol map[dayKey]bool
	if year != 0 && !c.BusinessCalendar.IsZero() {
		hol = jpHolidays(year)
	}
	in, all := 0, 0
	for d := 1; d <= days; d++ {
		if year != 0 {
			switch time.Date(year, mo.Month, d, 12, 0, 0, 0, time.UTC).Weekday() {
			case time.Saturday, time.Sunday:
				continue
			}
			if hol[dayKey{mo.Month, d}] {
				continue
			}
		}
		all++
		if d >= from && d <= to {
			in++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}
