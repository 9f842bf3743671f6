package report

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Letter is one of the five SMART tests of the article's SMARTの法則:
// S 具体的, M 測定可能, A 達成可能, R 関連性, T 期限.
type Letter uint8

const (
	Specific   Letter = iota // a named, single measure with a unit
	Measurable               // a cadence: daily, weekly, monthly or quarterly
	Achievable               // within its ceiling every month, inside its history's range
	Relevant                 // on the path to the KGI: its change moves the goal
	TimeBound                // the goal has a period and the plan a start
)

// Letters lists the tests in the order SMART spells them.
var Letters = [...]Letter{Specific, Measurable, Achievable, Relevant, TimeBound}

// String is the test's letter: S, M, A, R or T.
func (k Letter) String() string { return "SMART"[k : k+1] }

// Check is one test of one KPI: passed or not, and why, in the page's
// language.
type Check struct {
	Pass   bool
	Reason string
}

// SmartRow is one KPI (a node of the tree other than the KGI) with its five
// tests, indexed by Letter.
type SmartRow struct {
	ID, Label string
	Tests     [5]Check
}

// Passed reports whether the KPI passes all five tests.
func (r *SmartRow) Passed() bool {
	for _, c := range r.Tests {
		if !c.Pass {
			return false
		}
	}
	return true
}

// Pattern is one of the article's failure patterns (よくある失敗例) found in
// the tree: its key, the article's words for it and the reason, naming the
// nodes.
type Pattern struct {
	Key    string // PatternActivityOnly, ...
	Title  string // the article's words: 架電数だけをKPIにする
	Reason string
	Nodes  []string // the ids of the nodes it names
}

// The failure patterns Smart detects. The article's fifth, data spread
// over spreadsheets (Excel に分散), cannot be seen in a scenario: the
// checklist's item 14 asks it.
const (
	PatternActivityOnly = "activity_only"  // 架電数だけをKPIにする: activity KPIs, no outcome (rate) KPI
	PatternVolumeNoRate = "volume_no_rate" // リード数だけを追う: a volume with no conversion rate between it and the KGI
	PatternNoCadence    = "no_cadence"     // KPIを設定しただけで満足する: a KPI nobody measures on a rhythm
	PatternDefinitions  = "definitions"    // 部門ごとにKPI定義が異なる: one name, two definitions
	PatternOffPath      = "off_path"       // a KPI whose change does not move the KGI
)

// PatternKeys are the failure patterns Smart looks for, in the order it
// lists them: the coach says of each it does not find what it checked.
var PatternKeys = []string{PatternActivityOnly, PatternVolumeNoRate, PatternNoCadence, PatternDefinitions, PatternOffPath}

// Smart is the SMART table of a tree and the failure patterns it shows.
type Smart struct {
	Rows     []SmartRow // the KPIs in tree order, the KGI left out
	Patterns []Pattern
}

// Passed reports whether every KPI passes every test.
func (s *Smart) Passed() bool {
	for i := range s.Rows {
		if !s.Rows[i].Passed() {
			return false
		}
	}
	return len(s.Rows) > 0
}

// Row returns the row of node id, or nil.
func (s *Smart) Row(id string) *SmartRow {
	for i := range s.Rows {
		if s.Rows[i].ID == id {
			return &s.Rows[i]
		}
	}
	return nil
}

// Smart runs the five SMART tests on every KPI of the table's tree and
// looks for the article's failure patterns.
func (t *Table) Smart() *Smart {
	c := coach{t: t, a: t.Answer, m: t.Answer.Tree.Model, l: t.Format.Lang, f: t.Format}
	s := &Smart{}
	goal := c.m.Goal()
	timed := c.timeBound()
	for _, i := range c.m.TreeOrder() {
		if i == goal || Constant(c.m, i) {
			continue
		}
		n := c.m.Node(i)
		s.Rows = append(s.Rows, SmartRow{ID: n.ID, Label: c.label(i), Tests: [5]Check{
			Specific: c.specific(i), Measurable: c.measurable(i), Achievable: c.achievable(i),
			Relevant: c.relevant(i), TimeBound: timed,
		}})
	}
	s.Patterns = c.patterns(s)
	return s
}

// coach holds what the tests read.
type coach struct {
	t *Table
	a *forecast.Answer
	m *kpi.Model
	l i18n.Lang
	f i18n.Format
}

func (c *coach) label(i int) string {
	n := c.m.Node(i)
	if s := n.Label.In(string(c.l)); s != "" {
		return s
	}
	return n.ID
}

// quoted names nodes in the language: 「架電数」「訪問件数」, "Calls", "Visits".
func (c *coach) quoted(ids ...int) string {
	parts := make([]string, len(ids))
	for k, i := range ids {
		if c.l == i18n.Ja {
			parts[k] = "「" + c.label(i) + "」"
		} else {
			parts[k] = "“" + c.label(i) + "”"
		}
	}
	if c.l == i18n.Ja {
		return strings.Join(parts, "")
	}
	if n := len(parts); n > 1 {
		return strings.Join(parts[:n-1], ", ") + " and " + parts[n-1] // “A”, “B” and “C”
	}
	return strings.Join(parts, "")
}

func (c *coach) say(pass bool, key string, args ...any) Check {
	return Check{Pass: pass, Reason: fmt.Sprintf(c.l.T(key), args...)}
}

// joiners join two measures in one name: "新規＋拡張ARR", "Calls & visits".
var joiners = []string{"+", "＋", "&", "＆", " and ", "および", "及び"}

// specific: a name in the page's language, one measure (no joiner in its
// name in either language, but for a sum of the nodes it names) and a unit (a count, money or a rate, or a
// plain number whose name states its unit: days; a plain number alone
// says nothing of what is counted).
func (c *coach) specific(i int) Check {
	n := c.m.Node(i)
	name := n.Label.In(string(c.l))
	if name == "" || name == n.ID {
		return c.say(false, "coach.s.unnamed", n.ID)
	}
	for _, lb := range []string{n.Label.Ja, n.Label.En} {
		for _, j := range joiners {
			if !strings.Contains(lb, j) {
				continue
			}
			if kids := c.m.Children(i); n.Op == kpi.Sum && len(kids) > 1 {
				// A sum named for its terms (SaaS's 新規＋拡張ARR, new plus
				// expansion) joins nothing the tree does not track apart:
				// its terms are nodes of their own. The preset's own KFS
				// failed the test the article sets.
				return c.say(true, "coach.s.sum", c.quoted(i), c.quoted(kids...))
			}
			return c.say(false, "coach.s.compound", c.quoted(i))
		}
	}
	if n.Unit == kpi.Number || n.Unit > kpi.Rate {
		// A plain number whose name states its unit is specific: 平均商談
		//期間（日）, the article's フィールドセールス KPI, counts days.
		if namedUnit(name) != "" {
			return c.say(true, "coach.s.named_unit", c.quoted(i))
		}
		return c.say(false, "coach.s.no_unit")
	}
	return c.say(true, "coach.s.ok", c.l.T("coach.unit."+n.Unit.String()))
}

// measurable: a cadence (日次・週次・月次・四半期).
func (c *coach) measurable(i int) Check {
	n := c.m.Node(i)
	if cd := c.f.Cadence(n.Cadence); cd != "" {
		return c.say(true, "coach.m.ok", cd)
	}
	return c.say(false, "coach.m.none")
}

// timeBound: the goal has a period and a deadline. A goal a quarter, a
// month or shorter ends with each period (the article's 期限が明確); a
// year's needs the plan's stated start (a start month, or a business
// calendar's year): an unstated start is taken as January.
func (c *coach) timeBound() Check {
	g := c.m.Spec().Goal
	cfg := c.a.Plan.Config
	period := c.l.T("per." + g.Period.String())
	if cfg.StartMonth == 0 && cfg.BusinessCalendar.IsZero() || len(c.a.Plan.Months) == 0 {
		if g.Period != kpi.Year {
			return c.say(true, "coach.t.each", period)
		}
		return c.say(false, "coach.t.no_start", period)
	}
	return c.say(true, "coach.t.ok", period, MonthName(c.l, c.a.Plan.Months[0]), c.l.Months(len(c.a.Plan.Months)))
}

// value is what a node is taken to be when testing whether others move
// the goal: its requirement on the path, else its forecast.
func (c *coach) value(i int) float64 {
	if c.a.Tree.OnPath[i] {
		if v := c.a.Tree.Required[i]; !math.IsNaN(v) {
			return v
		}
	}
	return c.a.Tree.Value[i]
}

// blocker is a node whose value of 0 keeps node i from moving the goal (a
// factor of 0 beside it in a product, a numerator of 0 over it), or -1.
func (c *coach) blocker(i int) int {
	for ch, p := i, c.m.Parent(i); p >= 0; ch, p = p, c.m.Parent(p) {
		kids := c.m.Children(p)
		switch c.m.Node(p).Op {
		case kpi.Product:
			for _, s := range kids {
				if s != ch && c.value(s) == 0 {
					return s
				}
			}
		case kpi.Ratio:
			if kids[0] != ch && c.value(kids[0]) == 0 {
				return kids[0]
			}
		}
	}
	return -1
}

// relevant: its change moves the KGI. The reason is the path up to it.
func (c *coach) relevant(i int) Check {
	if b := c.blocker(i); b >= 0 {
		return c.say(false, "coach.r.blocked", c.quoted(b))
	}
	var path []string
	for j := i; j >= 0; j = c.m.Parent(j) {
		path = append(path, c.label(j))
	}
	return c.say(true, "coach.r.ok", strings.Join(path, " → "))
}

// achievable: an activity within its ceiling per rep in every month of the
// plan; a lever inside its range or its history's 95 % interval where the
// scenario gives one; a computed KPI when every lever below it is.
func (c *coach) achievable(i int) Check {
	n := c.m.Node(i)
	switch {
	case n.Activity:
		return c.activity(i)
	case n.Op == kpi.Lever:
		return c.lever(i)
	}
	if c.a.Tree.OnPath[i] && !c.a.Reachable {
		return c.say(false, "coach.a.unreachable")
	}
	var bad, all []int
	var walk func(j int)
	walk = func(j int) {
		if c.m.Node(j).Op == kpi.Lever {
			all = append(all, j)
			if !c.achievable(j).Pass {
				bad = append(bad, j)
			}
		}
		for _, k := range c.m.Children(j) {
			walk(k)
		}
	}
	walk(i)
	if len(bad) > 0 {
		key := "coach.a.below_bad"
		if len(bad) > 1 {
			key += "_many" // “Appointment rate” and “Calls” below it are not achievable
		}
		return c.say(false, key, c.quoted(bad...))
	}
	return c.say(true, "coach.a.below_ok", c.quoted(all...))
}

// activity tests an activity lever against its ceiling, month by month:
// the target's requirement (Answer.Over), another activity's plan.
func (c *coach) activity(i int) Check {
	n := c.m.Node(i)
	lim := n.Limit()
	if lim <= 0 {
		return c.say(true, "coach.a.no_ceiling")
	}
	days := c.m.Calendar().Days(n.Per)
	// The target's peak is its requirement in the busiest month, rounded as
	// the headline and the monthly plan round it (34.8 calls a rep a day
	// when 34.72 are needed, with the scenario's round up); another
	// activity's is its plan.
	span := func(perRepDay float64) string {
		v := perRepDay * days
		if i == c.a.Target {
			v = spanRound(c.a, c.f, i, v)
		}
		return c.f.Node(n, v, n.Per.Period()) + c.unit(n)
	}
	ceiling := c.f.Node(n, lim, n.Per.Period()) + c.unit(n)
	var over []int
	peak := 0.0
	if i == c.a.Target {
		if !c.a.Reachable {
			return c.say(false, "coach.a.unreachable")
		}
		over = c.a.Over
		if c.a.Busiest >= 0 {
			peak = c.a.Plan.Months[c.a.Busiest].RequiredPerRepDay
		}
	} else {
		for k, mo := range c.a.Plan.Months {
			if mo.RepDays <= 0 || i >= len(mo.Produced) {
				continue
			}
			v := mo.Produced[i] / mo.RepDays
			peak = math.Max(peak, v)
			if v > lim/days*(1+1e-12) {
				over = append(over, k)
			}
		}
	}
	months := len(c.a.Plan.Months)
	need := "coach.a.peak_"
	if months == 1 {
		need = "coach.a.one_"
	}
	if i == c.a.Target {
		need += "need" // the target's figure is a requirement
	} else {
		need += "plan" // another activity's is what the plan holds
	}
	peakSays := fmt.Sprintf(c.l.T(need), span(peak))
	switch {
	case len(over) > 0 && months == 1:
		return c.say(false, "coach.a.over_one", ceiling, peakSays)
	case len(over) > 0 && len(over) == months:
		return c.say(false, "coach.a.over_all", ceiling, peakSays)
	case len(over) > 0:
		return c.say(false, "coach.a.over", ceiling, c.spans(over), peakSays)
	case i == c.a.Target && n.Value > lim*(1+1e-12): // the need fits, but the forecast counts the plan
		return c.say(false, "coach.a.planned_over", c.f.Node(n, n.Value, n.Per.Period())+c.unit(n), ceiling)
	case months == 1:
		return c.say(true, "coach.a.within_one", ceiling, peakSays)
	}
	return c.say(true, "coach.a.within", months, ceiling, peakSays)
}

// spans names plan months ks (ascending) with each run of consecutive
// months as one span: "Jan–Jun, Sep" (「1月〜6月・9月」).
func (c *coach) spans(ks []int) string {
	var names []string
	for k := 0; k < len(ks); {
		last := k
		for last+1 < len(ks) && ks[last+1] == ks[last]+1 {
			last++
		}
		names = append(names, MonthSpan(c.l, c.a.Plan, ks[k], ks[last]))
		k = last + 1
	}
	return strings.Join(names, c.l.T("coach.sep"))
}

// unit is the span after an activity's figure: 件/人日, " / rep / day".
func (c *coach) unit(n *kpi.Node) string {
	u := c.f.Span(n)
	if c.l == i18n.En {
		return " " + strings.TrimSpace(u)
	}
	return u
}

// lever tests a lever that is not an activity against its range: the
// three-point range's low and high, or the 95 % Wilson interval of a
// won-of history. The target is tested at its requirement, any other
// lever at its planned value.
func (c *coach) lever(i int) Check {
	n := c.m.Node(i)
	v := n.Value
	if i == c.a.Target {
		if !c.a.Reachable {
			return c.say(false, "coach.a.unreachable")
		}
		v = c.a.Pace
	}
	r, ok := c.a.Plan.Config.Ranges[n.ID]
	if !ok {
		return c.say(true, "coach.a.no_range")
	}
	// The range moves with the lever; the test is against what was
	// stated, and says so: the Uncertainty card shows the range moved
	// (22.5–37.5 %), where "the range set under Uncertainty (15% to 25%)"
	// sent the reader to figures it no longer shows.
	st, moved := c.a.Plan.Config.Stated[n.ID]
	if moved {
		r = st
	}
	val := func(x float64) string { return c.f.Node(n, x, kpi.Year) }
	var lo, hi float64
	var from string
	key := map[bool]string{true: "_stated"}[moved]
	if r.Count() {
		lo, hi = wilson(r.Won, r.Of)
		from = fmt.Sprintf(c.l.T("coach.a.history"+key), i18n.Count(float64(r.Won)), i18n.Count(float64(r.Of)))
	} else {
		lo, hi = r.Low, r.High
		from = c.l.T("coach.a.range" + key)
	}
	const eps = 1e-9
	if v < lo*(1-eps) || v > hi*(1+eps) {
		return c.say(false, "coach.a.outside", val(v), from, val(lo), val(hi))
	}
	return c.say(true, "coach.a.inside", val(v), from, val(lo), val(hi))
}

// wilson is the 95 % Wilson score interval of won successes in of trials.
func wilson(won, of int) (lo, hi float64) {
	if of <= 0 {
		return 0, 1
	}
	const z = 1.959963984540054
	n := float64(of)
	p := math.Min(math.Max(float64(won)/n, 0), 1)
	d := 1 + z*z/n
	mid := (p + z*z/(2*n)) / d
	half := z * math.Sqrt(p*(1-p)/n+z*z/(4*n*n)) / d
	return math.Max(0, mid-half), math.Min(1, mid+half)
}

// patterns finds the article's failure patterns (よくある失敗例).
func (c *coach) patterns(s *Smart) []Pattern {
	var out []Pattern
	add := func(key string, nodes []int, args ...any) {
		p := Pattern{Key: key, Title: c.l.T("coach.p." + key + ".title")}
		p.Reason = fmt.Sprintf(c.l.T("coach.p."+key), append([]any{c.quoted(nodes...)}, args...)...)
		for _, i := range nodes {
			p.Nodes = append(p.Nodes, c.m.Node(i).ID)
		}
		out = append(out, p)
	}
	goal := c.m.Goal()
	var kpis, acts, rates, noCadence, offPath []int
	for _, i := range c.m.TreeOrder() {
		if i == goal || Constant(c.m, i) {
			continue
		}
		n := c.m.Node(i)
		kpis = append(kpis, i)
		if n.Activity && !leadVolume(c.m, i) { // leads are the second pattern's
			acts = append(acts, i)
		}
		if Outcome(c.m, i) {
			rates = append(rates, i)
		}
		if n.Cadence == kpi.CadenceNone {
			noCadence = append(noCadence, i)
		}
		if r := s.Row(n.ID); r != nil && !r.Tests[Relevant].Pass {
			offPath = append(offPath, i)
		}
	}
	// 架電数だけをKPIにする: activity is measured, no outcome (a
	// conversion to a meeting or a deal) is.
	only := len(acts) > 0 && len(rates) == 0
	if only {
		add(PatternActivityOnly, acts)
	}
	// リード数だけを追う: a volume (a count: leads, calls, visits, or leads
	// bought as a budget ÷ CPA) with no conversion between it and the KGI.
	// An activity the first pattern named, and a count made of it (calls
	// connected), are left to it.
	var bare []int
	for _, i := range kpis {
		n := c.m.Node(i)
		if n.Unit == kpi.Count && !c.hasOutcome(i) && !c.rateAbove(i) && !(only && c.holds(i, acts)) {
			bare = append(bare, i)
		}
	}
	if len(bare) > 0 {
		add(PatternVolumeNoRate, bare)
	}
	// KPIを設定しただけで満足する: a KPI with no rhythm of measurement.
	if len(noCadence) > 0 {
		add(PatternNoCadence, noCadence)
	}
	// 部門ごとにKPI定義が異なる: one name, two units or cadences.
	if d := c.differing(kpis); len(d) > 0 {
		add(PatternDefinitions, d)
	}
	if len(offPath) > 0 {
		add(PatternOffPath, offPath)
	}
	return out
}

// holds reports whether node j is one of ids or has one below it.
func (c *coach) holds(j int, ids []int) bool {
	if slices.Contains(ids, j) {
		return true
	}
	for _, k := range c.m.Children(j) {
		if c.holds(k, ids) {
			return true
		}
	}
	return false
}

// hasOutcome reports whether node j or a node below it is an outcome
// rate (Outcome): a count made by a conversion (deals = close rate ×
// opportunities) is no bare volume.
func (c *coach) hasOutcome(j int) bool {
	if Outcome(c.m, j) {
		return true
	}
	for _, k := range c.m.Children(j) {
		if c.hasOutcome(k) {
			return true
		}
	}
	return false
}

// rateAbove reports whether an outcome rate (Outcome) multiplies node i on
// the way up to the goal: a factor (or a factor's subtree) of a product or
// a ratio that i or one of its ancestors is a term of.
func (c *coach) rateAbove(i int) bool {
	for ch, p := i, c.m.Parent(i); p >= 0; ch, p = p, c.m.Parent(p) {
		if op := c.m.Node(p).Op; op != kpi.Product && op != kpi.Ratio {
			continue // the terms of a sum run in parallel: a rate there converts something else
		}
		for _, s := range c.m.Children(p) {
			if s != ch && c.hasOutcome(s) {
				return true
			}
		}
	}
	return false
}

// differing lists the KPIs that share a name (in either language) with
// another KPI measured in another unit or at another cadence.
func (c *coach) differing(kpis []int) []int {
	var out []int
	for _, i := range kpis {
		a := c.m.Node(i)
		for _, j := range kpis {
			b := c.m.Node(j)
			same := a.Label.Ja != "" && a.Label.Ja == b.Label.Ja || a.Label.En != "" && a.Label.En == b.Label.En
			if i != j && same && (a.Unit != b.Unit || a.Cadence != b.Cadence) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}
