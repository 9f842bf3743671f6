package forecast

import (
	"math"
	"strings"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/jp"

	"github.com/kpisim/kpisim/app/kpi"
)

// BusinessDays is the number of working days in a month of a country's
// business calendar: Monday to Friday, less public holidays, their
// substitute days and the country's year-end days off. Country "jp" (Japan)
// is supported: its holidays come from github.com/rickar/cal/v2/jp, and its
// year-end days off are December 29 to January 3, the days the Act on
// Holidays of Administrative Organs (行政機関の休日に関する法律, 1988)
// closes government offices and most companies close too (年末年始).
// October 2015 has 21 business days in Japan; December 2026 has 20.
func BusinessDays(country string, year int, month time.Month) (int, error) {
	if strings.ToLower(country) != "jp" {
		return 0, kpi.Errorf("", "forecast.business_calendar.country", kpi.Invalid, 0, "%q is not supported (want jp)", country)
	}
	if year < MinCalendarYear || year > MaxCalendarYear {
		return 0, kpi.Errorf("", "forecast.business_calendar.year", kpi.Invalid, 0, "must be a year from %d to %d; got %d", MinCalendarYear, MaxCalendarYear, year)
	}
	if month < time.January || month > time.December {
		return 0, kpi.Errorf("", "forecast.business_calendar", kpi.Invalid, 0, "month %d is not a month", month)
	}
	hol := jpHolidays(year)
	n := 0
	for d := 1; d <= daysIn(year, month); d++ {
		switch time.Date(year, month, d, 12, 0, 0, 0, time.UTC).Weekday() {
		case time.Saturday, time.Sunday:
			continue
		}
		if !hol[dayKey{month, d}] {
			n++
		}
	}
	return n, nil
}

type dayKey struct {
	m time.Month
	d int
}

var (
	holMu    sync.Mutex
	holCache = map[int]map[dayKey]bool{}
)

// jpHolidays returns the days of year that are Japanese public holidays,
// substitute holidays or year-end days off (yearEnd). The cal/v2 holiday
// functions are not safe to call concurrently (one of them writes to its
// shared definition), so the lookup is serialised and cached per year.
func jpHolidays(year int) map[dayKey]bool {
	holMu.Lock()
	defer holMu.Unlock()
	if h, ok := holCache[year]; ok {
		return h
	}
	h := map[dayKey]bool{}
	for _, hd := range jp.Holidays {
		if hd.Type != cal.ObservancePublic {
			continue
		}
		act, obs := hd.Calc(year)
		for _, t := range [...]time.Time{act, obs} {
			if y, m, d := t.Date(); !t.IsZero() && y == year {
				h[dayKey{m, d}] = true
			}
		}
	}
	for _, d := range yearEnd {
		h[d] = true
	}
	holCache[year] = h
	return h
}

// yearEnd are Japan's year-end and New Year days off (年末年始), December 29
// to January 3, on whatever day of the week they fall.
var yearEnd = [...]dayKey{{time.December, 29}, {time.December, 30}, {time.December, 31}, {time.January, 1}, {time.January, 2}, {time.January, 3}}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// Ramp is the productivity, from 0 to 1, of a rep k months after joining
// (k = 0 is the month they join) under a linear ramp of rampMonths months:
// (k+1)/rampMonths, reaching 1 in month rampMonths-1 and staying there.
// With rampMonths 0 a rep is fully productive at once; before joining
// (k < 0) productivity is 0. A 3-month ramp gives 1/3, 2/3, 1, 1, ...
func Ramp(k, rampMonths int) float64 {
	switch {
	case k < 0:
		return 0
	case rampMonths <= 0 || k+1 >= rampMonths:
		return 1
	}
	return float64(k+1) / float64(rampMonths)
}

// Cohort is a group of reps at one productivity, such as the ramped team at
// 85 % of quota or this quarter's hires at 40 %.
type Cohort struct {
	Reps         float64
	Productivity float64 // a fraction of full productivity (of quota)
}

// Capacity is what the cohorts deliver against a quota per full rep: the
// quota times the sum of reps × productivity. Seven ramped reps at 85 % and
// three ramping at 40 % of a 150,000 quota give 1,072,500. A result within
// float noise of a whole number (1e-12 relative) is that number.
func Capacity(quota float64, cohorts ...Cohort) float64 {
	s := 0.0
	for _, c := range cohorts {
		s += c.Reps * c.Productivity
	}
	return snap(quota * s)
}

// snapDiff is a − b, 0 when they differ by a rounding error's trace of
// their own size, else snapped: a forecast summed from twelve months on its
// goal had a gap of 4.66e-10 in -json where the page read $0.
func snapDiff(a, b float64) float64 {
	if math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b)) {
		return 0
	}
	return snap(a - b)
}

// snap returns the nearest whole number when v is within 1e-12 (relative)
// of it, and v otherwise.
func snap(v float64) float64 {
	r := math.Round(v)
	if math.Abs(v-r) <= 1e-12*math.Max(1, math.Abs(v)) {
		return r
	}
	return v
}
