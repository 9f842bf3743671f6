package actuals

import (
	"strconv"
	"strings"
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
// 2026/4/13, 4/13/2026 (month first, as US exports write it), 13.04.2026,
// 2026年4月, 2026年4月13日, 4月, April 2026, Apr-26, 2026 Apr, Apr. A
// time after the date ("2026-04-13 09:30", "2026-04-13T09:30:00Z") is
// ignored. A day other than the 1st gives the week of the month it falls
// in.
func period(cell string) (Period, bool) {
	s := strings.ToLower(fold(cell))
	if s == "" {
		return Period{}, false
	}
	if i := strings.IndexAny(s, "t "); i > 0 && strings.ContainsRune(s[i:], ':') {
		s = strings.TrimSpace(s[:i])
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
	// Words: April 2026, Apr-26, 2026 Apr, Apr.
	if s[0] >= 'a' && s[0] <= 'z' || strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0 {
		f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '/' || r == ',' || r == '.' || r == '\'' })
		var y, m int
		for _, w := range f {
			if mm, ok := monthWords[w]; ok && m == 0 {
				m = mm
				continue
			}
			n := atoi(w)
			switch {
			case n >= 1000 && y == 0:
				y = n
			case len(w) == 2 && n >= 0 && y == 0 && w[0] >= '0' && w[0] <= '9':
				y = 2000 + n
			default:
				return Period{}, false
			}
		}
		if m == 0 {
			return Period{}, false
		}
		return mk(y, m, 0)
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
	case len(f) == 3 && len(f[2]) == 4: // 4/13/2026; 13/4/2026 when the first cannot be a month
		if n[0] > 12 {
			return mk(n[2], n[1], n[0])
		}
		return mk(n[2], n[0], n[1])
	case len(f) == 1 && len(f[0]) <= 2: // a month number alone
		return mk(0, n[0], 0)
	}
	return Period{}, false
}

func mk(y, m, d int) (Period, bool) {
	if m < 1 || m > 12 || y != 0 && (y < 1900 || y > 2199) || d < 0 || d > 31 {
		return Period{}, false
	}
	p := Period{Year: y, Month: m, Day: d}
	if d > 1 {
		p.Week = (d-1)/7 + 1
	}
	return p, true
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
