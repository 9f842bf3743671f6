package ui

import (
	"fmt"
	"math"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// tree is the KPI tree card's boxes, one per node in the table's order:
// its formula, what it requires this year when on the solve path, and what
// the plan gives; the node the explanation is of is marked.
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
		if !r.OnPath {
			tn.Value = r.Value.Text // SaaS's ACV showed no figure, where the presentation said ¥1,200,000
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

// explain says how the selected node's numbers are made: forward from its
// children (or its value, for a lever), backward from its parent's
// requirement, and each period's requirement before and after rounding.
func (m *Model) explain(t *report.Table) Explain {
	l := m.Lang
	a := t.Answer
	mod := a.Tree.Model
	i := m.selected(a)
	n := mod.Node(i)
	e := Explain{ID: n.ID, Label: n.Label.In(string(l))}
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
		e.Forward = fmt.Sprintf("%s = %s = %s", e.Label, m.activityTerms(n, i, a), fc(i))
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
		// The parent's requirement unrounded, as the result reads: its
		// figure rounded to the table's whole count read "1,333 ÷ 2% =
		// 66,666.6667", a third figure beside the table's 1,334.
		head, headVal := pn.Label.In(string(l)), m.fmtExact(pn, preq)
		kids := mod.Children(p)
		if (pn.Op == kpi.Difference || pn.Op == kpi.Ratio) && i != kids[0] {
			inv = pn.Op.Symbol()
			head, headVal = mod.Node(kids[0]).Label.In(string(l)), fc(kids[0])
			others, vals = " "+inv+" "+pn.Label.In(string(l)), " "+inv+" "+m.fmtExact(pn, preq)
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
	ps := report.Periods(n)
	if n.Periodic() {
		// The required table's columns: one rep's week or month in place
		// of its day for an activity stated so, the hour with selling
		// hours. The list had ended at one rep's day beside a table and a
		// headline per rep per month.
		ps = t.Periods
	}
	for _, p := range ps {
		exact, _ := a.Required(i, p)
		target, _ := t.Target(i, p) // as the required table reads it
		label := l.T("period." + p.String())
		if !n.Periodic() {
			label = l.T("tree.required")
		}
		e.Periods = append(e.Periods, fmt.Sprintf("%s: %s %s → %s %s (%s)", label, l.T("explain.unrounded"), m.fmtExact(n, exact),
			l.T("explain.rounded"), m.fmtNode(n, target, p), l.T("rounding."+m.Scenario.Rounding.String())))
	}
	return e
}

// fmtExact shows a value with enough digits to see that it is unrounded,
// as the headline's exact value reads it (i18n.Format.Exact): money to
// its hundredth, where the tree's ¥1,041,667 stood beside the headline's
// exact ¥1,041,666.67.
func (m *Model) fmtExact(n *kpi.Node, v float64) string {
	return i18n.Format{Lang: m.Lang, Currency: m.Scenario.Currency}.Exact(n.Unit, v, 4)
}

// activityTerms writes how activity lever n (node i) makes its year's
// plan, in the span it is stated in, over the months whose activity lands
// inside the plan (forecast.Plan.Working), as the forecast counts it: a
// day's value × reps × working days × months, a week's × reps × weeks a
// month × months, a month's × reps × months. With a sales cycle the months
// are not the plan's (a new team's first months land nothing; an ongoing
// team's lead months land, its last ones do not). When the months differ
// from the calendar (hires and their ramp, a month's own working days, a
// season of activity, a plan of other than 12 months) it reads the value
// × the year's rep-days (rep-weeks, rep-months) that count. Either way
// the product is the result it explains.
func (m *Model) activityTerms(n *kpi.Node, i int, a *forecast.Answer) string {
	l := m.Lang
	cal := a.Tree.Model.Calendar()
	work := a.Plan.Working()
	perDay := n.Value / cal.Days(n.Per)
	value, reps, months := m.perRep(n, n.Value), l.Counted("unit.reps", i18n.Count(cal.Headcount)), l.Months(len(work))
	repDays, even := 0.0, len(a.Plan.Months) == 12
	for _, mo := range work {
		rd := mo.RepDays // the month's rep-days, as its activity seasonality weighs them
		if perDay > 0 && mo.Produced != nil {
			rd = mo.Produced[i] / perDay
		}
		repDays += rd
		even = even && mo.Headcount == cal.Headcount && mo.WorkingDays == cal.WorkingDays && math.Abs(rd-mo.RepDays) <= 1e-9*mo.RepDays
	}
	if !even {
		year := repDays * 12 / float64(max(len(a.Plan.Months), 1)) / cal.Days(n.Per)
		return fmt.Sprintf(l.T("explain.activity_rep_"+n.Per.String()), value, i18n.Number(year, 1))
	}
	switch n.Per {
	case kpi.PerWeek:
		weeks := l.Counted("unit.weeks", i18n.Number(cal.WorkingDays/cal.Week(), 1))
		return fmt.Sprintf(l.T("explain.activity_week"), value, reps, weeks, months)
	case kpi.PerMonth:
		return fmt.Sprintf(l.T("explain.activity_month"), value, reps, months)
	}
	return fmt.Sprintf(l.T("explain.activity"), value, reps, l.Counted("unit.days", i18n.Count(cal.WorkingDays)), months)
}
