package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
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
	Rows        []Row // the solve path, goal first: required per period
	Forecast    Forecast
	Tree        []TreeNode
	Explain     Explain
	Error       string // why the numbers cannot be computed, when they cannot
	result      *kpi.Result
	charts      *Charts       // built on first use: see ChartOptions
	buildCharts func() Charts // nil when there is nothing to chart
	late        func()        // fills what the input handler need not wait for; nil once done
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
}

// Row is one node of the solve path with its required value per period.
type Row struct {
	ID, Label string
	Cells     [len(kpi.Periods)]Figure
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
	Lead        []MonthRow
	LeadText    string
	Unreachable string // no amount of the target meets the goal in this plan

	Landing     string // revenue landing inside the plan, when a lag or seasonality makes it differ
	Probability Figure // the share of Monte Carlo trials reaching the goal (data-node "probability")
	Computing   bool   // the run for the current scenario has not finished
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
}

// TreeNode is one box of the KPI tree.
type TreeNode struct {
	ID, Label string
	Depth     int
	Formula   string // "= a × b" or the lever's value
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
	v := &View{Lang: l, Title: s.Title.In(string(l)), Description: s.Description.In(string(l))}
	for _, p := range m.Presets {
		v.Presets = append(v.Presets, Option{Value: p.ID, Label: p.Title.In(string(l)), Selected: p.ID == s.ID})
	}
	for _, r := range []kpi.Rounding{kpi.RoundCeil, kpi.RoundNone, kpi.RoundNearest} {
		v.Roundings = append(v.Roundings, Option{Value: r.String(), Label: l.T("rounding." + r.String()), Selected: r == s.Rounding})
	}
	for _, p := range []kpi.Period{kpi.Year, kpi.Quarter, kpi.Month} {
		v.GoalPeriods = append(v.GoalPeriods, Option{Value: p.String(), Label: l.T("per." + p.String()), Selected: p == s.Goal.Period})
	}
	for i := range s.Nodes {
		if n := &s.Nodes[i]; n.Op == kpi.Lever {
			v.Levers = append(v.Levers, m.leverView(n))
		}
	}
	v.Settings = m.settings()
	v.Uncertainty = m.uncertainty()

	res, err := s.Result()
	if err != nil {
		v.Error = m.message(err)
		return v
	}
	v.result = res
	v.Head = m.headline(res)
	v.Rows = m.rows(res)
	v.Forecast = m.forecast(res)
	m.probability(&v.Forecast)
	v.late = func() {
		m.months(&v.Forecast, res)
		m.seek(&v.Forecast, res)
	}
	v.Tree = m.tree(res)
	v.Explain = m.explain(res)
	byRange, ofRequired := m.Sensitivity == SensitivityRange, m.SensitivityOf == SensitivityRequired
	m.sensitivity(&v.Forecast, res, byRange, ofRequired)
	lang, cur, cfg := m.Lang, m.Scenario.Currency, m.Scenario.Forecast
	v.buildCharts = func() Charts { return buildCharts(res, v, lang, cur, cfg, byRange, ofRequired) }
	return v
}

// figures lists every figure the page shows with a data-node.
func (v *View) figures() []Figure {
	if v.result == nil {
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
	lv := LeverView{Key: n.ID, Label: n.Label.In(string(l)), Activity: n.Activity}
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
		return l.T("unit.rep_day"), ""
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
		lv.Text = strconv.FormatFloat(lv.Value, 'f', -1, 64)
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
	}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if !n.Activity {
			continue
		}
		c := ceilingOf(n)
		out = append(out, m.withText(LeverView{Key: keyCeiling + n.ID, Label: l.T("calendar.ceiling") + " · " + n.Label.In(string(l)),
			Unit: l.T("unit.rep_day"), Value: c, Min: 1, Max: math.Max(niceCeil(c*3), 10), Step: math.Max(n.Step, 0.5)}))
	}
	return out
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
				out = append(out, m.withText(LeverView{Key: key + "of", Label: name + " · " + l.T("uncertainty.of"), Unit: l.T("unit.trials"),
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

// fmtNode formats value v of node n in period p for the page.
func (m *Model) fmtNode(n *kpi.Node, v float64, p kpi.Period) string {
	l := m.Lang
	switch n.Unit {
	case kpi.Rate:
		return i18n.Percent(v)
	case kpi.Currency:
		return l.Money(v, m.Scenario.Currency)
	case kpi.Count:
		if p >= kpi.Day && n.Periodic() {
			return i18n.Number(v, 1)
		}
	}
	return i18n.Count(v)
}

func (m *Model) headline(res *kpi.Result) Headline {
	l := m.Lang
	mod := res.Model
	t := res.Target
	n := mod.Node(t)
	h := Headline{Label: n.Label.In(string(l))}
	if !n.Activity { // solving for a rate or a price: one value
		exact, _ := res.Exact(t, kpi.Year)
		h.Figure = Figure{Node: n.ID, Period: "value", Exact: exact, Text: m.fmtNode(n, exact, kpi.Year)}
		h.Planned = m.fmtNode(n, n.Value, kpi.Year)
		return h
	}
	exact, _ := res.Exact(t, kpi.RepDay)
	target, _ := res.TargetValue(t, kpi.RepDay)
	h.Figure = Figure{Node: n.ID, Period: "rep_day", Exact: exact, Text: i18n.Number(target, 1)}
	h.Unit = l.T("unit.rep_day")
	h.Exact = i18n.Number(exact, 4)
	h.Planned = i18n.Count(n.Value)
	ceiling := ceilingOf(n)
	if exact > ceiling*(1+1e-12) {
		h.Over = true
		h.Message = fmt.Sprintf(l.T("required.over"), i18n.Number(target, 1), i18n.Count(ceiling))
		if id, from, to, ok := helpMost(m.Scenario, n.ID, ceiling); ok {
			ln := m.Scenario.Node(id)
			h.HelpNode = id
			h.Help = fmt.Sprintf(l.T("required.help"), ln.Label.In(string(l)), m.fmtNode(ln, from, kpi.Year), m.fmtNode(ln, to, kpi.Year))
		} else {
			h.Help = l.T("required.nohelp")
		}
	} else {
		h.Message = fmt.Sprintf(l.T("required.ok"), i18n.Count(ceiling))
	}
	return h
}

// helpMost finds the lever that brings the activity act down to ceiling
// with the least of its headroom used: for each other lever, the value it
// would need with the activity at the ceiling, kept only when that value is
// within the lever's range; the one whose change is the smallest share of
// the way from its value to its maximum wins.
func helpMost(s *scenario.Scenario, act string, ceiling float64) (id string, from, to float64, ok bool) {
	c := s.Clone()
	c.Node(act).Value = ceiling
	m, err := c.Model()
	if err != nil {
		return "", 0, 0, false
	}
	best := math.Inf(1)
	for _, i := range m.Levers() {
		n := m.Node(i)
		if n.ID == act || n.Activity {
			continue
		}
		res, err := m.Solve(n.ID, kpi.RoundNone)
		if err != nil {
			continue
		}
		need := res.Required[i]
		hi := n.Max
		if n.Unit == kpi.Rate && (hi <= 0 || hi > 1) {
			hi = 1
		}
		if need <= n.Value || hi <= n.Value || need > hi {
			continue
		}
		if share := (need - n.Value) / (hi - n.Value); share < best {
			best, id, from, to, ok = share, n.ID, n.Value, need, true
		}
	}
	return id, from, to, ok
}

func (m *Model) rows(res *kpi.Result) []Row {
	var out []Row
	mod := res.Model
	for _, i := range mod.TreeOrder() {
		if !res.OnPath[i] || !mod.Node(i).Periodic() {
			continue
		}
		n := mod.Node(i)
		r := Row{ID: n.ID, Label: n.Label.In(string(m.Lang))}
		for j, p := range kpi.Periods {
			exact, _ := res.Exact(i, p)
			target, _ := res.TargetValue(i, p)
			r.Cells[j] = Figure{Node: n.ID, Period: p.String(), Exact: exact, Text: m.fmtNode(n, target, p)}
		}
		out = append(out, r)
	}
	return out
}

func (m *Model) forecast(res *kpi.Result) Forecast {
	l := m.Lang
	mod := res.Model
	cal := mod.Calendar()
	g := mod.Goal()
	gn := mod.Node(g)
	total := cal.Split(res.ForecastTotal(), kpi.Year)
	gap := cal.Split(res.Gap(), kpi.Year)
	f := Forecast{
		Total:  Figure{Node: "forecast", Period: "year", Exact: total, Text: m.fmtNode(gn, total, kpi.Year)},
		Goal:   m.fmtNode(gn, cal.Split(res.Goal(), kpi.Year), kpi.Year),
		Gap:    Figure{Node: "gap", Period: "year", Exact: gap, Text: signed(m.fmtNode(gn, gap, kpi.Year), gap)},
		GapPct: signed(i18n.Number(res.GapRatio()*100, 1)+"%", res.GapRatio()),
		Ahead:  gap >= 0,
	}
	if acts := mod.Activities(); len(acts) > 0 {
		f.From = fmt.Sprintf(l.T("forecast.from"), i18n.Count(mod.Node(acts[0]).Value))
	}
	return f
}

// months fills the monthly plan (seasonality, hires, sales-cycle lag from
// the scenario's forecast section) and, when a Monte Carlo run for this
// scenario has finished, its band and the probability of the goal.
func (m *Model) months(f *Forecast, res *kpi.Result) {
	l := m.Lang
	s := m.Scenario
	gn := res.Model.Node(res.Model.Goal())
	plan, err := forecast.NewPlan(res.Model, s.Target(), s.Forecast)
	if err != nil {
		return
	}
	fmtv := func(v float64) string { return m.fmtNode(gn, v, kpi.Year) }
	target := res.Model.Node(plan.Target)
	row := func(mo forecast.Month) MonthRow {
		r := MonthRow{Label: planMonth(l, mo), PlannedText: m.fmtNode(target, mo.Planned, kpi.Month)}
		if mo.Required > 0 {
			r.RequiredText = m.fmtNode(target, mo.Required, kpi.Month)
			if target.Activity {
				r.PerRepDayText = i18n.Number(mo.RequiredPerRepDay, 1)
			}
		}
		return r
	}
	for _, mo := range plan.Lead {
		f.Lead = append(f.Lead, row(mo))
	}
	if len(plan.Lead) > 0 {
		f.LeadText = fmt.Sprintf(l.T("fc.lead"), len(plan.Lead), planMonth(l, plan.Lead[0]))
	}
	if target.Activity && !plan.Reachable {
		f.Unreachable = l.T("fc.unreachable")
	}
	for k, mo := range plan.Months {
		r := row(mo)
		r.Forecast, r.Goal = mo.CumRevenue, mo.CumGoal
		r.RevenueText, r.ForecastText, r.GoalText = fmtv(mo.Revenue), fmtv(mo.CumRevenue), fmtv(mo.CumGoal)
		if b := m.Bands; b != nil && k < len(b.Months) {
			q := b.Months[k].Cumulative
			r.Low, r.Median, r.High = q.P10, q.P50, q.P90
			r.BandText = fmtv(q.P10) + " – " + fmtv(q.P90)
			r.OnTrackText = i18n.Number(b.Months[k].OnTrack*100, 1) + "%"
		}
		f.Months = append(f.Months, r)
	}
	if math.Abs(plan.Revenue-f.Total.Exact*float64(s.Calendar.Months)/12) > 1e-6*math.Max(1, plan.Revenue) {
		f.Landing = fmt.Sprintf(l.T("forecast.landing"), fmtv(plan.Revenue))
	}
}

// probability is the figure for the Monte Carlo run's probability of the
// goal: "…" (data-value -1) while the run for this scenario is under way.
func (m *Model) probability(f *Forecast) {
	if b := m.Bands; b != nil {
		f.Probability = Figure{Node: "probability", Period: "year", Exact: b.ProbGoal, Text: i18n.Number(b.ProbGoal*100, 1) + "%"}
		return
	}
	f.Computing = true
	f.Probability = Figure{Node: "probability", Period: "year", Exact: -1, Text: "…"}
}

// planMonth names a plan month: "4月" or "Apr", with the year when known.
func planMonth(l i18n.Lang, mo forecast.Month) string {
	name := mo.Month.String()[:3]
	if l == i18n.Ja {
		name = strconv.Itoa(int(mo.Month)) + "月"
	}
	return name
}

// seek fills the goal-seek choice and answer: the value the chosen lever
// must take, the others fixed, for the forecast to meet the goal.
func (m *Model) seek(f *Forecast, res *kpi.Result) {
	l := m.Lang
	mod := res.Model
	choice := m.Seek
	for _, i := range mod.Levers() {
		n := mod.Node(i)
		if choice == "" && n.Unit == kpi.Rate {
			choice = n.ID
		}
		f.Seek = append(f.Seek, Option{Value: n.ID, Label: n.Label.In(string(l))})
	}
	f.Seek = append(f.Seek, Option{Value: forecast.Headcount, Label: l.T("calendar.headcount")})
	for k := range f.Seek {
		f.Seek[k].Selected = f.Seek[k].Value == choice
	}
	sk, err := forecast.GoalSeek(mod, choice, m.Scenario.Forecast)
	if sk == nil { // the config or lever is wrong; out of reach still returns a Seek
		f.SeekText = m.message(err)
		return
	}
	val := func(v float64) string {
		if i, ok := mod.Index(choice); ok {
			return m.fmtNode(mod.Node(i), v, kpi.Year)
		}
		return i18n.Number(v, 1)
	}
	if sk.Reachable {
		f.SeekText = fmt.Sprintf(l.T("seek.needed"), val(sk.Value), val(sk.Current))
	} else {
		f.SeekText = fmt.Sprintf(l.T("seek.unreachable"), val(sk.Min), val(sk.Max))
	}
}

// sensitivity fills the tornado chart's title and its two choices: moves
// of ±10 % or to each lever's min and max (byRange), and the change in
// revenue or in the requirement (ofRequired).
func (m *Model) sensitivity(f *Forecast, res *kpi.Result, byRange, ofRequired bool) {
	l := m.Lang
	n := res.Model.Node(res.Target)
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

func signed(text string, v float64) string {
	if v > 0 {
		return "+" + text
	}
	return text
}

func monthLabel(l i18n.Lang, k int) string {
	if l == i18n.Ja {
		return strconv.Itoa(k) + "か月目"
	}
	return "M" + strconv.Itoa(k)
}

func (m *Model) tree(res *kpi.Result) []TreeNode {
	mod := res.Model
	var out []TreeNode
	for _, i := range mod.TreeOrder() {
		n := mod.Node(i)
		tn := TreeNode{ID: n.ID, Label: n.Label.In(string(m.Lang)), Depth: mod.Depth(i), OnPath: res.OnPath[i], Lever: n.Op == kpi.Lever, Selected: n.ID == m.Selected}
		if p := mod.Parent(i); p >= 0 {
			kids := mod.Children(p)
			tn.Last = kids[len(kids)-1] == i
		}
		if n.Op == kpi.Lever {
			tn.Formula = m.fmtNode(n, n.Value, kpi.Year)
			if n.Activity {
				tn.Formula += " " + m.Lang.T("unit.rep_day")
			}
		} else {
			tn.Formula = m.formula(mod, i)
		}
		if target, ok := res.TargetValue(i, kpi.Year); ok {
			tn.Required = m.fmtNode(n, target, kpi.Year)
		}
		if n.Periodic() {
			tn.Forecast = m.fmtNode(n, res.Forecast(i, kpi.Year), kpi.Year)
		}
		out = append(out, tn)
	}
	return out
}

// formula is "label × label" for a computed node.
func (m *Model) formula(mod *kpi.Model, i int) string {
	n := mod.Node(i)
	s := ""
	for k, c := range mod.Children(i) {
		if k > 0 {
			s += " " + n.Op.Symbol() + " "
		}
		s += mod.Node(c).Label.In(string(m.Lang))
	}
	return s
}

func (m *Model) explain(res *kpi.Result) Explain {
	l := m.Lang
	mod := res.Model
	i, ok := mod.Index(m.Selected)
	if !ok {
		i = res.Target
	}
	n := mod.Node(i)
	e := Explain{ID: n.ID, Label: n.Label.In(string(l))}
	cal := mod.Calendar()
	// Forward.
	switch {
	case n.Op != kpi.Lever:
		vals := ""
		for k, c := range mod.Children(i) {
			if k > 0 {
				vals += " " + n.Op.Symbol() + " "
			}
			vals += m.fmtNode(mod.Node(c), res.Forecast(c, kpi.Year), kpi.Year)
		}
		e.Forward = fmt.Sprintf("%s = %s = %s = %s", e.Label, m.formula(mod, i), vals, m.fmtNode(n, res.Forecast(i, kpi.Year), kpi.Year))
	case n.Activity:
		e.Forward = fmt.Sprintf("%s = %s = %s", e.Label, fmt.Sprintf(l.T("explain.activity"), i18n.Count(n.Value), i18n.Count(cal.Headcount),
			i18n.Count(cal.WorkingDays), strconv.Itoa(cal.Months)), m.fmtNode(n, res.Value[i], kpi.Year))
	default:
		e.Forward = fmt.Sprintf("%s = %s (%s)", e.Label, m.fmtNode(n, n.Value, kpi.Year), l.T("tree.lever"))
	}
	// Backward.
	if !res.OnPath[i] {
		e.Note = l.T("explain.offpath")
		return e
	}
	if p := mod.Parent(i); p >= 0 {
		pn := mod.Node(p)
		inv, others, vals := "÷", "", ""
		if pn.Op == kpi.Sum {
			inv = "−"
		}
		for _, c := range mod.Children(p) {
			if c == i {
				continue
			}
			others += " " + inv + " " + mod.Node(c).Label.In(string(l))
			vals += " " + inv + " " + m.fmtNode(mod.Node(c), res.Forecast(c, kpi.Year), kpi.Year)
		}
		req, _ := res.Exact(i, kpi.Year)
		preq, _ := res.Exact(p, kpi.Year)
		e.Backward = fmt.Sprintf("%s = %s%s = %s%s = %s", e.Label, pn.Label.In(string(l)), others, m.fmtNode(pn, preq, kpi.Year), vals, m.fmtExact(n, req))
	} else {
		e.Backward = fmt.Sprintf("%s = %s", e.Label, m.fmtExact(n, res.Goal()))
	}
	for _, p := range kpi.Periods {
		if !n.Periodic() && p != kpi.Year {
			break
		}
		exact, _ := res.Exact(i, p)
		target, _ := res.TargetValue(i, p)
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

// ruleText says the rule e breaks, for the field or node named label.
func (m *Model) ruleText(label string, e *kpi.Error) string {
	l := m.Lang
	switch e.Code {
	case kpi.WholeRange:
		return fmt.Sprintf(l.T("err.whole"), label, i18n.Count(e.Limit))
	case kpi.ShareRange:
		return fmt.Sprintf(l.T("err.share"), label)
	case kpi.NotNumber:
		return fmt.Sprintf(l.T("err.not_number"), label)
	case kpi.RateRange:
		return fmt.Sprintf(l.T("err.rate_range"), label)
	case kpi.Positive:
		return fmt.Sprintf(l.T("err.positive"), label)
	case kpi.NonNegative:
		return fmt.Sprintf(l.T("err.non_negative"), label)
	case kpi.BelowMin, kpi.AboveMax:
		key := "err.below_min"
		if e.Code == kpi.AboveMax {
			key = "err.above_max"
		}
		if rangeLever(e.Field) != "" { // a range's end against the lever's likely value
			key = strings.Replace(key, "err.", "err.range_", 1)
		}
		lim := i18n.Count(e.Limit)
		if n := m.Scenario.Node(e.Node); n != nil {
			lim = m.fmtNode(n, e.Limit, kpi.Year)
		}
		return fmt.Sprintf(l.T(key), label, lim)
	case kpi.ZeroFactor:
		return fmt.Sprintf(l.T("err.zero_factor"), label)
	case kpi.RateOver100:
		return fmt.Sprintf(l.T("err.rate_over_100"), label, i18n.Percent(e.Limit))
	case kpi.SumExceeded:
		return fmt.Sprintf(l.T("err.sum_exceeded"), label)
	case kpi.Overflow:
		return fmt.Sprintf(l.T("err.overflow"), label)
	}
	return label + ": " + e.Rule
}
