package ui

import (
	"slices"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// compareCalendar puts the compared plans on one calendar: axis holds every
// month of every plan once, in calendar order, named as the page names
// months in language l; start[i] is the index in axis of plans[i]'s first
// month (its months follow it one by one). Plans without a year (Year 0)
// start in the year of the base's first month, or of the first plan with
// a year; when no plan has one, they all start in one year and the axis
// names months without a year. An empty plan starts at 0.
func compareCalendar(l i18n.Lang, plans [][]MonthRow, base int) (axis []string, start []int) {
	anchor := 0
	if base >= 0 && base < len(plans) && len(plans[base]) > 0 {
		anchor = plans[base][0].Year
	}
	for _, p := range plans {
		if anchor != 0 {
			break
		}
		if len(p) > 0 {
			anchor = p[0].Year
		}
	}
	// Months are counted from January of year 0: year×12 + month−1.
	first := make([]int, len(plans))
	var months []int
	for i, p := range plans {
		if len(p) == 0 {
			continue
		}
		y := p[0].Year
		if y == 0 {
			y = anchor
		}
		first[i] = y*12 + int(p[0].Month) - 1
		for k := range p {
			months = append(months, first[i]+k)
		}
	}
	slices.Sort(months)
	months = slices.Compact(months)
	axis = make([]string, len(months))
	for k, n := range months {
		mo := forecast.Month{Month: time.Month(n%12 + 1)}
		if anchor != 0 {
			mo.Year = n / 12
		}
		axis[k] = report.MonthName(l, mo)
	}
	start = make([]int, len(plans))
	for i, p := range plans {
		if len(p) > 0 {
			start[i], _ = slices.BinarySearch(months, first[i])
		}
	}
	return axis, start
}
