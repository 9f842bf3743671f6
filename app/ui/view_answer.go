package ui

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// Ask is the question the summary answers, in the page's words: which
// lever the headline solves for, and goal seek's sentence ("With calls at
// [40] a rep a day, reaching the goal needs [close rate] 26.04 % (now
// 25 %)"), whose field sets the solved lever's planned value.
type Ask struct {
	Solve []Option  // the levers the headline can solve for (Scenario.Solve)
	Given LeverView // the solved lever's planned value, typed in the sentence
	With  string    // the words before the field
	Unit  string    // the words right after the field, its unit and the clause's end: "件/人週のとき、", "a rep a week,"
	Then  string    // the words between those and goal seek's choice
	// Name is the field's name for a screen reader: "Calls for goal seek
	// (a rep a day)". The label before it, "With Calls at", is a fragment
	// of the sentence, and the unit after it was not said.
	Name string
}

// Probability bands, as a leader reads them.
const (
	BandLow  = "low"  // under 30 %: unlikely
	BandMid  = "mid"  // 30–70 %: a coin toss
	BandHigh = "high" // over 70 %: likely
)

// BandName is one band of the probability as the page shows it: its range
// ("30–70%") and its word ("a coin toss"); Selected marks the band the
// probability is in.
type BandName struct {
	Value, Label, Word string
	Selected           bool
}

// probBand is the band of a probability p (a share).
func probBand(p float64) string {
	switch {
	case p < 0.3:
		return BandLow
	case p > 0.7:
		return BandHigh
	}
	return BandMid
}

// ask fills the solve-for choice and the words around the given field.
func (m *Model) ask(v *View, t *report.Table) {
	l := m.Lang
	s := m.Scenario
	mod := t.Answer.Tree.Model
	target := mod.Node(t.Answer.Target)
	v.Ask.Solve = solveOptions(mod, target.ID, l)
	if n := s.Node(target.ID); n != nil {
		v.Ask.Given = m.leverView(n, mod)
	}
	v.Ask.With = fmt.Sprintf(l.T("ask.with"), l.InSentence(target.Label.In(string(l)))) // "With calls at"
	v.Ask.Unit = fmt.Sprintf(l.T("ask.unit"), m.askUnit(target, v.Ask.Given.Unit))
	v.Ask.Then = l.T("ask.then")
	v.Ask.Name = fmt.Sprintf(l.T("ask.name_bare"), target.Label.In(string(l)))
	if u := m.askUnit(target, v.Ask.Given.Unit); u != "" {
		v.Ask.Name = fmt.Sprintf(l.T("ask.name"), target.Label.In(string(l)), u)
	}
}

// solveChoice fills the solve-for choice when the scenario cannot be
// answered, with the lever solved for selected: picking Expansion, which
// the goal needs none of, had left the page with an error and no choice
// to pick another.
func (m *Model) solveChoice(v *View) {
	mod, err := m.Scenario.Model()
	if err != nil {
		return
	}
	v.Ask.Solve = solveOptions(mod, m.Scenario.Target(), m.Lang)
}

// solveOptions are the levers of mod a goal may be solved for, target
// selected: not a given (the months in a year, a contract's length), which
// nobody works to raise ("Months per year: 5.8"), unless it is target.
func solveOptions(mod *kpi.Model, target string, l i18n.Lang) []Option {
	var out []Option
	for _, i := range mod.Levers() {
		if n := mod.Node(i); !n.Given || n.ID == target {
			out = append(out, Option{Value: n.ID, Label: n.Label.In(string(l)), Selected: n.ID == target})
		}
	}
	return out
}

// askUnit is the unit after the sentence's field: the field's own, or for
// an activity its span, as the field is stated in ("件/人週", "円/人月";
// "a rep a week", "JPY a rep a month").
func (m *Model) askUnit(n *kpi.Node, unit string) string {
	if !n.Activity {
		return unit
	}
	l := m.Lang
	span := i18n.Format{Lang: l}.Span(n) // 件/人週, /人週
	if l == i18n.En {
		span = l.T("ask.rep_" + n.Per.String()) // a rep a week
	}
	if n.Unit == kpi.Currency {
		return unit + l.UnitSep() + span
	}
	return span
}

// probabilityWords fills the probability's band, its words, what it
// assumes and the spread of the year's revenue, once a run is done.
func (m *Model) probabilityWords(f *Forecast, t *report.Table) {
	l := m.Lang
	s := m.Scenario
	f.Assumes = fmt.Sprintf(l.T("prob.assumes"), m.assumptions())
	f.How = fmt.Sprintf(l.T("prob.how_text"), i18n.Count(float64(s.Forecast.TrialCount())), s.Forecast.Seed)
	f.BandNames = []BandName{
		{Value: BandLow, Label: l.T("prob.band_low"), Word: l.T("prob.unlikely")},
		{Value: BandMid, Label: l.T("prob.band_mid"), Word: l.T("prob.toss")},
		{Value: BandHigh, Label: l.T("prob.band_high"), Word: l.T("prob.likely")},
	}
	b := m.Bands
	if b == nil {
		f.ProbWord = l.T("prob.computing")
		return
	}
	f.ProbBand = probBand(b.ProbGoal)
	f.ProbWord = l.T(map[string]string{BandLow: "prob.unlikely", BandMid: "prob.toss", BandHigh: "prob.likely"}[f.ProbBand])
	for k := range f.BandNames {
		f.BandNames[k].Selected = f.BandNames[k].Value == f.ProbBand
	}
	if n := len(b.Months); n > 0 {
		mod := t.Answer.Tree.Model
		gn := mod.Node(mod.Goal())
		q := b.Months[n-1].Cumulative
		f.Spread, f.SpreadFigs = m.spread(gn, q.P10, q.P90, len(b.Months))
		f.Lean = report.LeanNote(t.Format, mod, s.Forecast, b)
	}
}

// spread writes where 8 years in 10 land, p10 to p90 of the goal node
// n, to three significant digits: as much as the run knows (¥84,500,000,
// not ¥84,453,214). A plan with no uncertainty lands on one figure, and
// says so rather than "between 1,200万円 and 1,200万円"; a spread too
// narrow for three digits lands "at about" its figure, never "nothing
// varies" while rates do.
//
// A plan of other than 12 months is no year: the sentence names its months
// ("8 runs in 10, revenue over the 6 months lands between …"), where "8
// years in 10" stood beside the plan's half-year total.
func (m *Model) spread(n *kpi.Node, p10, p90 float64, months int) (string, []string) {
	l := m.Lang
	label := l.InSentence(n.Label.In(string(l))) // "80% likely: revenue lands"
	lo, hi := m.fmtNode(n, i18n.Significant(p10, 3), kpi.Year), m.fmtNode(n, i18n.Significant(p90, 3), kpi.Year)
	one := "prob.range_one" // nothing varies
	if p10 != p90 || m.varies() {
		// It varies by less than three digits show (a sum of ¥1,000,000
		// and a count), or the ranges give one figure (a close rate of
		// 0.001 % closes no deal in any run: ¥0, though rates vary).
		one = "prob.range_about"
	}
	if months != 12 {
		if lo == hi {
			return fmt.Sprintf(l.T(one+"_months"), label, lo, l.Months(months)), []string{lo}
		}
		return fmt.Sprintf(l.T("prob.range_months"), label, lo, hi, l.Months(months)), []string{lo, hi}
	}
	if lo == hi {
		return fmt.Sprintf(l.T(one), label, lo), []string{lo}
	}
	return fmt.Sprintf(l.T("prob.range"), label, lo, hi), []string{lo, hi}
}

// varies reports whether the plan sets anything to vary: a lever's range
// or history, or an activity's variability.
func (m *Model) varies() bool {
	f := m.Scenario.Forecast
	for _, cv := range f.ActivityCV {
		if cv > 0 {
			return true
		}
	}
	return len(f.Ranges) > 0
}

// assumptions is the Monte Carlo run's main assumptions in one line: each
// lever's range ("close rate 20–30 %"), each history ("appointment rate
// from 40 of 2,000") and each activity's variability.
func (m *Model) assumptions() string {
	l := m.Lang
	s := m.Scenario
	var items []string
	for i := range s.Nodes {
		n := &s.Nodes[i]
		name := n.Label.In(string(l))
		if r, ok := s.Forecast.Ranges[n.ID]; ok && n.Op == kpi.Lever {
			if st, moved := s.Stated(n.ID); moved && st.Count() {
				// The history moved with the lever: its size is the spread;
				// its wins are no record of anything.
				items = append(items, fmt.Sprintf(l.T("prob.item_history_moved"), name, m.fmtNode(n, n.Value, kpi.Year), i18n.Count(float64(st.Of))))
			} else if r.Count() {
				items = append(items, fmt.Sprintf(l.T("prob.item_history"), name, i18n.Count(float64(r.Won)), i18n.Count(float64(r.Of))))
			} else {
				items = append(items, fmt.Sprintf(l.T("prob.item_range"), name, m.rangeEnd(n, r.Low, false), m.rangeEnd(n, r.High, true)))
			}
		}
		if cv := s.Forecast.ActivityCV[n.ID]; n.Activity && cv > 0 {
			items = append(items, fmt.Sprintf(l.T("prob.item_cv"), name, "±"+i18n.Number(cv*100, i18n.Decimals(cv*100))+"%"))
		}
	}
	if len(items) == 0 {
		return l.T("prob.none")
	}
	return strings.Join(items, l.ListSep())
}

// rangeEnd writes one end of a lever's range: a rate's low end as a bare
// number ("20–30%"), everything else in the lever's unit.
func (m *Model) rangeEnd(n *kpi.Node, v float64, high bool) string {
	if n.Unit != kpi.Rate {
		return m.fmtNode(n, v, kpi.Year)
	}
	// At least two decimals, more for a tiny rate (0.0008–0.0012 %, which
	// read 0–0 %).
	s := i18n.Number(v*100, max(2, i18n.Decimals(v*100)))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if high {
		s += "%"
	}
	return s
}

// tornadoNote says why every bar of the tornado is the same, or is "":
// in a pure product every factor moves the goal (named goal: 売上,
// ARR純増) by the same share.
func tornadoNote(l i18n.Lang, bars int, byRange, ofRequired bool, activity, goal string) string {
	switch {
	case byRange:
		return l.T("tornado.equal_range")
	case ofRequired: // the activity needed is the goal divided by the levers
		return fmt.Sprintf(l.T("tornado.equal_required"), l.InSentence(activity))
	}
	pow := "1.1" + superscript(bars)
	return fmt.Sprintf(l.T("goal.equal"), bars, pow, i18n.Number(math.Pow(1.1, float64(bars)), 2), l.InSentence(goal))
}

// superscript writes n in superscript digits: 7 → "⁷".
func superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	sup := []rune(digits)
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		if c >= '0' && c <= '9' {
			b.WriteRune(sup[c-'0'])
		}
	}
	return b.String()
}

// equalBars reports whether a chart's bars all move the output by the same
// amount both ways (to a thousandth of the largest), with two or more bars.
func equalBars(lows, highs []float64) bool {
	if len(lows) < 2 || len(lows) != len(highs) {
		return false
	}
	top := 0.0
	for i := range lows {
		top = math.Max(top, math.Max(math.Abs(lows[i]), math.Abs(highs[i])))
	}
	if top == 0 {
		return false
	}
	differs := func(xs []float64) bool {
		return slices.ContainsFunc(xs, func(x float64) bool { return math.IsNaN(x) || math.Abs(x-xs[0]) > top*1e-3 })
	}
	return !differs(lows) && !differs(highs)
}

// seekLevers lists goal seek's choices: every lever but the one the
// headline solves for, and the headcount.
func (m *Model) seekLevers(mod *kpi.Model, target int) (opts []Option, choice string) {
	l := m.Lang
	choice = m.Seek
	if choice == mod.Node(target).ID {
		choice = ""
	}
	for _, i := range mod.Levers() {
		if i == target {
			continue
		}
		n := mod.Node(i)
		if choice == "" && n.Unit == kpi.Rate {
			choice = n.ID
		}
		opts = append(opts, Option{Value: n.ID, Label: n.Label.In(string(l))})
	}
	opts = append(opts, Option{Value: forecast.Headcount, Label: l.T("calendar.headcount")})
	if choice == "" {
		choice = opts[0].Value
	}
	for k := range opts {
		opts[k].Selected = opts[k].Value == choice
	}
	return opts, choice
}

// perRep writes an activity lever's value per rep in the span it is
// stated in, as it was entered: "1人1日40件", "1.5件/人週",
// "¥2,400,000 / rep / month" (i18n.Format.PerRep).
func (m *Model) perRep(n *kpi.Node, v float64) string {
	f := i18n.Format{Lang: m.Lang, Currency: m.Scenario.Currency}
	text := i18n.Count(v)
	if n.Unit != kpi.Count && n.Unit != kpi.Number {
		text = f.Node(n, v, kpi.Year)
	}
	return f.PerRep(n, text)
}
