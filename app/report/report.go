// Package report turns one answer of the model (a forecast.Answer) into the
// figures people read: the required table per period, the headline, the
// forecast and gap, each as an exact number and its text in the page's
// language. The page and the CLI both print from it, so a figure reads the
// same in the headline, the table, the tree, the plan and the terminal.
//
// It imports the pure core and app/i18n only: no browser, no go-app.
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

// Figure is one number: where it belongs (node and period, the page's
// data-node and data-period), its exact value and its text.
type Figure struct {
	Node   string
	Period string
	Exact  float64 // unrounded
	Value  float64 // after the rounding policy (counts only)
	Text   string  // Value written by i18n.Format
}

// Row is one node of the tree, in tree order.
type Row struct {
	Index   int
	ID      string
	Label   string
	Depth   int
	Formula string // "平均単価 × 受注数", or "= 25%" for a lever
	Cadence string // how often it is measured: "週次", "weekly"; "" when not stated
	OnPath  bool   // on the path from the goal to the solved lever
	Lever   bool
	Node    *kpi.Node

	// Required holds the requirement per period (kpi.Periods) for a node
	// on the path; a node that is not periodic has one value, at Year.
	Required []Figure
	// Hour is the requirement per rep per selling hour, when the calendar
	// sets selling hours (Table.Periods lists kpi.Hour) and the node is
	// periodic and on the path.
	Hour Figure
	// Span is the requirement per rep in the week or the month the
	// activity solved for is stated in (Table.Periods lists kpi.RepWeek
	// or kpi.RepMonth), for a periodic node on the path: the headline's
	// 「1.7件/人週」 is the activity's own, as the table's.
	Span     Figure
	Forecast Figure // per year: from the planned levers
	// Value is what the planned levers make of a computed node that is no
	// flow (an annual contract value of ¥3,600,000 over 3 years is
	// ¥1,200,000); empty for a lever and a flow. The tree, the diagram,
	// the presentation and the CLI's planned column show it.
	Value Figure
	Gap   Figure // per year, on the path only: the forecast minus the target as both are shown (Value, Text); Exact is the exact forecast minus the exact requirement
}

// Periodic reports whether the row splits into periods.
func (r *Row) Periodic() bool { return r.Node.Periodic() }

// Table is the answer to a goal as figures.
type Table struct {
	Format  i18n.Format
	Answer  *forecast.Answer
	Periods []kpi.Period // the columns of the required table: kpi.Periods, and kpi.Hour with selling hours
	Rows    []Row
	// GoalName names what the goal counts: the goal node's own label
	// (売上, ARR純増 / Net new ARR, 受注件数), as the tree's KGI box reads,
	// money or count. It read 売上 (Revenue) for every money goal, so the
	// SaaS preset's KGI, net new ARR, was set as "Revenue" in the
	// presentation and headed the monthly plan as revenue.
	GoalName string
	Goal     Figure // per year
	Total    Figure // the forecast per year (data-node "forecast")
	Gap      Figure // per year (data-node "gap")
	GapPct   string // the gap as a share of the goal: "-4%"
	Head     Headline
	Exact    string // the target's unrounded requirement, for the headline's note
	Planned  string // the target's planned value
}

// New builds the table of answer a in language l for currency cur.
func New(a *forecast.Answer, l i18n.Lang, cur string) *Table {
	f := i18n.Format{Lang: l, Currency: cur}
	m := a.Tree.Model
	lang := string(l)
	gn := m.Node(m.Goal())
	cal := m.Calendar()
	span := spanPeriod(a)
	t := &Table{Format: f, Answer: a, Periods: periods(cal, span), GoalName: goalName(m, l)}
	fig := func(node string, p kpi.Period, n *kpi.Node, v float64) Figure {
		return Figure{Node: node, Period: p.String(), Exact: v, Value: v, Text: f.Node(n, v, p)}
	}
	t.Goal = fig("goal", kpi.Year, gn, a.Goal())
	t.Goal.Text = f.Goal(gn, a.Goal(), kpi.Year)
	t.Total = fig("forecast", kpi.Year, gn, a.Forecast())
	t.Total.Text = f.Goal(gn, a.Forecast(), kpi.Year)
	t.Gap = fig("gap", kpi.Year, gn, a.Gap())
	// The text is the difference of the two figures as they read (a count
	// goal's 1,055 against 1,000 is +55, not the exact +54.5), as a row's.
	t.Gap.Text = f.Signed(gn, f.Shown(gn, a.Forecast(), kpi.Year)-f.Shown(gn, a.Goal(), kpi.Year), kpi.Year)
	if gn.Unit == kpi.Count && l == i18n.Ja {
		t.Gap.Text += "件"
	}
	t.GapPct = i18n.Share(a.GapRatio())
	order := m.TreeOrder()
	t.Rows = make([]Row, 0, len(order))
	for _, i := range order {
		n := m.Node(i)
		r := Row{Index: i, ID: n.ID, Label: n.Label.In(lang), Depth: m.Depth(i), Formula: Formula(m, i, l, f),
			Cadence: f.NodeCadence(n), Lever: n.Op == kpi.Lever, Node: n}
		if _, ok := a.Required(i, kpi.Year); ok {
			r.OnPath = true
			req := func(p kpi.Period) Figure { return required(a, f, i, p) }
			ps := Periods(n)
			r.Required = make([]Figure, 0, len(ps))
			for _, p := range ps {
				r.Required = append(r.Required, req(p))
			}
			if n.Periodic() && cal.HoursPerDay > 0 {
				r.Hour = req(kpi.Hour)
			}
			if n.Periodic() && span != kpi.RepDay {
				r.Span = req(span)
			}
		}
		if !n.Periodic() && n.Op != kpi.Lever {
			v := a.Planned(i, kpi.Year)
			r.Value = Figure{Node: n.ID, Period: "value", Exact: v, Value: v, Text: f.Node(n, v, kpi.Year)}
		}
		if n.Periodic() {
			fc := a.Planned(i, kpi.Year)
			r.Forecast = fig(n.ID, kpi.Year, n, fc)
			if r.OnPath {
				// The forecast against the target the row shows (after the
				// rounding policy), as the two read: 72 deals against 79
				// is 7 short, not the 6.3 of the exact 78.3.
				req, _ := a.Required(i, kpi.Year)
				target, _ := a.Rounded(i, kpi.Year)
				r.Gap = fig(n.ID, kpi.Year, n, sameSide(f.Shown(n, fc, kpi.Year)-f.Shown(n, target, kpi.Year), fc, req))
				r.Gap.Exact = fc - req
				r.Gap.Text = f.Signed(n, r.Gap.Value, kpi.Year)
			}
		}
		t.Rows = append(t.Rows, r)
	}
	t.Head = headline(a, l, f)
	return t
}

// sameSide is a row's gap as its figures read (shown), on the side of
// the goal the exact forecast fc and requirement req are: a forecast
// that meets the exact requirement is never short, one that misses it
// never ahead, whatever the rounding of the two figures. When the goal is
// met exactly, the revenue's gap reads ¥0 and so does every row's: 72.9
// deals against the 73 that 72.9 rounds up to read 0, not -0.1; 911.25
// meetings (911 as written) against 912, 0, not -1.
func sameSide(shown, fc, req float64) float64 {
	exact := fc - req
	if math.Abs(exact) <= 1e-9*max(math.Abs(fc), math.Abs(req)) {
		exact = 0
	}
	if exact == 0 && shown != 0 || exact*shown < 0 {
		return 0
	}
	return shown
}

// rounded is a requirement as the page and the CLI show it: the rounding
// policy's (forecast.Answer.Rounded), and for a lever under round-up moved
// onto the grid its figure is written on, on the safe side (safe). The
// goal's spread (¥8,333,333 a month of ¥100,000,000) reads as the plan's
// cumulative goal does.
func rounded(a *forecast.Answer, f i18n.Format, i int, p kpi.Period) (float64, bool) {
	v, ok := a.Rounded(i, p)
	if !ok {
		return v, ok
	}
	return safe(a, f, i, v, p), true
}

// required is node i's requirement in period p as a figure: exact, and
// rounded as the table writes it.
func required(a *forecast.Answer, f i18n.Format, i int, p kpi.Period) Figure {
	n := a.Tree.Model.Node(i)
	exact, _ := a.Required(i, p)
	v, _ := rounded(a, f, i, p)
	return Figure{Node: n.ID, Period: Key(n, p), Exact: exact, Value: v, Text: f.Node(n, v, p)}
}

// FigureIn is row r's requirement in period p, as Row.Figure, and also in
// one rep's week or month when the table's activity is stated per day:
// the comparison lines field sales' 「商談数 4件/人週」 up beside a
// scenario stated per day, whose week it had left at "—".
func (t *Table) FigureIn(r *Row, p kpi.Period) (Figure, bool) {
	if f, ok := r.Figure(p); ok || !r.OnPath || !r.Periodic() || p != kpi.RepWeek && p != kpi.RepMonth {
		return f, ok
	}
	return required(t.Answer, t.Format, r.Index, p), true
}

// Target is node i's requirement in period p as t's figures read it
// (rounded: the policy's, on the safe side of the grid its figure is
// written on in t's language); false off the solve path. kpisim calc
// -json writes it.
func (t *Table) Target(i int, p kpi.Period) (float64, bool) {
	return rounded(t.Answer, t.Format, i, p)
}

// safe moves v, a requirement of lever i in period p, onto the grid its
// figure is written on, on the safe side, when the policy rounds up
// (i18n.Format.Toward): a minimum up (a close rate of 26.0417 % reads
// 26.05 %, a budget of ¥1,923,076.92 a month reads 192.4万円, not the
// 192.3万円 that falls short), an upper bound down (kpi.Result.Upper: a
// churn of at most 5.4667 % reads 5.46 %, where 5.47 % misses the goal).
// A count is the policy's already (forecast.Answer.Rounded).
func safe(a *forecast.Answer, f i18n.Format, i int, v float64, p kpi.Period) float64 {
	n := a.Tree.Model.Node(i)
	if a.Rounding != kpi.RoundCeil || n.Op != kpi.Lever || n.Unit == kpi.Count {
		return v
	}
	return f.Toward(n, v, p, !a.Tree.Upper[i])
}

// spanPeriod is the period of one rep the activity solved for is stated
// in (kpi.Per.RepPeriod): RepDay, RepWeek or RepMonth; RepDay when the
// lever solved for is no activity.
func spanPeriod(a *forecast.Answer) kpi.Period {
	if n := a.Tree.Model.Node(a.Target); n.Activity {
		return n.Per.RepPeriod()
	}
	return kpi.RepDay
}

// RepSpan is the period of one rep the activity solved for is stated in,
// whose column the required table has: RepDay, RepWeek or RepMonth.
func (t *Table) RepSpan() kpi.Period { return spanPeriod(t.Answer) }

// periods are the required table's columns: kpi.Periods, one rep's week
// or month in place of its day for an activity stated in it (span: the
// budget's ¥96,154 a rep a day beside ¥1,923,077 a rep a month pushed
// the table past the card's width), and the selling hour when the
// calendar sets one (kpi.Calendar.Periods). DataPeriods has them all.
func periods(cal kpi.Calendar, span kpi.Period) []kpi.Period {
	ps := cal.Periods()
	if span != kpi.RepDay {
		ps = slices.Clone(ps)
		ps[slices.Index(ps, kpi.RepDay)] = span
	}
	return ps
}

// DataPeriods are the periods a figure of the table is given in, the
// columns of -json and the CSV: kpi.Periods, one rep's week or month when
// the activity is stated in it, and the hour when the calendar sets one.
func (t *Table) DataPeriods() []kpi.Period {
	ps := t.Answer.Tree.Model.Calendar().Periods()
	if span := t.RepSpan(); span != kpi.RepDay {
		ps = slices.Insert(slices.Clone(ps), len(kpi.Periods), span)
	}
	return ps
}

// Periods lists the periods a node's requirement is given in: every period
// of kpi.Periods for a flow (Table.Periods adds the hour when the calendar
// sets selling hours), one for a rate or a price.
func Periods(n *kpi.Node) []kpi.Period {
	if n.Periodic() {
		return kpi.Periods[:]
	}
	return []kpi.Period{kpi.Year}
}

// Key names a period of node n in data-period and -json: the period, or
// "value" for a node that is not periodic (a solved rate or price).
func Key(n *kpi.Node, p kpi.Period) string {
	if n.Periodic() {
		return p.String()
	}
	return "value"
}

// Formula is a node's definition in words of the language: "平均単価 ×
// 受注数" for a computed node, "= 25%" for a lever ("= 1人1日40件", "=
// 1.5 / rep / week" for an activity, as i18n.Format.PerRep).
func Formula(m *kpi.Model, i int, l i18n.Lang, f i18n.Format) string {
	n := m.Node(i)
	if n.Op == kpi.Lever {
		v := f.Value(n.Unit, false, kpi.Year, n.Value)
		if n.Activity { // as the sentences write it: 1人1日40件, 1.5 / rep / week
			return "= " + f.PerRep(n, v)
		}
		return "= " + v
	}
	parts := make([]string, 0, len(n.Children))
	for _, c := range m.Children(i) {
		parts = append(parts, m.Node(c).Label.In(string(l)))
	}
	return strings.Join(parts, " "+n.Op.Symbol()+" ")
}

// Row returns the row of node id, or nil.
func (t *Table) Row(id string) *Row {
	for k := range t.Rows {
		if t.Rows[k].ID == id {
			return &t.Rows[k]
		}
	}
	return nil
}

// Required returns the requirement figure of node id in period p (Year for
// a node that is not periodic), and whether there is one.
func (t *Table) Required(id string, p kpi.Period) (Figure, bool) {
	r := t.Row(id)
	if r == nil {
		return Figure{}, false
	}
	return r.Figure(p)
}

// Figure is the row's requirement in period p (Year for a node that is not
// periodic), and whether it has one: Table.Required without the search for
// the row.
func (r *Row) Figure(p kpi.Period) (Figure, bool) {
	if !r.OnPath {
		return Figure{}, false
	}
	if !r.Periodic() {
		return r.Required[0], true
	}
	if p == kpi.Hour {
		return r.Hour, r.Hour.Node != ""
	}
	if p == kpi.RepWeek || p == kpi.RepMonth {
		return r.Span, r.Span.Node != "" && r.Span.Period == p.String()
	}
	for k, q := range kpi.Periods {
		if q == p {
			return r.Required[k], true
		}
	}
	return Figure{}, false
}

// PeriodName names a column of the required table: 年, 週, 営業日 ... (a
// calendar day, 日, when the calendar counts calendar days).
func (t *Table) PeriodName(p kpi.Period) string {
	return columnName(t.Format.Lang, t.Answer.Tree.Model.Calendar(), p)
}

// perKey is the catalog key of "per rep per <span>".
func perKey(p kpi.Per) string {
	switch p {
	case kpi.PerWeek:
		return "per.rep_week"
	case kpi.PerMonth:
		return "per.rep_month"
	}
	return "per.rep_day"
}

// Span writes an activity's requirement per rep per working day (a pace,
// as Answer.Pace) in the span the lever is stated in: per week or per
// month it is the pace times the span's working days, rounded as the
// headline rounds it (need: a count at the span's resolution, money on
// the safe side of the grid its figure is written on, so that the
// activity chart's bar of a budget reads the headline's 192.4万円, not
// 192.3万円).
func (t *Table) Span(n *kpi.Node, perRepDay float64) (exact, rounded float64) {
	days := t.Answer.Tree.Model.Calendar().Days(n.Per)
	exact = perRepDay * days
	i, ok := t.Answer.Tree.Model.Index(n.ID)
	if !ok {
		return exact, exact
	}
	return exact, need(t.Answer, t.Format, i, exact, n.Per.Period())
}

// MonthName names a plan month in the language, with its year when the
// plan's calendar knows it: "2026年4月", "Apr 2026", or "4月", "Apr".
func MonthName(l i18n.Lang, mo forecast.Month) string {
	if l == i18n.Ja {
		if mo.Year != 0 {
			return fmt.Sprintf("%d年%d月", mo.Year, int(mo.Month))
		}
		return fmt.Sprintf("%d月", int(mo.Month))
	}
	name := mo.Month.String()[:3]
	if mo.Year != 0 {
		return fmt.Sprintf("%s %d", name, mo.Year)
	}
	return name
}

// MonthSpan names plan months a to b of p: one month's name when they are
// the same, else "Nov 2026–Jan 2027" (「2026年11月〜2027年1月」), with a
// year said once when both ends share it: "Apr–May 2026" (「2026年4月〜5月」),
// not "Apr 2026–May 2026".
func MonthSpan(l i18n.Lang, p *forecast.Plan, a, b int) string {
	if a == b {
		return MonthName(l, p.Months[a])
	}
	from, to := p.Months[a], p.Months[b]
	sep := "–"
	if l == i18n.Ja {
		sep = "〜"
	}
	if from.Year != 0 && from.Year == to.Year {
		if l == i18n.Ja {
			return MonthName(l, from) + sep + fmt.Sprintf("%d月", int(to.Month))
		}
		return from.Month.String()[:3] + sep + MonthName(l, to)
	}
	return MonthName(l, from) + sep + MonthName(l, to)
}

// monthRuns names plan months ks (in order) as runs of consecutive months:
// "Sep 2026–Mar 2027", "May 2026, Jul 2026".
func monthRuns(l i18n.Lang, p *forecast.Plan, ks []int) string {
	var names []string
	for i := 0; i < len(ks); {
		j := i
		for j+1 < len(ks) && ks[j+1] == ks[j]+1 {
			j++
		}
		names = append(names, MonthSpan(l, p, ks[i], ks[j]))
		i = j + 1
	}
	return strings.Join(names, l.ListSep())
}
