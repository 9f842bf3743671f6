package actuals

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Period is a calendar month, or a week of one.
type Period struct {
	Year  int // 0 when the cell names no year
	Month int // 1 to 12
	Week  int // 1 to 5: the week of the month; 0: the whole month
	Day   int // the day of the month the cell named; 0 when it named a month
}

var monthWords = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

// period reads a cell as a month or a day: 2026-04, 2026/04, 2026-04-13,
// 2026/4/13, 4/13/2026 and 04/13/26 (month first, as US exports write it),
// 1-Apr-2026, 1-Apr-26, April 1, 2026, an ISO week (2026-W15), 13.04.2026,
// 2026年4月, 2026年4月度, 2026年4月13日, 4月, April 2026, Apr-26, 2026 Apr, Apr. A
// time after the date ("2026-04-13 09:30", "2026-04-13T09:30:00Z") is
// ignored, and so is a weekday in brackets ("2026/4/1(水)", "4/1/2026
// (Wed)"). Japanese era years read as the calendar's: 令和8年5月, 令和元年
// 5月1日, R8.6, R8/6/1, H30.4 (era). An Excel serial date, a whole
// number from 36526 to 73050 (2000-01-01 to 2099-12-31), reads as its
// day. A day other than the 1st gives the week of the month it falls in.
func period(cell string) (Period, bool) { return periodIn(cell, false) }

// periodIn is period, a date a/b/yyyy whose a and b could each be the
// month read day first (a is the day) with dayFirst, month first without.
func periodIn(cell string, dayFirst bool) (Period, bool) {
	s := dateText(cell)
	if s == "" {
		return Period{}, false
	}
	if y, ok := era(s); ok {
		s = y
	} else if y == "" {
		return Period{}, false // an era named, its year wrong (平成32年)
	}
	if p, ok := serial(s); ok {
		return p, true
	}
	// Japanese: 2026年4月13日, 2026年4月, 4月, 4月13日.
	if strings.ContainsAny(s, "年月") {
		var y, m, d int
		rest := s
		if head, tail, ok := strings.Cut(rest, "年"); ok {
			y = atoi(head)
			if y == 0 {
				return Period{}, false
			}
			rest = tail
		}
		head, tail, ok := strings.Cut(rest, "月")
		if !ok {
			return Period{}, false
		}
		if m = atoi(head); m == 0 {
			return Period{}, false
		}
		if tail = strings.TrimSpace(tail); tail != "" {
			dh, dt, ok := strings.Cut(tail, "日")
			if !ok || strings.TrimSpace(dt) != "" {
				return Period{}, false
			}
			if d = atoi(dh); d == 0 {
				return Period{}, false
			}
		}
		return mk(y, m, d)
	}
	if p, ok := isoWeek(s); ok { // 2026-W15
		return p, true
	}
	// Words: April 2026, Apr-26, 2026 Apr, Apr; with a day: 1-Apr-2026,
	// 1-Apr-26 (Excel's d-mmm-yy), April 1, 2026, Wed, Apr 1, 2026.
	if s[0] >= 'a' && s[0] <= 'z' || strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0 {
		f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '/' || r == ',' || r == '.' || r == '\'' })
		var m int
		var nums []string
		for _, w := range f {
			if mm, ok := monthWords[w]; ok && m == 0 {
				m = mm
				continue
			}
			if slices.Contains(weekdays, w) { // Wed, Apr 1, 2026
				continue
			}
			if strings.Trim(w, "0123456789") != "" {
				return Period{}, false
			}
			nums = append(nums, w)
		}
		if m == 0 {
			return Period{}, false
		}
		var y, d int
		var ok bool
		switch len(nums) {
		case 0:
			ok = true
		case 1: // a year: 2026, or 26
			y, ok = yearOf(nums[0])
		case 2: // a day and a year, the year last or written whole
			day, year := nums[0], nums[1]
			if len(day) == 4 {
				day, year = year, day
			}
			y, ok = yearOf(year)
			if d = atoi(day); len(day) > 2 || d == 0 {
				ok = false
			}
		}
		if !ok {
			return Period{}, false
		}
		return mk(y, m, d)
	}
	// Numbers: 2026-04, 2026/4/13, 4/13/2026, 13.04.2026, 202604.
	sep := func(r rune) bool { return r == '-' || r == '/' || r == '.' }
	f := strings.FieldsFunc(s, sep)
	n := make([]int, len(f))
	for i, w := range f {
		if n[i] = atoi(w); n[i] == 0 && w != "0" {
			return Period{}, false
		}
		if n[i] == 0 {
			return Period{}, false
		}
	}
	switch {
	case len(f) == 1 && len(f[0]) == 6: // 202604
		return mk(n[0]/100, n[0]%100, 0)
	case len(f) == 2 && len(f[0]) == 4: // 2026-04
		return mk(n[0], n[1], 0)
	case len(f) == 2 && len(f[1]) == 4: // 04/2026
		return mk(n[1], n[0], 0)
	case len(f) == 3 && len(f[0]) == 4: // 2026-04-13
		return mk(n[0], n[1], n[2])
	case len(f) == 3 && len(f[2]) == 4 && strings.ContainsRune(s, '.'): // 13.04.2026
		return mk(n[2], n[1], n[0])
	case len(f) == 3 && (len(f[2]) == 4 || len(f[2]) == 2 && strings.ContainsRune(s, '/')): // 4/13/2026, 04/13/26 (Salesforce's short date); 13/4/2026 when the first cannot be a month, or the file writes the day first
		y := n[2]
		if len(f[2]) == 2 {
			y += 2000
		}
		if n[0] > 12 || dayFirst && n[1] <= 12 {
			return mk(y, n[1], n[0])
		}
		return mk(y, n[0], n[1])
	case len(f) == 1 && len(f[0]) <= 2: // a month number alone
		return mk(0, n[0], 0)
	}
	return Period{}, false
}

// dateText is a period cell as period reads it: folded to half-width,
// lower case, without a weekday in brackets, 度 or a time of day.
func dateText(cell string) string {
	s := strings.ToLower(fold(cell))
	if s == "" {
		return ""
	}
	s = dropWeekday(s)
	s = strings.TrimSuffix(s, "度") // 2026年4月度: the month as a business counts it
	if i := strings.IndexAny(s, "t "); i > 0 && strings.ContainsRune(s[i:], ':') {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// slashDate returns a and b of a date cell written a/b/yyyy, a/b/yy or
// a-b-yyyy (not 13.04.2026, always day first), whichever of them is the
// month.
func slashDate(cell string) (a, b int, ok bool) {
	s := dateText(cell)
	if strings.ContainsRune(s, '.') {
		return 0, 0, false
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' })
	if len(f) != 3 || len(f[2]) != 4 && !(len(f[2]) == 2 && strings.ContainsRune(s, '/')) || len(f[0]) > 2 || len(f[1]) > 2 {
		return 0, 0, false
	}
	a, b = atoi(f[0]), atoi(f[1])
	return a, b, a > 0 && b > 0 && atoi(f[2]) > 0
}

// yearOf reads a year written whole (2026) or by its last two digits
// (26: 2026).
func yearOf(w string) (int, bool) {
	n := atoi(w)
	switch {
	case len(w) == 4 && n >= 1000:
		return n, true
	case len(w) == 2 && strings.Trim(w, "0123456789") == "":
		return 2000 + n, true
	}
	return 0, false
}

// isoWeek reads an ISO 8601 week, 2026-W15 or 2026W15, as its Monday: the
// week of the month that day falls in.
func isoWeek(s string) (Period, bool) {
	y, w, ok := strings.Cut(strings.ReplaceAll(s, "-", ""), "w")
	if !ok || len(y) != 4 || len(w) < 1 || len(w) > 2 || strings.Trim(y+w, "0123456789") != "" {
		return Period{}, false
	}
	year, week := atoi(y), atoi(w)
	if year < 1900 || week < 1 || week > 53 {
		return Period{}, false
	}
	jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(week-1)*7)
	if _, wk := monday.ISOWeek(); wk != week { // week 53 of a year that has 52
		return Period{}, false
	}
	return mk(monday.Year(), int(monday.Month()), monday.Day())
}

func mk(y, m, d int) (Period, bool) {
	if m < 1 || m > 12 || y != 0 && (y < 1900 || y > 2199) || d < 0 || d > daysIn(y, m) {
		return Period{}, false
	}
	p := Period{Year: y, Month: m, Day: d}
	if d > 1 {
		p.Week = (d-1)/7 + 1
	}
	return p, true
}

// daysIn is the number of days in month m of year y, or of a leap year
// when y is 0 (a date written without its year may be the 29th of February).
func daysIn(y, m int) int {
	if y == 0 {
		y = 2024
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 6 {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// eras are the Japanese eras an export may date by: the kanji, the ligature
// and the letter, the calendar year before its first year, and its last
// year (0: the era running).
var eras = []struct {
	names []string
	base  int
	last  int
}{
	{[]string{"令和", "㋿", "r"}, 2018, 0},
	{[]string{"平成", "㍻", "h"}, 1988, 31},
	{[]string{"昭和", "㍼", "s"}, 1925, 64},
}

// era turns a cell dated by a Japanese era into the calendar's year:
// 令和8年5月 is 2026年5月, 令和元年 is 2019年, R8.6 is 2026.6 and H30/4/1
// 2018/4/1. A letter counts only before a digit (s is September's too).
// It reports false, with s unchanged, when s names no era, and "" with
// false when it names one with a year that is not its (平成32年, R0.4).
func era(s string) (string, bool) {
	for _, e := range eras {
		for _, name := range e.names {
			rest, ok := strings.CutPrefix(s, name)
			if !ok {
				continue
			}
			rest = strings.TrimLeft(rest, " ")
			n, digits := 0, 0
			if r, ok := strings.CutPrefix(rest, "元"); ok && len(name) > 1 {
				n, rest = 1, r
			} else {
				for digits < len(rest) && digits < 3 && rest[digits] >= '0' && rest[digits] <= '9' {
					n = n*10 + int(rest[digits]-'0')
					digits++
				}
				if digits == 0 {
					if len(name) == 1 {
						continue // a word, not an era: "sep", "r&d"
					}
					return "", false
				}
				rest = rest[digits:]
			}
			if n < 1 || e.last > 0 && n > e.last || n > 99 {
				return "", false
			}
			return strconv.Itoa(e.base+n) + rest, true
		}
	}
	return s, false
}

// serial reads an Excel serial date (days since 1899-12-30) from 2000 to
// 2099: five digits and nothing else, as a date column shows a date Excel
// lost its format for.
func serial(s string) (Period, bool) {
	if len(s) != 5 {
		return Period{}, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 36526 || n > 73050 {
		return Period{}, false
	}
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return mk(t.Year(), int(t.Month()), t.Day())
}

// weekdays are the day names a date may carry in brackets.
var weekdays = []string{"日", "月", "火", "水", "木", "金", "土",
	"sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// dropWeekday removes a weekday in brackets from a date: 2026/4/1(水),
// 2026年4月1日（水曜日）, 4/1/2026 (Wed). Other brackets stay.
func dropWeekday(s string) string {
	i := strings.IndexByte(s, '(')
	if i < 0 {
		return s
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 0 {
		return s
	}
	w := strings.TrimSpace(s[i+1 : i+j])
	w = strings.TrimSuffix(strings.TrimSuffix(w, "日"), "曜")
	if w == "" && strings.TrimSpace(s[i+1:i+j]) == "日" {
		w = "日"
	}
	w = strings.TrimSuffix(w, ".")
	for _, d := range weekdays {
		if w == d {
			return strings.TrimSpace(s[:i] + " " + s[i+j+1:])
		}
	}
	return s
}
