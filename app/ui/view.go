package ui

import (
	"fmt"
	"slices"
	"time"

	"github.com/kpisim/kpisim/app/chart"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// View is everything the page shows, formatted for the model's language.
// Its fields are values, so components compare them cheaply and skip
// re-rendering what did not change.
type View struct {
	Lang        i18n.Lang
	Title       string
	Description string // the scenario's; a preset's is labelled as such once a figure has changed
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
	Basis       string       // with a sales cycle, the months the table's periods are over (report.Table.Basis)
	Forecast    Forecast
	Tree        []TreeNode
	Explain     Explain
	Error       string // why the numbers cannot be computed, when they cannot
	answer      *forecast.Answer
	table       *report.Table
	charts      *chartSet // each chart's option built on first use; nil when there is nothing to chart
	late        func()    // fills what the input handler need not wait for; nil once done

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
		return Charts{}
	}
	return v.charts.all()
}

// Chart returns the option of the chart with element id id (chartActivity
// …), building it alone on first use: only the cumulative chart completes
// the view; "" when it cannot be built or there is nothing to chart.
func (v *View) Chart(id string) string {
	if v.charts == nil {
		return ""
	}
	return v.charts.option(id)
}

// Option is one choice of a select.
type Option struct {
	Value, Label string
	Selected     bool
	Disabled     bool // shown, not choosable: a placeholder such as "not set"
}

// LeverView is one input: a slider and a numeric field.
type LeverView struct {
	Key      string  // lever id or settings key: the field's data-lever
	Label    string  // the lever's name in the page's language
	Unit     string  // the unit shown after the field: %, 円, 件/人日
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
	Reps     string // what the per-rep figures divide by, when hires change it
	Pipeline string // the pipeline assumption in force, with a sales cycle
}

// Row is one node of the solve path with its required value per period.
type Row struct {
	ID, Label string
	Cells     []Figure // per period of View.Periods
}

// Forecast is the goal's forecast from the planned activity against the
// goal.
type Forecast struct {
	// The forecast card's and the cumulative chart's titles, in the goal's
	// own words: 売上予測, ARR純増予測 (report.Table.ForecastTitle and
	// CumulativeTitle).
	Title, Cumulative string
	From              string
	Span              string // a plan not a year long: its totals per year, beside its own (report.Table.PlanSpan)
	PlannedOver       string // activities planned above their ceiling (report.Table.PlannedOver)
	Total             Figure
	Goal              string
	Gap               Figure
	GapPct            string
	Ahead             bool
	Months            []MonthRow
	// The goal's columns of the monthly plan, in its own words
	// (report.Table.MonthHeads).
	LandedHead, CumHead, CumGoalHead string
	PerRepHead                       string // the month's need per rep, in the target's span: 必要（1人1週）
	LeadText                         string // with a sales cycle: when the activity lands, and what the months before the plan need (report.Table.Lead)
	Unreachable                      string // no amount of the target meets the goal in this plan

	Probability Figure // the share of Monte Carlo trials reaching the goal (data-node "probability")
	Computing   bool   // the run for the current scenario has not finished
	ProbBand    string // BandLow, BandMid or BandHigh; empty while computing
	ProbWord    string // the band in words: unlikely, a coin toss, likely
	BandNames   []BandName
	Spread      string   // "80% likely: revenue lands between A and B"
	SpreadFigs  []string // A and B as Spread writes them, kept whole on a line (keepWhole)
	Lean        string   // why half the runs land short of (or beyond) the forecast, or ""
	Assumes     string   // the run's main assumptions, in one line
	How         string   // how the probability is computed, jargon and all
	Seek        []Option
	SeekText    string // what the chosen lever must be for the forecast to meet the goal

	Sensitivity   []Option // the tornado chart's moves: ±10 % or min–max
	SensitivityOf []Option // what it shows the change of: the goal (its own name) or the requirement
	Tornado       string   // the tornado chart's title, for its modes
	Activity      string   // the activity chart's title, in the activities' span: per rep per day, per week, per month
}

// MonthRow is one month of the plan.
type MonthRow struct {
	Label             string
	Year              int        // its calendar year; 0 when the plan has none
	Month             time.Month // its calendar month
	Forecast, Goal    float64    // cumulative
	Low, Median, High float64    // P10, P50 and P90 of the cumulative revenue, when bands are known

	// The target's planned and required values (counts for an activity)
	// and the requirement per rep per day; empty where nothing is required.
	PlannedText, RequiredText, PerRepText string
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
	Value     string // a computed node that is no flow, off the path: what the levers make of it (report.Row.Value)
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
	if !m.Presets.Describes(s) { // a figure has changed since the preset's description was written
		v.Description = fmt.Sprintf(l.T("handout.desc_changed"), v.Description)
	}
	for _, p := range m.Presets {
		title := p.Title
		if p.ID == s.ID {
			title = s.Title // renamed in the editor: the header names the tree shown
		}
		v.Presets = append(v.Presets, Option{Value: p.ID, Label: title.In(string(l)), Selected: p.ID == s.ID})
	}
	v.Presets = withOwnTree(v.Presets, s, l) // issue 11: app/ui/editor.go
	for _, r := range []kpi.Rounding{kpi.RoundCeil, kpi.RoundNone, kpi.RoundNearest} {
		v.Roundings = append(v.Roundings, Option{Value: r.String(), Label: l.T("rounding." + r.String()), Selected: r == s.Rounding})
	}
	for _, p := range []kpi.Period{kpi.Year, kpi.Quarter, kpi.Month, kpi.Week, kpi.Day} {
		v.GoalPeriods = append(v.GoalPeriods, Option{Value: p.String(), Label: l.T("per." + p.String()), Selected: p == s.Goal.Period})
	}
	if v.answer == nil {
		m.solveChoice(v) // a lever solved for that breaks the tree is left for another
		return v
	}
	a, t := v.answer, v.table
	v.Head.Help, v.Head.HelpNode = t.Help() // not on a slider's move: it solves the plan a hundred times
	// Sentences the card shows once rendered: no part of a move's patch.
	v.Forecast.Span, v.Forecast.PlannedOver = t.PlanSpan(), t.PlannedOver()
	m.probabilityWords(&v.Forecast, t)
	m.ask(v, t)
	v.late = func() {
		m.months(&v.Forecast, t)
		m.seek(&v.Forecast, t)
	}
	v.Tree = m.tree(t)
	v.Explain = m.explain(t)
	byRange, ofRequired := m.byRange(), m.SensitivityOf == SensitivityRequired
	m.sensitivity(&v.Forecast, t, byRange, ofRequired)
	v.Forecast.Activity = activityTitle(l, a.Tree.Model)
	v.charts = &chartSet{t: t, v: v, l: m.Lang, cur: m.Scenario.Currency, cfg: m.Scenario.Forecast, byRange: byRange, ofRequired: ofRequired}
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
	a, err := s.Answer()
	var tree *kpi.Model // what the sliders' ends are checked in (acceptedEnds); none when the scenario errs
	if err == nil {
		tree = a.Tree.Model
	}
	m.fields(v, key, tree)
	if err != nil {
		v.Error = m.message(err)
		return v
	}
	t := report.New(a, l, s.Currency)
	v.answer, v.table = a, t
	v.Head = m.headline(t)
	v.Rows, v.Periods, v.Basis = m.rows(t), t.Periods, t.Basis()
	v.Forecast = m.forecast(t)
	m.probability(&v.Forecast)
	return v
}

// fields builds the views of the levers, settings and ranges, or with
// key a lever's id only that lever's: the one field its slider's move
// changes (every field built was a fifth of a move's work).
func (m *Model) fields(v *View, key string, tree *kpi.Model) {
	s := m.Scenario
	if n := s.Node(key); key != "" && n != nil && n.Op == kpi.Lever {
		v.Levers = []LeverView{m.leverView(n, tree)}
		return
	}
	for i := range s.Nodes {
		if n := &s.Nodes[i]; n.Op == kpi.Lever {
			lv := m.leverView(n, tree)
			if tree != nil && key == "" {
				// Not on a slider's move (a setting's, the goal's, builds
				// every lever's field): a solve per lever from 0.
				m.zeroEnd(&lv)
			}
			v.Levers = append(v.Levers, lv)
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
		for _, c := range r.Cells {
			if c.Node != "" { // a level's empty cells (Model.rows)
				out = append(out, c)
			}
		}
	}
	return out
}

// lines are the words beside the summary's figures that a slider's move
// changes, as figures a move patches (node "line"): the gap's share, the
// forecast's "from the planned activity (80 a rep a day)", the headline's
// exact and planned values and its ceiling's message (Exact 1 when over,
// which web/app.css colours by). A drag had left them as they were: "Gap to
// goal -¥25,600,000 (+92%)", "Calls 33.1 … exact 41.6667".
func (v *View) lines() []Figure {
	if v.answer == nil {
		return nil // the last figures stay, as View.figures leaves them
	}
	out := make([]Figure, len(linePeriods))
	for j, p := range linePeriods {
		out[j] = v.line(p)
	}
	return out
}

// linePeriods are the lines' periods, in the order the page shows them.
var linePeriods = []string{"gap-pct", "from", "exact", "ceiling", "busiest", "reps", "help"}

// line is the line figure of period (lines): its text alone is built.
func (v *View) line(period string) Figure {
	l, h, fc := v.Lang, &v.Head, &v.Forecast
	f := Figure{Node: "line", Period: period}
	switch period {
	case "gap-pct":
		f.Text = l.Aside(fc.GapPct)
	case "from":
		f.Text = fc.From
	case "exact":
		f.Text = h.ExactLine(l)
	case "ceiling":
		f.Text = h.Message
		if h.Over {
			f.Exact = 1
		}
	case "busiest":
		f.Text = h.Busiest
	case "reps":
		f.Text = h.Reps
	case "help":
		f.Text = h.Help
	}
	return f
}

// ExactLine is the headline's line under its figure: the exact value and
// the planned one.
func (h *Headline) ExactLine(l i18n.Lang) string {
	return l.T("required.exact") + " " + h.Exact + l.FactSep() + l.T("required.planned") + " " + h.Planned
}

// fmtNode formats value v of node n in period p for the page, as every
// figure is: through i18n.Format, the CLI's formatter too.
func (m *Model) fmtNode(n *kpi.Node, v float64, p kpi.Period) string {
	return i18n.Format{Lang: m.Lang, Currency: m.Scenario.Currency}.Node(n, v, p)
}

// reportFigure is the report's figure as the page writes it.
func reportFigure(f report.Figure) Figure {
	return Figure{Node: f.Node, Period: f.Period, Exact: f.Exact, Text: f.Text}
}

// headline is the answer at the top of the page, from the report's.
func (m *Model) headline(t *report.Table) Headline {
	h := t.Head
	return Headline{Label: h.Label, Figure: reportFigure(h.Figure), Unit: h.Unit, Exact: h.Exact, Planned: h.Planned,
		Over: h.Over, Message: h.Message, Busiest: h.Busiest, Reps: h.Reps, Help: h.Help, HelpNode: h.HelpNode, Pipeline: h.Pipeline}
}

// rows is the required table: each node on the solve path, its cells the
// report's in the table's periods (the activity's week or month of one
// rep, the hour when the day has hours). A node with no periods on the
// path (sales velocity's open opportunities, its weighted pipeline: a
// level at any time) has its one figure in the year's column, as calc
// prints it, and the other cells empty: the table had held the revenue
// alone, the answer in the headline only.
func (m *Model) rows(t *report.Table) []Row {
	out := make([]Row, 0, len(t.Rows))
	for k := range t.Rows {
		r := &t.Rows[k]
		if !r.OnPath {
			continue
		}
		row := Row{ID: r.ID, Label: r.Label, Cells: make([]Figure, 0, len(t.Periods))}
		for _, p := range t.Periods { // kpi.Periods, then the activity's week or month and the hour
			switch f, ok := r.Figure(p); {
			case !r.Periodic() && p != kpi.Year:
				row.Cells = append(row.Cells, Figure{}) // an empty cell
			case ok:
				row.Cells = append(row.Cells, reportFigure(f))
			}
		}
		out = append(out, row)
	}
	return out
}

// forecast is the forecast card's totals: the goal's forecast, the goal,
// the gap, and the activity it is planned from.
func (m *Model) forecast(t *report.Table) Forecast {
	l := m.Lang
	f := Forecast{
		Title:      t.ForecastTitle(),
		Cumulative: t.CumulativeTitle(),
		Total:      reportFigure(t.Total),
		Goal:       t.Goal.Text,
		Gap:        reportFigure(t.Gap),
		GapPct:     t.GapPct,
		Ahead:      t.Gap.Exact >= 0,
	}
	mod := t.Answer.Tree.Model
	if acts := mod.Activities(); len(acts) > 0 {
		f.From = fmt.Sprintf(l.T("forecast.from"), m.perRep(mod.Node(acts[0]), mod.Node(acts[0]).Value))
	}
	return f
}
