package ui

import (
	"fmt"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// months fills the monthly plan from the answer's plan (seasonality, hires,
// sales-cycle lag from the scenario's forecast section) and, when a Monte
// Carlo run for this scenario has finished, its band and the probability of
// the goal.
func (m *Model) months(f *Forecast, t *report.Table) {
	a := t.Answer
	mod := a.Tree.Model
	gn := mod.Node(mod.Goal())
	fmtv := func(v float64) string { return m.fmtNode(gn, v, kpi.Year) }
	// When the months before the plan land in it, and, for an ongoing
	// pipeline, what they need: the plan's rows start at its first month,
	// and their requirement added up to less than the year's.
	f.LeadText = t.Lead()
	if !a.Reachable {
		f.Unreachable = t.Unreachable()
	}
	f.LandedHead, f.CumHead, f.CumGoalHead = t.MonthHeads()
	f.PerRepHead = t.PerRepHead("months.per_rep_")
	k := 0
	for _, mr := range t.Months() {
		r := MonthRow{Label: mr.Label, Year: mr.Month.Year, Month: mr.Month.Month, PlannedText: mr.Planned, RequiredText: mr.Required, PerRepText: mr.PerRep}
		r.HeadcountText = i18n.Number(mr.Month.Headcount, 2) // issue 13
		mo := mr.Month
		r.Forecast, r.Goal = mo.CumRevenue, mo.CumGoal
		r.RevenueText, r.ForecastText, r.GoalText = mr.Revenue, mr.Cum, mr.CumGoal
		m.monthBand(&r, k, fmtv)
		f.Months = append(f.Months, r)
		k++
	}
}

// monthBand fills plan month k's band from the Monte Carlo run, if it has
// finished: revenue to date at P10, P50 and P90, and the share of trials on
// track.
func (m *Model) monthBand(r *MonthRow, k int, fmtv func(float64) string) {
	if b := m.Bands; b != nil && k < len(b.Months) {
		q := b.Months[k].Cumulative
		r.Low, r.Median, r.High = q.P10, q.P50, q.P90
		// To three significant digits, as the probability's spread reads
		// the last month's: as much as the run knows.
		r.BandText = fmtv(i18n.Significant(q.P10, 3)) + m.Lang.RangeSep() + fmtv(i18n.Significant(q.P90, 3))
		r.OnTrackText = m.Lang.Chance(b.Months[k].OnTrack, b.Months[k].Alike)
	}
}

// withBands brings v, built while the Monte Carlo run was under way, up to
// the run's result (m.Bands): the probability and its words, the months'
// band and the cumulative chart. Nothing else in a view depends on the
// run, so v is then the view View builds (TestWithBands), without the
// whole view built again: the plan, goal seek, the tornado's plans and
// every chart's option (go test -bench Bands ./app/ui: 166 µs natively
// against 600 µs, in the task that joins the run's last stream).
func (m *Model) withBands(v *View) {
	if v.answer == nil {
		return
	}
	v.Forecast.Computing = false
	m.probability(&v.Forecast)
	m.probabilityWords(&v.Forecast, v.table)
	if v.late == nil { // completed: the months are there, without their band
		mod := v.answer.Tree.Model
		gn := mod.Node(mod.Goal())
		fmtv := func(x float64) string { return m.fmtNode(gn, x, kpi.Year) }
		for k := range v.Forecast.Months {
			m.monthBand(&v.Forecast.Months[k], k, fmtv)
		}
	}
	if v.charts != nil {
		v.charts.stale(chartCumulative) // built again with the band at its next use
	}
}

// probability is the figure for the Monte Carlo run's probability of the
// goal: "…" (data-value -1) while the run for this scenario is under way.
func (m *Model) probability(f *Forecast) {
	if b := m.Bands; b != nil {
		f.Probability = Figure{Node: "probability", Period: "year", Exact: b.ProbGoal, Text: m.Lang.Chance(b.ProbGoal, b.Alike)}
		return
	}
	f.Computing = true
	f.Probability = Figure{Node: "probability", Period: "year", Exact: -1, Text: "…"}
}

// seek fills the goal-seek choice and answer: the value the chosen lever
// must take, the others fixed (the solved lever at its planned value), for
// the forecast to meet the goal.
func (m *Model) seek(f *Forecast, t *report.Table) {
	l := m.Lang
	mod := t.Answer.Tree.Model
	opts, choice := m.seekLevers(mod, t.Answer.Target)
	f.Seek = opts
	sk, err := forecast.NeededAlone(mod, choice, m.Scenario.Forecast)
	if sk == nil { // the config or lever is wrong; out of reach still returns a Seek
		f.SeekText = m.message(err)
		return
	}
	// The headcount has no node and no unit of its own: "10.4 reps", not
	// a bare "10.4" beside rates and amounts with theirs.
	reps := func(v string) string { return l.Counted("unit.reps", v) }
	val := func(v float64) string {
		if i, ok := mod.Index(choice); ok {
			return m.fmtNode(mod.Node(i), v, kpi.Year)
		}
		return reps(i18n.Number(v, 1))
	}
	switch {
	case sk.Reachable && sk.Needed == 0 && sk.Value != 0:
		// Every value in the range meets the goal (a deal of 999兆円
		// needs next to no close rate): the end of the range says so,
		// where "0%" said a rate that is not one.
		f.SeekText = fmt.Sprintf(l.T("ask.any"), val(sk.Value), val(sk.Current))
	case sk.Reachable:
		needed := t.Needed(sk)
		if _, ok := mod.Index(choice); !ok {
			needed = reps(needed)
		}
		key := "ask.needed"
		if sk.Falling {
			key = "ask.needed_most" // the most it may be: a churn, a cost
		}
		f.SeekText = fmt.Sprintf(l.T(key), needed, val(sk.Current))
	default: // over the activity's ceiling, outside the range, or no value at all: as kpisim sensitivity says it
		u := t.Unreached(sk)
		if u.Needed == "" {
			f.SeekText = fmt.Sprintf(l.T("ask.unreachable"), u.Reason)
			break
		}
		needed := u.Needed
		if _, ok := mod.Index(choice); !ok {
			needed = reps(needed)
		}
		key := "ask.unreached"
		if sk.Falling {
			key = "ask.unreached_most"
		}
		f.SeekText = fmt.Sprintf(l.T(key), needed, val(sk.Current), u.Reason)
	}
}

// sensitivity fills the tornado chart's title and its two choices: moves
// of ±10 % or to each lever's min and max (byRange), and the change in
// the goal (in its own name: 売上, ARR純増) or in the requirement
// (ofRequired).
func (m *Model) sensitivity(f *Forecast, t *report.Table, byRange, ofRequired bool) {
	l := m.Lang
	a := t.Answer
	n := a.Tree.Model.Node(a.Target)
	goal := l.InSentence(t.GoalName)
	required := fmt.Sprintf(l.T("tornado.required"), n.Label.In(string(l)))
	if n.Activity {
		required = fmt.Sprintf(l.T("tornado.required_rep_"+n.Per.String()), n.Label.In(string(l))) // in its span, as the headline
	}
	by, of := l.T("tornado.by_step"), goal
	if byRange {
		by = l.T("tornado.by_range")
	}
	if ofRequired {
		of = required
	}
	f.Tornado = fmt.Sprintf(l.T("tornado.title"), of, by)
	f.Sensitivity = []Option{
		{Value: SensitivityStep, Label: l.T("tornado.step"), Selected: !byRange},
		{Value: SensitivityRange, Label: l.T("tornado.range"), Selected: byRange},
	}
	f.SensitivityOf = []Option{
		{Value: SensitivityRevenue, Label: goal, Selected: !ofRequired},
		{Value: SensitivityRequired, Label: required, Selected: ofRequired},
	}
}
