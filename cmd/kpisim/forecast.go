//go:build !wasm

package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// keyGoalPeriod is the -set key of the period the goal is stated per.
const keyGoalPeriod = "goal.period"

// keyCurrency is -set's key for the scenario's currency, as the page's
// editor sets it (This tree).
const keyCurrency = "currency"

// keyTrials is the -set key of the Monte Carlo run's trials.
const keyTrials = "forecast.trials"

// ForecastReport is the -json output of kpisim forecast.
type ForecastReport struct {
	Scenario    string          `json:"scenario"`
	Currency    string          `json:"currency"`
	Target      string          `json:"target"`
	Goal        float64         `json:"goal"`     // over the plan
	Forecast    float64         `json:"forecast"` // revenue landing inside the plan
	Gap         float64         `json:"gap"`
	Reachable   bool            `json:"reachable"`
	Required    float64         `json:"required"`                   // the target's requirement over the plan (a count for an activity)
	RequiredRep *float64        `json:"required_rep_day,omitempty"` // per rep per working day; only for an activity (a rate, price or level: required)
	Lead        []ForecastMonth `json:"lead,omitempty"`             // months before the start whose activity lands in the plan
	Months      []ForecastMonth `json:"months"`
	Trials      int             `json:"trials,omitempty"`
	Seed        uint64          `json:"seed,omitempty"`
	ProbGoal    *float64        `json:"probability_goal,omitempty"` // with -trials: the share of trials reaching the goal
	Reforecast  *RefitReport    `json:"reforecast,omitempty"`       // with -actuals (issue 13)
}

// ForecastMonth is one month of the plan.
type ForecastMonth struct {
	Index       int                 `json:"index"`
	Month       int                 `json:"month"`
	Year        int                 `json:"year,omitempty"`
	WorkingDays float64             `json:"working_days"`
	Headcount   float64             `json:"headcount"`
	Planned     float64             `json:"planned"`
	Required    float64             `json:"required"`
	RequiredRep *float64            `json:"required_rep_day,omitempty"` // only for an activity
	Revenue     float64             `json:"revenue"`
	CumRevenue  float64             `json:"cum_revenue"`
	Goal        float64             `json:"goal"`
	CumGoal     float64             `json:"cum_goal"`
	Revenue90   *forecast.Quantiles `json:"revenue_p10_p50_p90,omitempty"`
	Cum90       *forecast.Quantiles `json:"cum_revenue_p10_p50_p90,omitempty"`
	OnTrack     *float64            `json:"on_track,omitempty"`
	Landed      map[string]float64  `json:"landed,omitempty"` // every periodic node's value landing this month
}

func runForecast(args []string, stdout, stderr io.Writer) error {
	f := newScenarioFlags("forecast")
	trials := f.fs.Int("trials", 0, "")
	seed := f.fs.String("seed", "", "")
	var acts pathFlags // a list of deals and an activity log: each read in turn, a later file's value replacing an earlier's
	f.fs.Var(&acts, "actuals", "")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	for _, path := range acts {
		if err := readActuals(s, path, l, stderr); err != nil {
			return err
		}
	}
	if len(acts) == 0 && s.Forecast.StartYear == 0 {
		// The file's own actuals: dated 2028-05, they give a plan
		// without a year its year, as an export's do (a year the file
		// names stays, and actuals outside it are said to be left out).
		s.GuessStartYear()
	}
	fileTrials := s.Forecast.Trials // the re-forecast's run, as the page draws it
	if *seed != "" {
		v, err := strconv.ParseUint(*seed, 10, 64)
		if err != nil {
			return usageError(l.T("cli.seed_flag"), *seed)
		}
		s.Forecast.Seed = v
	}
	if *trials < 0 || *trials > forecast.MaxTrials {
		return usageError(l.T("cli.trials_flag"), i18n.Count(forecast.MaxTrials), *trials)
	}
	if !flagGiven(f.fs, "trials") && f.sets.has(keyTrials) {
		*trials = s.Forecast.Trials // -set forecast.trials=500 asks for a run as -trials 500 does
	}
	s.Forecast.Trials = *trials
	a, err := s.Answer()
	if err != nil {
		return answerError(s, l, err)
	}
	var bands *forecast.Bands
	if *trials > 0 {
		if bands, err = forecast.Run(a.Tree.Model, s.Forecast); err != nil {
			return answerError(s, l, err)
		}
	}
	rep := forecastReport(s, a, bands)
	var rf *forecast.Reforecast
	if len(s.Actuals) > 0 {
		c := s.Clone()
		var opts []forecast.RefitOption
		switch {
		case flagGiven(f.fs, "trials") && *trials == 0:
			opts = append(opts, forecast.NoRun) // -trials 0 asks for no run, where the scenario's Trials 0 is DefaultTrials
		case *trials == 0:
			c.Forecast.Trials = fileTrials
		}
		if rf, err = c.RefitOn(today(), opts...); err != nil {
			return answerError(s, l, err)
		}
		rep.Reforecast = refitReport(rf)
	}
	switch {
	case *f.asJSON:
		return writeJSON(stdout, rep)
	case *f.asCSV && rf != nil:
		return writeRefitCSV(stdout, rep.Reforecast, rf) // the year so far, as -json's months
	case *f.asCSV:
		return report.New(a, l, s.Currency).WritePlanCSV(stdout, bands) // the page's download too
	}
	out := f.out(stdout)
	if err := forecastTable(out, s, report.New(a, l, s.Currency), bands); err != nil || rf == nil {
		return err
	}
	refitTable(out, rf, l, s.Currency, forecast.Config{Trials: fileTrials}.TrialCount())
	return nil
}

// forecastReport is the plan of answer a (the one model's, at the planned
// values) with the bands of a Monte Carlo run, if any. The requirement is
// the answer's: the target's pace (required_rep_day), and its exact count
// over the plan.
func forecastReport(s *scenario.Scenario, a *forecast.Answer, b *forecast.Bands) ForecastReport {
	p := a.Plan
	m := a.Tree.Model
	r := ForecastReport{Scenario: s.ID, Currency: s.Currency, Target: m.Node(p.Target).ID, Goal: p.Goal, Forecast: p.Revenue,
		Gap: p.Gap(), Reachable: a.Reachable, Required: p.Required}
	activity := m.Node(p.Target).Activity
	if activity {
		x, _ := a.Required(a.Target, kpi.RepDay)
		r.RequiredRep = &x
	}
	month := func(x forecast.Month) ForecastMonth {
		fm := ForecastMonth{Index: x.Index, Month: int(x.Month), Year: x.Year, WorkingDays: x.WorkingDays, Headcount: x.Headcount,
			Planned: x.Planned, Required: x.Required, Revenue: x.Revenue, CumRevenue: x.CumRevenue,
			Goal: x.Goal, CumGoal: x.CumGoal}
		if activity {
			fm.RequiredRep = &x.RequiredPerRepDay
		}
		if x.Landed != nil {
			fm.Landed = map[string]float64{}
			for i := range m.Len() {
				if m.Node(i).Periodic() {
					fm.Landed[m.Node(i).ID] = x.Landed[i]
				}
			}
		}
		return fm
	}
	for _, x := range p.Lead {
		r.Lead = append(r.Lead, month(x))
	}
	for _, x := range p.Months {
		r.Months = append(r.Months, month(x))
	}
	if b != nil {
		r.Trials, r.Seed = b.Trials, s.Forecast.Seed
		prob := b.ProbGoal
		r.ProbGoal = &prob
		for i := range r.Months {
			bm := b.Months[i]
			rv, cu, on := bm.Revenue, bm.Cumulative, bm.OnTrack
			r.Months[i].Revenue90, r.Months[i].Cum90, r.Months[i].OnTrack = &rv, &cu, &on
		}
	}
	return r
}

// forecastTable prints the plan month by month as the page's monthly plan
// does (report.Table.Months), then the forecast, the requirement (the
// headline's figure, so calc and forecast print the same) and the odds.
func forecastTable(w io.Writer, s *scenario.Scenario, t *report.Table, b *forecast.Bands) error {
	a := t.Answer
	l := t.Format.Lang
	m := a.Tree.Model
	gn := m.Node(m.Goal())
	money := func(v float64) string { return t.Format.Node(gn, v, kpi.Year) }
	fmt.Fprintf(w, "%s\n\n", named(s, string(l)))
	landed, cum, _ := t.MonthHeads()
	head := []string{l.T("fc.month"), l.T("fc.days"), l.T("fc.reps"), l.T("fc.planned"), l.T("fc.required"), t.PerRepHead("fc.per_rep_"),
		upper(l, landed), upper(l, cum), l.T("fc.cum_goal")} // the goal's short name keeps the table in 100 columns
	if b != nil {
		head = append(head, "P10", "P50", "P90", l.T("fc.on_track"))
	}
	rows := [][]string{head}
	for _, x := range t.Months() {
		mo := x.Month
		r := []string{x.Label, i18n.Number(mo.WorkingDays, 1), i18n.Number(mo.Headcount, 2), x.Planned, x.Required, x.PerRep,
			x.Revenue, x.Cum, x.CumGoal}
		if b != nil && mo.Index < len(b.Months) {
			band := b.Months[mo.Index]
			sig := func(v float64) string { return money(i18n.Significant(v, 3)) } // as the page's band: as much as the run knows
			r = append(r, sig(band.Cumulative.P10), sig(band.Cumulative.P50), sig(band.Cumulative.P90), l.Chance(band.OnTrack, band.Alike))
		}
		rows = append(rows, r)
	}
	printTable(w, rows, 1, fit{labels: 1, repeat: 1}) // within the width: a long month wraps, a table wider still in parts, each with the months
	fmt.Fprintln(w)
	var lines []string
	if x := t.Lead(); x != "" {
		lines = append(lines, x)
	}
	h := t.Head
	lines = append(lines, fmt.Sprintf(punct(l, "%s: %s / %s %s (%s %s)"), t.ForecastTitle(), money(a.Plan.Revenue), l.T("forecast.goal"), money(a.Plan.Goal),
		l.T("cli.gapword"), t.Format.Signed(gn, t.Format.Shown(gn, a.Plan.Revenue, kpi.Year)-t.Format.Shown(gn, a.Plan.Goal, kpi.Year), kpi.Year)))
	if x := t.PlannedOver(); x != "" {
		lines = append(lines, x)
	}
	if !a.Reachable {
		lines = append(lines, t.Unreachable())
	} else if h.Unit != "" {
		lines = append(lines, fmt.Sprintf("%s: %s %s%s", l.T("cli.required"), h.Label, h.Figure.Text, unitAfter(t, l)))
	} else {
		lines = append(lines, fmt.Sprintf("%s: %s %s", l.T("cli.required"), h.Label, h.Figure.Text))
	}
	for _, x := range []string{h.Busiest, h.Reps, h.Message, h.Pipeline} {
		if x != "" {
			lines = append(lines, x)
		}
	}
	if b != nil {
		lines = append(lines, fmt.Sprintf(l.T("fc.probability"), l.Chance(b.ProbGoal, b.Alike), i18n.Count(float64(b.Trials)), s.Forecast.Seed))
		if x := report.LeanNote(t.Format, m, s.Forecast, b); x != "" {
			lines = append(lines, x) // the page's, under the probability
		}
	}
	writeProse(w, lines...)
	return nil
}
