package actuals

import (
	"fmt"
	"testing"
)

// FuzzPeriod: whatever the cell, period returns a month from 1 to 12, a
// year of 0 or from 1900 to 2199, a week from 0 to 5 and a day the month
// has (no 31 April, no 29 February of 2027); and an era's date reads as
// the calendar's (令和N年M月 and RN.M as (2018+N)年M月).
func FuzzPeriod(f *testing.F) {
	for _, s := range []string{"令和8年5月", "令和元年5月1日", "R8.6", "R8/6/1", "H30.4", "㋿8年6月", "2026/4/1(水)",
		"2026年4月8日（水曜日）", "4/1/2026 (Wed)", "46143", "2026-04", "Apr-26", "4月", "Sep", "s", "r", "令和", "(", "()", "2026-04-31", "2026/2/30", "2/29"} {
		f.Add(s, 8, 5)
	}
	f.Fuzz(func(t *testing.T, cell string, n, m int) {
		if p, ok := period(cell); ok {
			if p.Month < 1 || p.Month > 12 || p.Year != 0 && (p.Year < 1900 || p.Year > 2199) || p.Week < 0 || p.Week > 5 || p.Day > daysIn(p.Year, p.Month) {
				t.Fatalf("%q: %+v", cell, p)
			}
		}
		if n < 1 || n > 99 || m < 1 || m > 12 {
			return
		}
		want, _ := period(fmt.Sprintf("%d年%d月", 2018+n, m))
		for _, s := range []string{fmt.Sprintf("令和%d年%d月", n, m), fmt.Sprintf("R%d.%d", n, m), fmt.Sprintf("r%02d/%d/1", n, m)} {
			if got, ok := period(s); !ok || got.Year != want.Year || got.Month != want.Month || got.Week != 0 {
				t.Fatalf("%q: %+v, %v; want %+v", s, got, ok, want)
			}
		}
	})
}

// The date forms CRMs and spreadsheets write, each read as its day (or
// month): they were refused ("is not a month or a date") and a file of
// one row read nothing.
func TestPeriodForms(t *testing.T) {
	for _, c := range []struct {
		cell     string
		dayFirst bool
		want     Period
		ok       bool
	}{
		{"04/01/26", false, Period{2026, 4, 0, 1}, true},      // Salesforce's short date, month first
		{"04/13/26", false, Period{2026, 4, 2, 13}, true},     // its 13th: week 2
		{"13/04/26", false, Period{2026, 4, 2, 13}, true},     // a day that can only come first
		{"01/04/26", true, Period{2026, 4, 0, 1}, true},       // a file written day first
		{"1-Apr-2026", false, Period{2026, 4, 0, 1}, true},    // Excel's d-mmm-yyyy
		{"15-Apr-26", false, Period{2026, 4, 3, 15}, true},    // d-mmm-yy
		{"April 1, 2026", false, Period{2026, 4, 0, 1}, true}, // a US long date
		{"Wed, Apr 22, 2026", false, Period{2026, 4, 4, 22}, true},
		{"1 April 2026", false, Period{2026, 4, 0, 1}, true},
		{"2026 Apr 30", false, Period{2026, 4, 5, 30}, true},
		{"Apr-26", false, Period{2026, 4, 0, 0}, true},     // a month, as before
		{"2026-W15", false, Period{2026, 4, 1, 6}, true},   // ISO week 15 of 2026: Monday 6 April
		{"2026W01", false, Period{2025, 12, 5, 29}, true},  // its first week starts in December 2025
		{"2026-W53", false, Period{2026, 12, 4, 28}, true}, // 2026 starts on a Thursday: 53 weeks
		{"2025-W53", false, Period{}, false},               // 2025 has 52
		{"31-Apr-2026", false, Period{}, false},
		{"Apr 1", false, Period{}, false}, // a day without its year
		{"2026 Q2", false, Period{}, false},
	} {
		t.Run(c.cell, func(t *testing.T) {
			got, ok := periodIn(c.cell, c.dayFirst)
			if ok != c.ok || ok && got != c.want {
				t.Errorf("periodIn(%q, %v) = %+v, %v; want %+v, %v", c.cell, c.dayFirst, got, ok, c.want, c.ok)
			}
		})
	}
}
