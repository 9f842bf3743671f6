package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// WritePlanCSV writes the monthly plan as CSV, one row per month, the
// sales cycle's lead months (negative index, no revenue) first: the
// month, its working days and effective reps, the target's planned and
// required value (a count for an activity) and, for an activity only, the
// requirement per rep per working day (empty for a rate, a price or a
// level, whose requirement is its value), the goal's value landing in the month and to date, the
// goal for the month and to date; with a Monte Carlo run b, the P10, P50
// and P90 of the value to date and the share of trials on track (empty
// without one, and for lead months). Numbers are in plain digits to 12
// significant digits (i18n.Plain, as every -json and -csv number): far
// finer than a yen or a call, and free of binary floating point's noise (a
// P90 to date of 9600000.000000002).
// kpisim forecast -csv and the page's download both write it; the columns
// are a stable interface.
func (t *Table) WritePlanCSV(w io.Writer, b *forecast.Bands) error {
	p := t.Answer.Plan
	cw := csv.NewWriter(w)
	cw.Write([]string{"index", "year", "month", "working_days", "headcount", "planned", "required", "required_rep_day", "revenue",
		"cum_revenue", "goal", "cum_goal", "cum_p10", "cum_p50", "cum_p90", "on_track"})
	f := i18n.Plain
	perRep := func(x float64) string {
		if !t.Answer.Tree.Model.Node(p.Target).Activity {
			return ""
		}
		return f(x)
	}
	row := func(m forecast.Month, band *forecast.Band) {
		r := []string{strconv.Itoa(m.Index), strconv.Itoa(m.Year), strconv.Itoa(int(m.Month)), f(m.WorkingDays), f(m.Headcount), f(m.Planned),
			f(m.Required), perRep(m.RequiredPerRepDay), f(m.Revenue), f(m.CumRevenue), f(m.Goal), f(m.CumGoal), "", "", "", ""}
		if band != nil {
			c := band.Cumulative
			r[12], r[13], r[14], r[15] = f(c.P10), f(c.P50), f(c.P90), f(band.OnTrack)
		}
		cw.Write(r)
	}
	for _, m := range p.Lead {
		row(m, nil)
	}
	for i, m := range p.Months {
		var band *forecast.Band
		if b != nil && i < len(b.Months) {
			band = &b.Months[i]
		}
		row(m, band)
	}
	cw.Flush()
	return cw.Error()
}
