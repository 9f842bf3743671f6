package ui

import (
	"slices"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
)

// monthsFrom is n months from year y, month m (y 0: a plan without a year).
func monthsFrom(y int, m time.Month, n int) []MonthRow {
	out := make([]MonthRow, n)
	for k := range out {
		x := int(m) - 1 + k
		out[k] = MonthRow{Month: time.Month(x%12 + 1)}
		if y != 0 {
			out[k].Year = y + x/12
		}
	}
	return out
}

// The compared plans share one calendar: every month of every plan once,
// in calendar order, named in the page's language; each plan starts at its
// own first month.
func TestCompareCalendar(t *testing.T) {
	for _, c := range []struct {
		name  string
		lang  i18n.Lang
		plans [][]MonthRow
		base  int
		axis  []string
		start []int
	}{
		{"same calendar", i18n.En, [][]MonthRow{monthsFrom(2026, time.April, 3), monthsFrom(2026, time.April, 3)}, 0,
			[]string{"Apr 2026", "May 2026", "Jun 2026"}, []int{0, 0}},
		{"different start month", i18n.Ja, [][]MonthRow{monthsFrom(2026, time.April, 3), monthsFrom(2026, time.January, 3)}, 0,
			[]string{"2026年1月", "2026年2月", "2026年3月", "2026年4月", "2026年5月", "2026年6月"}, []int{3, 0}},
		{"different years", i18n.En, [][]MonthRow{monthsFrom(2026, time.November, 3), monthsFrom(2025, time.November, 3)}, 1,
			[]string{"Nov 2025", "Dec 2025", "Jan 2026", "Nov 2026", "Dec 2026", "Jan 2027"}, []int{3, 0}},
		{"different lengths", i18n.En, [][]MonthRow{monthsFrom(2026, time.October, 2), monthsFrom(2026, time.September, 5)}, 0,
			[]string{"Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026", "Jan 2027"}, []int{1, 0}},
		{"no year", i18n.En, [][]MonthRow{monthsFrom(0, time.April, 2), monthsFrom(0, time.March, 2)}, 0,
			[]string{"Mar", "Apr", "May"}, []int{1, 0}},
		{"no year beside the base's", i18n.En, [][]MonthRow{monthsFrom(2026, time.April, 2), monthsFrom(0, time.May, 2)}, 0,
			[]string{"Apr 2026", "May 2026", "Jun 2026"}, []int{0, 1}},
		{"an empty plan", i18n.En, [][]MonthRow{monthsFrom(2026, time.April, 2), nil}, 0,
			[]string{"Apr 2026", "May 2026"}, []int{0, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			axis, start := compareCalendar(c.lang, c.plans, c.base)
			if !slices.Equal(axis, c.axis) || !slices.Equal(start, c.start) {
				t.Errorf("axis %q, starts %v; want %q, %v", axis, start, c.axis, c.start)
			}
		})
	}
}
