package ui

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// View is everything the page shows, formatted for the model's language.
// Its fields are values, so components compare them cheaply and skip
// re-rendering what did not change.
type View struct {
	Lang        i18n.Lang
	Title       string
	Description string
	Presets     []Option
	Roundings   []Option
	GoalPeriods []Option
	Levers      []LeverView // the scenario's levers, in file order
	Settings    []LeverView // goal, headcount, working days, activity ceilings
	Uncertainty []LeverView // the Monte Carlo run's assumptions: ranges' ends, histories' sizes, activities' variability, trials
	Head        Headline
	Ask         Ask          // what the headline solves for, and goal seek's sentence
	Rows        []Row        // the solve path, goal first: required per period
	Periods     []kpi.Period // the required table's columns: the hour too when the calendar sets selling hours
	Forecast    Forecast
	Tree        []TreeNode
	Explain     Explain
	Error       string // why the numbers cannot be computed, when they cannot
	answer      *forecast.Answer
	table       *report.Table
	charts      *Charts       // built on first use: see ChartOptions
	buildCharts func() Charts // nil when there is nothing to chart
	late        func()        // fills what the input handler need not wait for; nil once done

	// Built on first use and kept while the view stands: a render that
	// changes nothing of it (a Monte Carlo result, a fold) does not build
	// them again (18 and 15–23 ms of a render at CPU 4×).
	nodes      []chart.Node // diagramNodes
	nodesDone  bool
	coached    *Coach // coach, for the ticks in coachTicks
	coachTicks []int
}

// diagramNodes returns the diagram's boxes for v (diagramNodes), built
// once.
func (v *View) diagramNodes() []chart.Node {
	if !v.nodesDone {
		v.nodes, v.nodesDone = diagramNodes(v), true
	}
	return v.nodes
}

// coach returns the coach section's view for v with the items ticked
// (coach), built again only when the ticks change.
func (v *View) coach(ticked []int) Coach {
	if v.coached == nil || !slices.Equal(v.coachTicks, ticked) {
		c := coach(v.table, v.Lang, ticked)
		v.coached, v.coachTicks = &c, slices.Clone(ticked)
	}
	return *v.coached
}

// Complete fills the parts of the view a slider move does not patch at
// once: the monthly plan, the band and goal seek. A slider move builds the
// view in its input handler and shows its figures at once; the page
// completes the view when it renders, in go-app's next frame.
func (v *View) Complete() *View {
	if v.late != nil {
		f := v.late
		v.late = nil
		f()
	}
	return v
}

// ChartOptions returns the charts' options, building them on first use
// (after Complete, whose months the cumulative chart draws).
func (v *View) ChartOptions() Charts {
	v.Complete()
	if v.charts == nil {
		c := Charts{}
		if v.buildCharts != nil {
			c = v.buildCharts()
		}
		v.charts = &c
	}
	return *v.charts
}

// Option is one choice of a select.
type Option struct {
	Value, Label string
	Selected     bool
}

// LeverView is one input: a slider and a numeric field.
type LeverView struct {
	Key      string  // lever id or settings key: the field's data-lever
	Label    string  // the lever's name in the page's language
	Unit     string  // the unit shown after the field: %, 円, 件/日/人
	Value    float64 // the slider's value, in the unit shown
	Min, Max float64 // the slider's range, in the unit shown
	Step     float64
	Text     string // the field's text: what the user typed, or the value
	Hint     string // the value in words: 1億円, ¥1,000,000
	Error    string // the rule the typed text breaks, translated
	Cadence  string // how often it is measured (週次, weekly); "" when not stated
	Activity bool
}

// Figure is one number on the page with its exact value for data-value.
type Figure struct {
	Node   string  // data-node
	Period string  // data-period
	Exact  float64 // data-value: the exact, unrounded number
	Text   string  // what the user reads
}

// Headline is the answer, large: required activity per rep per day.
type Headline struct {
	Label    string
	Figure   Figure
	Unit     string
	Exact    string // the unrounded value in words
	Planned  string
	Over     bool   // beyond the ceiling a person can do
	Message  string // over or within the ceiling
	Help     string // the lever that would help most
	HelpNode string
	Busiest  string // the busiest month's need, when months differ
	Pipeline string // the pipeline assumption in force, with a sales cycle
}

// Row is one node of the solve path with its required value per period.
type Row struct {
	ID, Label string
	Cells     []Figure // per period of View.Periods
}

// Forecast is revenue from the planned activity against the goal.
type Forecast struct {
	From   string
	Total  Figure
	Goal   string
	Gap    Figure
	GapPct string
	Ahead  bool
	Months []MonthRow
	// Lead holds the months before the plan whose activity lands in it
	// (with a sales cycle), and LeadText says so: when activity must start.
	Lead []MonthRow
	// The goal's columns of the monthly plan, in its own words
	// (report.Table.MonthHeads).
	LandedHead, CumHead, CumGoalHead string
	LeadText                         string
	Unreachable                      string // no amount of the target meets the goal in this plan

	Probability Figure // the share of Monte Carlo trials reaching the goal (data-node "probability")
	Computing   bool   // the run for the current scenario has not finished
	ProbBand    string // BandLow, BandMid or BandHigh; empty while computing
	ProbWord    string // the band in words: unlikely, a coin toss, likely
	BandNames   []BandName
	Spread      string // "8 years in 10 land between A and B"
	Assumes     string // the run's main assumptions, in one line
	How         string // how the probability is computed, jargon and all
	Seek        []Option
	SeekText    string // what the chosen lever must be for the forecast to meet the goal

	Sensitivity   []Option // the tornado chart's moves: ±10 % or min–max
	SensitivityOf []Option // what it shows the change of: revenue or the requirement
	Tornado       string   // the tornado chart's title, for its modes
}

// MonthRow is one month of the plan.
type MonthRow struct {
	Label             string
	Forecast, Goal    float64 // cumulative
	Low, Median, High float64 // P10, P50 and P90 of the cumulative revenue, when bands are known

	// The target's planned and required values (counts for an activity)
	// and the requirement per rep per day; empty where nothing is required.
	PlannedText, RequiredText, PerRepDayText string
	// Revenue landing in the month, cumulative revenue and goal; the
	// P10–P90 of cumulative revenue and the share of trials on track once
	// the run is done. Empty for a lead month.
	RevenueText, ForecastText, GoalText string
	BandText, OnTrackText               string
	HeadcountText                       string // effective reps: the team plus hires on their ramp (issue 13)
}

// TreeNode is one box of the KPI tree.
type TreeNode struct {
	ID, Label string
	Depth     int
	Formula   string // "= a × b" or the lever's value
	Cadence   string // how often it is measured (週次, weekly); "" when not stated
	Required  string // per year, after rounding; empty off the path
	Forecast  string // per year
	OnPath    bool
	Lever     bool
	Selected  bool
	Last      bool // the last child of its parent, for the connector
}

// Explain says how the selected node's numbers are made.
type Explain struct {
	ID, Label string
	Forward   string   // forecast: formula with the inputs' values
	Backward  string   // required: the inverse formula with values
	Periods   []string // per period: unrounded → rounded
	Note      string
}

// View builds the page for the model's current state.
func (m *Model) View() *View {
	l := m.Lang
	s := m.Scenario
	v := m.Figures("")
	v.Title, v.Description = s.Title.In(string(l)), s.Description.In(string(l))
	for _, p := range m.Presets {
		v.Presets = append(v.Presets, Option{Value: p.ID, Label: p.Title.In(string(l)), Selected: p.ID == s.ID})
	}
	v.Presets = withOwnTree(v.Presets, s, l) // issue 11: app/ui/editor.go
	for _, r := range []kpi.Rounding{kpi.RoundCeil, kpi.RoundNone, kpi.RoundNearest} {
		v.Roundings = append(v.Roundings, Option{Value: r.String(), Label: l.T("rounding." + r.String()), Selected: r == s.Rounding})
	}
	for _, p := range []kpi.Period{kpi.Year, kpi.Quarter, kpi.Month, kpi.Week, kpi.Day} {
		v.GoalPeriods = append(v.GoalPeriods, Option{Value: p.String(), Label: l.T("per." + p.String()), Selected: p == s.Goal.Period})
	}
	if v.answer == nil {
		return v
	}
	a, t := v.answer, v.table
	m.probabilityWords(&v.Forecast, t)
	m.ask(v, t)
	v.late = func() {
		m.months(&v.Forecast, t)
		m.seek(&v.Forecast, t)
	}
	v.Tree = m.tree(t)
	v.Explain = m.explain(t)
	byRange, ofRequired := m.byRange(), m.SensitivityOf == SensitivityRequired
	m.sensitivity(&v.Forecast, a, byRange, ofRequired)
	lang, cur, cfg := m.Lang, m.Scenario.Currency, m.Scenario.Forecast
	v.buildCharts = func() Charts { return buildCharts(t, v, lang, cur, cfg, byRange, ofRequired) }
	return v
}

// Figures is the part of the view a slider's move writes at once
// (Page.patch): the fields (all of them, or with key a lever's id only
// that lever's, the one its move changes: fields), and every figure
// (figures: the headline, the required table, the forecast's total, gap
// and probability), or the error. View is Figures("") and the rest, which
// the page renders once the slider is released (page_pace.go); a move
// builds only this (go test -bench View ./app/ui: 67 µs natively, the
// complete view 530 µs).
func (m *Model) Figures(key string) *View {
	l := m.Lang
	s := m.Scenario
	v := &View{Lang: l}
	m.fields(v, key)
	a, err := s.Answer()
	if err != nil {
		v.Error = m.message(err)
		return v
	}
	t := report.New(a, l, s.Currency)
	v.answer, v.table = a, t
	v.Head = m.headline(t)
	v.Rows, v.Periods = m.rows(t), t.Periods
	v.Forecast = m.forecast(t)
	m.probability(&v.Forecast)
	return v
}

// fields builds the views of the levers, settings and ranges, or with
// key a lever's id only that lever's: the one field its slider's move
// changes (every field built was a fifth of a move's work).
func (m *Model) fields(v *View, key string) {
	s := m.Scenario
	if n := s.Node(key); key != "" && n != nil && n.Op == kpi.Lever {
		v.Levers = []LeverView{m.leverView(n)}
		return
	}
	for i := range s.Nodes {
		if n := &s.Nodes[i]; n.Op == kpi.Lever {
			v.Levers = append(v.Levers, m.leverView(n))
		}
	}
	v.Settings = m.settings()
	v.Uncertainty = m.uncertainty()
}

// figures lists every figure the page shows with a data-node.
func (v *View) figures() []Figure {
	if v.answer == nil {
		return nil
	}
	out := make([]Figure, 0, 2+len(v.Rows)*len(kpi.Periods)+1)
	out = append(out, v.Head.Figure, v.Forecast.Total, v.Forecast.Gap, v.Forecast.Probability)
	for _, r := range v.Rows {
		out = append(out, r.Cells[:]...)
	}
	return out
}

func (m *Model) leverView(n *kpi.Node) LeverView {
	l := m.Lang
	lv := LeverView{Key: n.ID, Label: n.Label.In(string(l)), Activity: n.Activity, Cadence: i18n.Format{Lang: l}.Cadence(n.Cadence)}
	lv.Value = m.toDisplay(n.ID, n.Value)
	lv.Min, lv.Max, lv.Step = m.toDisplay(n.ID, n.Min), m.toDisplay(n.ID, n.Max), m.toDisplay(n.ID, n.Step)
	if lv.Max <= lv.Min { // an unbounded lever: a range around its value
		lv.Min, lv.Max = 0, niceCeil(math.Max(lv.Value*3, 1))
	}
	if lv.Step <= 0 {
		lv.Step = niceCeil(lv.Max/1000) / 10
	}
	lv.Unit, lv.Hint = m.unitText(n, n.Value)
	return m.withText(lv)
}

// unitText is the unit shown after a lever's field and the value in words.
func (m *Model) unitText(n *kpi.Node, v float64) (unit, hint string) {
	l := m.Lang
	cur := m.Scenario.Currency
	switch {
	case n.Unit == kpi.Rate:
		return "%", ""
	case n.Unit == kpi.Currency:
		return currencyUnit(l, cur), l.Money(v, cur)
	case n.Activity:
		return i18n.Format{Lang: l}.Span(n), "" // 件/日/人, 件/週/人 (issue 10)
	case n.Unit == kpi.Count:
		return l.T("unit.count"), ""
	}
	return "", ""
}

func currencyUnit(l i18n.Lang, cur string) string {
	if cur == "JPY" {
		if l == i18n.Ja {
			return "円"
		}
		return "JPY"
	}
	return cur
}

// withText fills the field's text and error from the model's field state.
func (m *Model) withText(lv LeverView) LeverView {
	if raw, ok := m.raw[lv.Key]; ok {
		lv.Text = raw
	} else {
		lv.Text = grouped(lv.Value)
	}
	if e := m.errs[lv.Key]; e != nil {
		lv.Error = m.ruleText(lv.Label, e)
	}
	return lv
}

func (m *Model) settings() []LeverView {
	l := m.Lang
	s := m.Scenario
	goalUnit := kpi.Count
	if n := s.Node(s.Goal.Node); n != nil {
		goalUnit = n.Unit
	}
	goal := LeverView{Key: scenario.KeyGoal, Label: l.T("goal.title") + " · " + l.T("per."+s.Goal.Period.String()), Value: s.Goal.Value,
		Min: 0, Max: niceCeil(s.Goal.Value * 3), Step: niceCeil(s.Goal.Value/1000) / 10}
	if goalUnit == kpi.Currency {
		goal.Unit, goal.Hint = currencyUnit(l, s.Currency), l.Money(s.Goal.Value, s.Currency)
	}
	out := []LeverView{
		m.withText(goal),
		m.withText(LeverView{Key: scenario.KeyHeadcount, Label: l.T("calendar.headcount"), Value: s.Calendar.Headcount,
			Min: 1, Max: math.Max(50, niceCeil(s.Calendar.Headcount*2)), Step: 1}),
		m.withText(LeverView{Key: scenario.KeyWorkingDays, Label: l.T("calendar.days"), Value: s.Calendar.WorkingDays, Min: 1, Max: 31, Step: 0.5}),
		// A week and an hour (issue 10): the required table's week column
		// divides by the first; the second, when set, adds an hour column.
		m.withText(LeverView{Key: scenario.KeyDaysPerWeek, Label: l.T("calendar.days_per_week"), Value: s.Calendar.Week(), Min: 1, Max: 7, Step: 0.5}),
		m.withText(LeverView{Key: scenario.KeyHoursPerDay, Label: l.T("calendar.hours_per_day"), Value: s.Calendar.HoursPerDay, Min: 0, Max: 12, Step: 0.5,
			Hint: hoursHint(l, s.Calendar.HoursPerDay)}),
	}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if !n.Activity {
			continue
		}
		c := ceilingOf(n)
		// The slider starts at its step, so its positions are whole steps
		// (6,000,000 on a 10,000 step, not 6,000,001).
		step := math.Max(n.Step, 0.5)
		out = append(out, m.withText(LeverView{Key: scenario.KeyCeiling + n.ID, Label: l.T("calendar.ceiling") + " · " + n.Label.In(string(l)),
			Unit: l.T("unit.rep_day"), Value: c, Min: math.Min(step, c), Max: math.Max(niceCeil(c*3), 10), Step: step}))
	}
	return out
}

// hoursHint says what a day's selling hours of 0 mean: no hour column.
func hoursHint(l i18n.Lang, h float64) string {
	if h > 0 {
		return ""
	}
	return l.T("calendar.hours_none")
}

// uncertainty is a field for each assumption of the Monte Carlo run: the
// low and high ends of each lever's three-point range (its likely value is
// the lever's), the size of each won-of history (whose wins follow the
// lever), each activity's month-to-month variability, and the number of
// trials.
func (m *Model) uncertainty() []LeverView {
	l := m.Lang
	s := m.Scenario
	var out []LeverView
	for i := range s.Nodes {
		n := &s.Nodes[i]
		name := n.Label.In(string(l))
		if r, ok := s.Forecast.Ranges[n.ID]; ok && n.Op == kpi.Lever {
			key := scenario.KeyRange + n.ID + "."
			if r.Count() {
				out = append(out, m.withText(LeverView{Key: key + "of", Label: name + " · " + l.T("uncertainty.of"), Unit: l.T("unit.history"),
					Value: float64(r.Of), Min: 10, Max: math.Max(10_000, float64(r.Of)), Step: 10,
					Hint: fmt.Sprintf(l.T("uncertainty.history"), i18n.Count(float64(r.Won)), i18n.Count(float64(r.Of)))}))
				continue
			}
			top := m.toDisplay(n.ID, niceCeil(math.Max(n.Max, r.High)))
			if n.Unit == kpi.Rate {
				top = 100
			}
			unit, _ := m.unitText(n, n.Value)
			for _, end := range []struct {
				part string
				v    float64
			}{{"low", r.Low}, {"high", r.High}} {
				out = append(out, m.withText(LeverView{Key: key + end.part, Label: name + " · " + l.T("uncertainty."+end.part), Unit: unit,
					Value: m.toDisplay(n.ID, end.v), Min: 0, Max: top, Step: m.toDisplay(n.ID, n.Step)}))
			}
		}
		if n.Activity {
			cv := cleanFloat(s.Forecast.ActivityCV[n.ID] * 100)
			out = append(out, m.withText(LeverView{Key: scenario.KeyActivityCV + n.ID, Label: name + " · " + l.T("uncertainty.cv"), Unit: "%",
				Value: cv, Min: 0, Max: math.Max(50, cv), Step: 1}))
		}
	}
	// More trials: a steadier probability, at a longer run (progress shows).
	out = append(out, m.withText(LeverView{Key: scenario.KeyTrials, Label: l.T("forecast.trials"), Unit: l.T("unit.trials"),
		Value: float64(s.Forecast.TrialCount()), Min: 1000, Max: forecast.MaxTrials, Step: 1000}))
	for i := range out {
		if out[i].Step <= 0 {
			out[i].Step = niceCeil(out[i].Max/1000) / 10
		}
	}
	return out
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, f := range []float64{1, 2, 5, 10} {
		if f*p >= v*(1-1e-12) {
			return f * p
		}
	}
	return 10 * p
}

// fmtNode formats value v of node n in period p for the page, as every
// figure is: through i18n.Format, the CLI's formatter too.
func (m *Model) fmtNode(n *kpi.Node, v float64, p kpi.Period) string {
	return i18n.Format{Lang: m.Lang, Currency: m.Scenario.Currency}.Node(n, v, p)
}

func reportFigure(f report.Figure) Figure {
	return Figure{Node: f.Node, Period: f.Period, Exact: f.Exact, Text: f.Text}
}

func (m *Model) headline(t *report.Table) Headline {
	h := t.Head
	return Headline{Label: h.Label, Figure: reportFigure(h.Figure), Unit: h.Unit, Exact: h.Exact, Planned: h.Planned,
		Over: h.Over, Message: h.Message, Busiest: h.Busiest, Help: h.Help, HelpNode: h.HelpNode, Pipeline: h.Pipeline}
}

func (m *Model) rows(t *report.Table) []Row {
	out := make([]Row, 0, len(t.Rows))
	for _, r := range t.Rows {
		if !r.OnPath || !r.Periodic() {
			continue
		}
		row := Row{ID: r.ID, Label: r.Label, Cells: make([]Figure, 0, len(r.Required)+1)}
		for _, f := range r.Required {
			row.Cells = append(row.Cells, reportFigure(f))
		}
		if len(t.Periods) > len(r.Required) && r.Hour.Period != "" {
			row.Cells = append(row.Cells, reportFigure(r.Hour))
		}
		out = append(out, row)
	}
	return out
}

func (m *Model) forecast(t *report.Table) Forecast {
	l := m.Lang
	f := Forecast{
		Total:  reportFigure(t.Total),
		Goal:   t.Goal.Text,
		Gap:    reportFigure(t.Gap),
		GapPct: t.GapPct,
		Ahead:  t.Gap.Exact >= 0,
	}
	mod := t.Answer.Tree.Model
	if acts := mod.Activities(); len(acts) > 0 {
		f.From = fmt.Sprintf(l.T("forecast.from"), m.withUnit(mod.Node(acts[0]), mod.Node(acts[0]).Value))
	}
	return f
}

// months fills the monthly plan from the answer's plan (seasonality, hires,
// sales-cycle lag from the scenario's forecast section) and, when a Monte
// Carlo run for this scenario has finished, its band and the probability of
// the goal.
func (m *Model) months(f *Forecast, t *report.Table) {
	l := m.Lang
	a := t.Answer
	mod := a.Tree.Model
	gn := mod.Node(mod.Goal())
	fmtv := func(v float64) string { return m.fmtNode(gn, v, kpi.Year) }
	if a.Plan.Config.NewTeam {
		f.LeadText = t.Lead()
	}
	if !a.Reachable {
		f.Unreachable = l.T("fc.unreachable")
	}
	f.LandedHead, f.CumHead, f.CumGoalHead = t.MonthHeads()
	k := 0
	for _, mr := range t.Months() {
		r := MonthRow{Label: mr.Label, PlannedText: mr.Planned, RequiredText: mr.Required, PerRepDayText: mr.PerRepDay}
		r.HeadcountText = i18n.Number(mr.Month.Headcount, 2) // issue 13
		if mr.Lead {
			f.Lead = append(f.Lead, r)
			continue
		}
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
		r.BandText = fmtv(q.P10) + " – " + fmtv(q.P90)
		r.OnTrackText = i18n.Chance(b.Months[k].OnTrack)
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
		c := *v.charts
		opt, err := cumulativeOption(v.table, v, v.Lang, m.Scenario.Currency)
		c.Cumulative = string(opt)
		if err != nil && c.Error == "" {
			c.Error = err.Error() // without its band it failed alike, and said so
		}
		v.charts = &c
	}
}

// probability is the figure for the Monte Carlo run's probability of the
// goal: "…" (data-value -1) while the run for this scenario is under way.
func (m *Model) probability(f *Forecast) {
	if b := m.Bands; b != nil {
		f.Probability = Figure{Node: "probability", Period: "year", Exact: b.ProbGoal, Text: i18n.Chance(b.ProbGoal)}
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
	reps := func(v string) string { return fmt.Sprintf(l.T("unit.reps"), v) }
	val := func(v float64) string {
		if i, ok := mod.Index(choice); ok {
			return m.fmtNode(mod.Node(i), v, kpi.Year)
		}
		return reps(i18n.Number(v, 1))
	}
	if sk.Reachable {
		needed := t.Needed(sk)
		if _, ok := mod.Index(choice); !ok {
			needed = reps(needed)
		}
		f.SeekText = fmt.Sprintf(l.T("ask.needed"), needed, val(sk.Current))
	} else {
		f.SeekText = fmt.Sprintf(l.T("ask.unreachable"), val(sk.Min), val(sk.Max))
	}
}

// sensitivity fills the tornado chart's title and its two choices: moves
// of ±10 % or to each lever's min and max (byRange), and the change in
// revenue or in the requirement (ofRequired).
func (m *Model) sensitivity(f *Forecast, a *forecast.Answer, byRange, ofRequired bool) {
	l := m.Lang
	n := a.Tree.Model.Node(a.Target)
	required := fmt.Sprintf(l.T("tornado.required"), n.Label.In(string(l)))
	if n.Activity {
		required = fmt.Sprintf(l.T("tornado.required_rep_day"), n.Label.In(string(l)))
	}
	by, of := l.T("tornado.by_step"), l.T("tornado.revenue")
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
		{Value: SensitivityRevenue, Label: l.T("tornado.revenue"), Selected: !ofRequired},
		{Value: SensitivityRequired, Label: required, Selected: ofRequired},
	}
}

func (m *Model) tree(t *report.Table) []TreeNode {
	mod := t.Answer.Tree.Model
	sel := mod.Node(m.selected(t.Answer)).ID
	var out []TreeNode
	for _, r := range t.Rows {
		tn := TreeNode{ID: r.ID, Label: r.Label, Depth: r.Depth, OnPath: r.OnPath, Lever: r.Lever, Selected: r.ID == sel,
			Formula: r.Formula, Cadence: r.Cadence}
		if p := mod.Parent(r.Index); p >= 0 {
			kids := mod.Children(p)
			tn.Last = kids[len(kids)-1] == r.Index
		}
		if r.Lever {
			tn.Formula = strings.TrimPrefix(tn.Formula, "= ")
		}
		if r.OnPath {
			tn.Required = r.Required[0].Text
		}
		if r.Periodic() {
			tn.Forecast = r.Forecast.Text
		}
		out = append(out, tn)
	}
	return out
}

// selected is the index of the node the tree marks and the explanation
// is of: the one the user chose, else the target (a file or a link that
// names none, or a node since removed).
func (m *Model) selected(a *forecast.Answer) int {
	if i, ok := a.Tree.Model.Index(m.Selected); ok {
		return i
	}
	return a.Target
}

func (m *Model) explain(t *report.Table) Explain {
	l := m.Lang
	a := t.Answer
	mod := a.Tree.Model
	i := m.selected(a)
	n := mod.Node(i)
	e := Explain{ID: n.ID, Label: n.Label.In(string(l))}
	cal := mod.Calendar()
	fc := func(j int) string { return m.fmtNode(mod.Node(j), a.Planned(j, kpi.Year), kpi.Year) }
	// Forward.
	switch {
	case n.Op != kpi.Lever:
		vals := ""
		for k, c := range mod.Children(i) {
			if k > 0 {
				vals += " " + n.Op.Symbol() + " "
			}
			vals += fc(c)
		}
		e.Forward = fmt.Sprintf("%s = %s = %s = %s", e.Label, report.Formula(mod, i, l, i18n.Format{Lang: l}), vals, fc(i))
	case n.Activity:
		e.Forward = fmt.Sprintf("%s = %s = %s", e.Label, fmt.Sprintf(l.T("explain.activity"), m.withUnit(n, n.Value), i18n.Count(cal.Headcount),
			i18n.Count(cal.WorkingDays), strconv.Itoa(cal.Months)), fc(i))
	default:
		e.Forward = fmt.Sprintf("%s = %s (%s)", e.Label, m.fmtNode(n, n.Value, kpi.Year), l.T("tree.lever"))
	}
	// Backward.
	if _, on := a.Required(i, kpi.Year); !on {
		e.Note = l.T("explain.offpath")
		return e
	}
	if p := mod.Parent(i); p >= 0 {
		pn := mod.Node(p)
		// The inverse as a trainer writes it: ÷ for a factor, − for a
		// term, + for a difference's first term, × for a numerator; a
		// term taken away or a divisor is the first child less (or
		// divided by) the parent and the others.
		inv, others, vals := pn.Op.Inverse(), "", ""
		req, _ := a.Required(i, kpi.Year)
		preq, _ := a.Required(p, kpi.Year)
		head, headVal := pn.Label.In(string(l)), m.fmtNode(pn, preq, kpi.Year)
		kids := mod.Children(p)
		if (pn.Op == kpi.Difference || pn.Op == kpi.Ratio) && i != kids[0] {
			inv = pn.Op.Symbol()
			head, headVal = mod.Node(kids[0]).Label.In(string(l)), fc(kids[0])
			others, vals = " "+inv+" "+pn.Label.In(string(l)), " "+inv+" "+m.fmtNode(pn, preq, kpi.Year)
			kids = kids[1:]
		}
		for _, c := range kids {
			if c == i {
				continue
			}
			others += " " + inv + " " + mod.Node(c).Label.In(string(l))
			vals += " " + inv + " " + fc(c)
		}
		e.Backward = fmt.Sprintf("%s = %s%s = %s%s = %s", e.Label, head, others, headVal, vals, m.fmtExact(n, req))
	} else {
		e.Backward = fmt.Sprintf("%s = %s", e.Label, m.fmtExact(n, a.Goal()))
	}
	for _, p := range report.Periods(n) {
		exact, _ := a.Required(i, p)
		target, _ := a.Rounded(i, p)
		label := l.T("period." + p.String())
		if !n.Periodic() {
			label = l.T("tree.required")
		}
		e.Periods = append(e.Periods, fmt.Sprintf("%s: %s %s → %s %s (%s)", label, l.T("explain.unrounded"), m.fmtExact(n, exact),
			l.T("explain.rounded"), m.fmtNode(n, target, p), l.T("rounding."+m.Scenario.Rounding.String())))
	}
	return e
}

// fmtExact shows a value with enough digits to see that it is unrounded.
func (m *Model) fmtExact(n *kpi.Node, v float64) string {
	switch n.Unit {
	case kpi.Rate:
		return i18n.Number(v*100, 4) + "%"
	case kpi.Currency:
		return m.Lang.MoneyFull(v, m.Scenario.Currency)
	}
	return i18n.Number(v, 4)
}

// message turns an engine error into plain words in the page's language.
func (m *Model) message(err error) string {
	es := kpi.List(err)
	if len(es) == 0 {
		return err.Error()
	}
	e := es[0]
	label := e.Node
	if n := m.Scenario.Node(e.Node); n != nil {
		label = n.Label.In(string(m.Lang))
	}
	return m.ruleText(label, e)
}

// errText says err in the page's language for the field named label:
// the first rule of the engine it holds (errText of the scenario), or its
// own words when it is no rule.
func (m *Model) errText(label string, err error) string {
	return errText(m.Scenario, m.Lang, label, err)
}

// errText is Model.errText for s, in l.
func errText(s *scenario.Scenario, l i18n.Lang, label string, err error) string {
	if err == nil {
		return ""
	}
	var t interface{ in(i18n.Lang) string }
	if errors.As(err, &t) {
		return t.in(l)
	}
	es := kpi.List(err)
	if len(es) == 0 {
		return err.Error()
	}
	return scenario.RuleText(l, label, es[0], s.Limit(l, es[0]))
}

// ruleText says the rule e breaks, for the field or node named label.
func (m *Model) ruleText(label string, e *kpi.Error) string {
	return scenario.RuleText(m.Lang, label, e, m.Scenario.Limit(m.Lang, e))
}

// grouped writes a field's value with every digit it has and grouped
// thousands: 100000000 → "100,000,000", 0.5 → "0.5".
func grouped(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, dot := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if dot {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
