//go:build !wasm

package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// kpisim sensitivity: the tornado, each lever at ±10 % and at its range's
// ends, largest effect first, and the value each needs alone.

// runSensitivity prints the tornado: each lever ±10 % and at its range's
// ends, its effect on the forecast and on the required activity, largest
// first; then, per lever, the value that alone meets the goal
// (forecast.NeededAlone, the page's goal seek).
func runSensitivity(args []string, stdout, stderr io.Writer) error {
	f := newScenarioFlags("sensitivity")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	a, err := s.Answer()
	if err != nil {
		return answerError(s, l, err)
	}
	m := a.Tree.Model
	sens, err := forecast.Tornado(m, m.Node(a.Target).ID, s.Forecast)
	if err != nil {
		return answerError(s, l, err)
	}
	var out []sensRow
	for _, b := range sens.Bars {
		r := sensRow{Lever: b.Lever, Label: b.Lever, Value: b.Base, Down: b.Down.Revenue, Up: b.Up.Revenue, Swing: b.Swing,
			ReqDown: b.Down.Required, ReqUp: b.Up.Required}
		if b.Index >= 0 {
			r.Label = m.Node(b.Index).Label.In(string(l))
		} else {
			r.Label = l.T("calendar.headcount")
		}
		if b.HasRange {
			r.Range = &sensEnds{b.Min.Value, b.Max.Value, b.Min.Revenue, b.Max.Revenue}
		}
		r.RangeFails = b.RangeFails
		if seek, _ := forecast.NeededAlone(m, b.Lever, s.Forecast); seek != nil {
			r.seek = seek
			r.Needed, r.Reachable, r.AtMost = seek.Needed, seek.Reachable, seek.Falling
		}
		out = append(out, r)
	}
	if *f.asJSON {
		r := SensitivityReport{Scenario: s.ID, Currency: s.Currency, Target: sens.Target,
			Forecast: sens.Base.Revenue, Revenue: sens.Base.Revenue, Required: sens.Base.Required, Bars: out}
		if m.Node(a.Target).Activity {
			r.RequiredRep = &sens.Base.Required
		}
		return writeJSON(stdout, r)
	}
	if *f.asCSV {
		cw := csv.NewWriter(stdout)
		cw.Write([]string{"lever", "label", "value", "revenue_down", "revenue_up", "swing", "required_down", "required_up", "needed", "reachable",
			"min", "max", "revenue_min", "revenue_max"})
		g := i18n.Plain // as calc -csv and forecast -csv write a number
		for _, r := range out {
			cells := []string{"", "", "", ""} // no range
			if x := r.Range; x != nil {
				cells = []string{g(x.Min), g(x.Max), g(x.RevenueMin), g(x.RevenueMax)}
			}
			cw.Write(append([]string{r.Lever, report.TextCell(r.Label), g(r.Value), g(r.Down), g(r.Up), g(r.Swing), g(r.ReqDown), g(r.ReqUp), g(r.Needed), strconv.FormatBool(r.Reachable)},
				cells...))
		}
		cw.Flush()
		return cw.Error()
	}
	return sensitivityTable(f.out(stdout), s, report.New(a, l, s.Currency), out)
}

// SensitivityReport is the -json output of kpisim sensitivity.
// Scenario, currency, target, forecast and required_rep_day are what calc
// -json and forecast -json call the same figures; revenue and required are
// their older names here, kept for scripts that read them.
type SensitivityReport struct {
	Scenario    string    `json:"scenario"`
	Currency    string    `json:"currency"`
	Target      string    `json:"target"`
	Forecast    float64   `json:"forecast"`                   // the goal's forecast over the plan, whatever the goal (revenue, net new ARR)
	RequiredRep *float64  `json:"required_rep_day,omitempty"` // the target's requirement per rep per day, as forecast -json's; only for an activity
	Revenue     float64   `json:"revenue"`                    // the forecast's older name
	Required    float64   `json:"required"`                   // the target's requirement: required_rep_day for an activity, else its value (a rate, a price, a level)
	Bars        []sensRow `json:"bars"`
}

// sensEnds is a lever at its range's ends.
type sensEnds struct {
	Min        float64 `json:"min"`
	Max        float64 `json:"max"`
	RevenueMin float64 `json:"revenue_min"`
	RevenueMax float64 `json:"revenue_max"`
}

// sensRow is one lever of the tornado, with the value it needs alone.
type sensRow struct {
	Lever     string    `json:"lever"`
	Label     string    `json:"label"`
	Value     float64   `json:"value"`
	Down      float64   `json:"revenue_down"`
	Up        float64   `json:"revenue_up"`
	Swing     float64   `json:"swing"`
	ReqDown   float64   `json:"required_down"`
	ReqUp     float64   `json:"required_up"`
	Needed    float64   `json:"needed"`
	AtMost    bool      `json:"at_most,omitempty"` // needed is the most the lever may be (a churn rate, a divisor)
	Reachable bool      `json:"reachable"`
	Range     *sensEnds `json:"range,omitempty"` // levers without a range: none
	// RangeFails: a range is stated, and the plan cannot be computed at
	// one of its ends (a divisor's min of 0): no range, and said.
	RangeFails bool `json:"range_not_computable,omitempty"`

	seek *forecast.Seek
}

func sensitivityTable(w io.Writer, s *scenario.Scenario, t *report.Table, out []sensRow) error {
	a, l, f := t.Answer, t.Format.Lang, t.Format
	m := a.Tree.Model
	gn := m.Node(m.Goal())
	tn := m.Node(a.Target)
	money := func(v float64) string { return f.Node(gn, v, kpi.Year) }
	// A lever's value as the page's goal seek writes it; the headcount
	// with a tenth.
	val := func(lever string, v float64) string {
		if i, ok := m.Index(lever); ok {
			return f.Node(m.Node(i), v, kpi.Year)
		}
		return i18n.Number(v, 1)
	}
	// The requirement as the headline writes it: after the rounding policy,
	// an activity per rep in its span (SaaS's opportunities a week: 1.9,
	// not the 0.4 a day beside a headline of 1.7 a week), as the page's
	// tornado shows it.
	req := func(v float64) string {
		if tn.Activity {
			v *= m.Calendar().Days(tn.Per) // a rep's day → the lever's span
		}
		return t.Need(v)
	}
	// The forecast over the plan, as the bars beside it, -json's revenue
	// and kpisim forecast read it: a plan of 36 months headed "¥96,000,000"
	// (calc's figure a year) above bars of ¥259,200,000 and ¥316,800,000.
	writeProse(w, fmt.Sprintf(punct(l, "%s: %s %s, %s %s %s%s"), named(s, string(l)), t.ForecastTitle(), money(a.Plan.Revenue),
		l.T("cli.required"), t.Head.Label, t.Head.Figure.Text, unitAfter(t, l)))
	fmt.Fprintln(w)
	rows := [][]string{{l.T("fc.lever"), l.T("fc.value"), "−10%", "+10%", l.T("fc.swing"), l.T("fc.req_down"), l.T("fc.req_up"), l.T("fc.needed")}}
	for _, r := range out {
		needed := ""
		switch {
		case r.seek != nil && !r.Reachable:
			needed = t.Unreached(r.seek).Cell // over the ceiling, or outside the range
		case r.seek != nil && r.seek.Falling: // the most it may be, as the page says it
			needed = fmt.Sprintf(l.T("required.at_most"), t.Needed(r.seek))
		case r.seek != nil:
			needed = t.Needed(r.seek)
		case !r.Reachable:
			needed = l.T("fc.not_in_range")
		}
		rows = append(rows, []string{r.Label, val(r.Lever, r.Value), money(r.Down), money(r.Up), money(r.Swing),
			req(r.ReqDown), req(r.ReqUp), needed})
	}
	printTable(w, rows, 1, fit{labels: 1, repeat: 1}) // long lever labels wrap; a table wider still in parts

	// Each lever with a range at its ends, the widest swing first, and
	// those whose range's ends cannot be computed named.
	var ranged []sensRow
	var fails, bare []string
	for _, r := range out {
		switch {
		case r.Range != nil:
			ranged = append(ranged, r)
		case r.RangeFails:
			fails = append(fails, r.Label)
		case r.Lever != scenario.KeyHeadcount: // a lever a range could be given (the headcount is the calendar's)
			bare = append(bare, r.Label)
		}
	}
	for _, note := range []string{report.RangeLeftOut(l, fails), report.NoRange(l, bare)} {
		if note != "" {
			defer writeProse(w, "", note)
		}
	}
	if len(ranged) == 0 {
		return nil
	}
	slices.SortStableFunc(ranged, func(a, b sensRow) int {
		return cmp.Compare(b.Range.RevenueMax-b.Range.RevenueMin, a.Range.RevenueMax-a.Range.RevenueMin)
	})
	fmt.Fprintf(w, "\n%s\n\n", t.RangeTitle())
	landed := upper(l, t.GoalName) // revenue, or the count the goal is
	rows = [][]string{{l.T("fc.lever"), l.T("fc.min"), landed, l.T("fc.max"), landed}}
	for _, r := range ranged {
		x := r.Range
		rows = append(rows, []string{r.Label, val(r.Lever, x.Min), money(x.RevenueMin), val(r.Lever, x.Max), money(x.RevenueMax)})
	}
	printTable(w, rows, 1, fit{labels: 1, repeat: 1, group: 2}) // long lever labels wrap; a table wider still in parts, each end with its outcome
	return nil
}
