package ui

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// Step is one slide of the step-through: one of the article's four design
// steps, or one node of the tree with its arithmetic.
type Step struct {
	Title string   // "1. KGI の設定", or the node's label
	Node  string   // the node highlighted; "" for none
	Path  []string // the labels from the KGI down to the node's parent: the tree leaves some out when it is deep
	Words Sentence // "売上 = 平均単価 × 受注件数"
	Lines []Term   // the arithmetic with figures: the node first, then its terms
	Note  Sentence // a sentence under it
	// Cadence is how often the step's node is measured, as the article
	// pairs each KPI with its rhythm ("週次", "weekly"); "" when not stated.
	Cadence string
	// Open is the node the diagram opens the path to, when not Node: the
	// route's end, at the step that names the route (it had shown the KGI
	// and its two KFS beside words naming the route down to the calls).
	// The step naming the KPIs keeps the KGI and the KFS: the whole tree
	// at 1280 px set its boxes in 8-px type (TestPresentDeepTreeFits).
	Open string
}

// perRep marks the hidden figure of the activity per rep, the last step's
// answer, apart from the node's year ("calls" and "calls@rep"): the
// diagram's box shows the year.
const perRep = "@rep"

// nodeOf is the node a hidden figure's key names.
func nodeOf(key string) string { return strings.TrimSuffix(key, perRep) }

// focus is the node the step's diagram opens the path to.
func (s Step) focus() string {
	if s.Open != "" {
		return s.Open
	}
	return s.Node
}

// shows reports whether the step's arithmetic shows node id's figure.
func (s Step) shows(id string) bool {
	if s.Node == id {
		return true
	}
	for _, tm := range s.Lines {
		if tm.Node == id {
			return true
		}
	}
	return false
}

// Sentence is a step's words in parts: plain words, and the figures of
// nodes, each its own part so that hiding a figure hides it alone (a
// substring replaced, "10" → "?", also turned a ceiling of 100 into "?0").
type Sentence []Part

// Part is a run of words, or the figure of node Node.
type Part struct {
	Text string
	Node string // "" for words
}

// plain is a sentence of plain words.
func plain(s string) Sentence {
	if s == "" {
		return nil
	}
	return Sentence{{Text: s}}
}

// String is the sentence with every figure shown.
func (s Sentence) String() string { return s.Hiding(nil) }

// Hiding is the sentence with a "?" for the figure of each node hidden.
func (s Sentence) Hiding(hidden map[string]bool) string {
	var b strings.Builder
	for _, p := range s {
		if p.Node != "" && hidden[p.Node] {
			b.WriteString("?")
			continue
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// Term is one figure of a step: the node it belongs to (so it can be
// hidden), an operator before it, its label and its value.
type Term struct {
	Node  string
	Op    string // "=", "×", "+", "−", "÷" or ""
	Label string
	Value report.Figure
}

// counter is the counter word of node n's figures in the steps: 件 for a
// count in Japanese, as the article writes its tree (「受注件数 100件」); none
// in English or for money, a rate or a plain number.
func counter(t *report.Table, n *kpi.Node) string {
	if t.Format.Lang == i18n.Ja && n.Unit == kpi.Count {
		return "件"
	}
	return ""
}

// counted is figure f of node n with its counter word (counter).
func counted(t *report.Table, n *kpi.Node, f report.Figure) report.Figure {
	f.Text += counter(t, n)
	return f
}

// unitLabel is the solved activity's label with the unit its figure is
// in: 「架電数（件/人日）」, "Calls / rep / day".
func unitLabel(l i18n.Lang, label, unit string) string {
	if l == i18n.Ja {
		return label + "（" + unit + "）"
	}
	return label + " " + unit
}

// primary is the figure a node is presented by: the requirement per year
// on the solved path (per rep per day for the solved activity), else the
// forecast, else the lever's value. With daily, the solved activity is
// presented per rep per day, as the headline says it.
func primary(t *report.Table, r *report.Row, daily bool) report.Figure {
	if r.OnPath && len(r.Required) > 0 {
		if daily && r.Node.Activity && t.Head.Figure.Node == r.ID {
			return t.Head.Figure
		}
		return r.Required[0]
	}
	if r.Periodic() {
		return r.Forecast
	}
	if r.Value.Text != "" {
		// What a computed stock comes to from the levers (an annual contract
		// value of ¥3,600,000 over 3 years is ¥1,200,000: it read ¥0, a
		// computed node's own Value).
		return r.Value
	}
	// A lever's value.
	v := t.Answer.Planned(r.Index, kpi.Year)
	return report.Figure{Node: r.ID, Period: "value", Exact: v, Value: v, Text: t.Format.Node(r.Node, v, kpi.Year)}
}

// Steps lists the slides for table t: the four design steps, then every
// computed node from the KGI down in tree order, each with its operator
// and terms, and last the solved activity per rep per day. It works for
// any tree.
func Steps(t *report.Table) []Step {
	l := t.Format.Lang
	if len(t.Rows) == 0 {
		return nil
	}
	m := t.Answer.Tree.Model
	row := make(map[int]*report.Row, len(t.Rows))
	for i := range t.Rows {
		row[t.Rows[i].Index] = &t.Rows[i]
	}
	root := &t.Rows[0]
	var kfs, kpis []string
	for i := range t.Rows {
		switch r := &t.Rows[i]; {
		case report.Constant(m, r.Index): // 360 days a year is no KFS nor KPI
		case r.Depth == 1:
			kfs = append(kfs, r.Label)
		case r.Depth >= 2:
			kpis = append(kpis, r.Label)
		}
	}
	sep := l.T("present.list_sep")
	target := row[t.Answer.Target]
	steps := []Step{
		{Title: l.T("present.step1"), Node: root.ID, Note: plain(l.T("present.step1.note")),
			Lines: []Term{{Node: root.ID, Label: t.GoalName + l.Aside(l.T("present.per_year")), Value: t.Goal}}},
		{Title: l.T("present.step2"), Node: root.ID, Note: plain(l.T("present.step2.note")), Words: plain("KFS: " + strings.Join(kfs, sep))},
		{Title: l.T("present.step3"), Node: root.ID, Note: plain(l.T("present.step3.note")), Words: plain("KPI: " + strings.Join(kpis, sep))},
		// Step 4 sets the target values from the KGI's, the walk down the
		// tree (the steps that follow) working out each KPI's in turn: it
		// shows the goal a year and the route, not the answer at the
		// route's end (it showed the calls per rep per day, 41.7, as
		// "Calls", before the room had worked out a single KPI).
		// No path above its title, which is no node: its words name the
		// route, every level the tree leaves out ("Revenue › Deals won ›
		// Opportunities ›" stood above "4. Set target values" as if that
		// were a node under opportunities).
		{Title: l.T("present.step4"), Node: root.ID, Note: plain(l.T("present.step4.note")), Words: plain(route(t, row)),
			Lines: []Term{{Node: root.ID, Label: t.GoalName + l.Aside(l.T("present.per_year")), Value: t.Goal}},
			Open:  target.ID},
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		if r.Lever {
			continue
		}
		op := r.Node.Op.Symbol()
		kids := m.Children(r.Index)
		s := Step{Title: r.Label, Node: r.ID, Path: ancestors(t, row, r.Index), Lines: []Term{{Node: r.ID, Label: r.Label, Value: counted(t, r.Node, primary(t, r, false))}},
			Cadence: t.Format.Cadence(r.Node.Cadence)}
		labels := make([]string, len(kids))
		for k, c := range kids {
			cr := row[c]
			o := op
			if k == 0 {
				o = "="
			}
			labels[k] = cr.Label
			s.Lines = append(s.Lines, Term{Node: cr.ID, Op: o, Label: cr.Label, Value: counted(t, cr.Node, primary(t, cr, false))})
		}
		s.Words = plain(r.Label + " = " + strings.Join(labels, " "+op+" "))
		if !r.OnPath {
			s.Note = plain(l.T("present.offpath"))
		} else {
			s.Note = roundedNote(t, s.Lines)
		}
		steps = append(steps, s)
	}
	if target.Node.Activity {
		h := t.Head
		// The answer per rep is a figure of its own to hide and guess
		// (perRep): keyed by the node alone, revealing the calls' year at
		// the step before revealed it too, and the walk with every figure
		// hidden never asked the room for the answer of the day.
		rep := target.ID + perRep
		s := Step{Title: h.Label, Node: rep, Open: target.ID, Path: ancestors(t, row, target.Index), Note: plain(h.Message),
			Lines:   []Term{{Node: rep, Label: unitLabel(t.Format.Lang, h.Label, h.Unit), Value: h.Figure}},
			Cadence: t.Format.Cadence(target.Node.Cadence)}
		if at := h.MessageAt; at >= 0 { // "10 a rep a day is beyond the ceiling of 100": the 10 is the answer
			s.Note = Sentence{{Text: h.Message[:at]}, {Text: h.Figure.Text, Node: rep}, {Text: h.Message[at+len(h.Figure.Text):]}}
		}
		if h.Reps != "" {
			// What the day's figure divides by, when hires make it other
			// than the headcount: inside sales' "A year: ¥150,000,000 →
			// ¥1,923,077 / rep / month" divides by 6.5 reps, and the room
			// dividing by 5 found another figure.
			s.Note = append(s.Note, Part{Text: t.Format.Lang.SentenceSep() + h.Reps})
		}
		if len(target.Required) > 0 {
			// "A year: 2,400 → 10 a rep a day": the year's figure, from the
			// step before; the answer is the day's. The year is the node's
			// figure too, hidden with it (as the diagram's box hides it):
			// "A year: 100,000 ÷ 240 days ÷ 10 reps = ?" gave the hidden
			// answer away, a division from the figure on screen.
			by, ok := division(t, target)
			if !ok {
				by = " →"
			}
			s.Words = Sentence{{Text: l.T("present.daily") + " "}, {Text: target.Required[0].Text + counter(t, target.Node), Node: target.ID},
				{Text: by + " "}, {Text: h.Figure.Text, Node: rep}, {Text: l.UnitSep() + h.Unit}}
			if ok {
				s.Words[2].Text = by + " = "
			}
		}
		steps = append(steps, s)
	} else if t.Answer.Target != m.Goal() {
		// A rate, a price or a count of a stock solved for (the velocity
		// preset's opportunities) has its step too: the walk ended on the
		// node above it, whose step showed the answer among its terms, and
		// a guess there was read against that node's figure (¥15,000,000
		// for a guess of 60 opportunities), the answer never revealed.
		h := t.Head
		s := Step{Title: h.Label, Node: target.ID, Path: ancestors(t, row, target.Index),
			Lines:   append([]Term{{Node: target.ID, Label: h.Label, Value: h.Figure}}, backward(t, row, target)...),
			Note:    plain(fmt.Sprintf(l.T("present.planned"), h.Planned)),
			Cadence: t.Format.Cadence(target.Node.Cadence)}
		if len(s.Lines) > 1 {
			// "Opportunities ? = Weighted pipeline ¥15,000,000 ÷ Average
			// won deal size ¥1,000,000 ÷ Close rate 25%": the room works
			// the answer out from the figures of the step before, where
			// the step had shown the answer alone, nothing to work from.
			labels := make([]string, len(s.Lines)-1)
			for k, tm := range s.Lines[1:] {
				labels[k] = tm.Label
				if k > 0 {
					labels[k] = tm.Op + " " + tm.Label
				}
			}
			s.Words = plain(target.Label + " = " + strings.Join(labels, " "))
		}
		if h.Message != "" {
			s.Note = plain(h.Message)
		}
		steps = append(steps, s)
	}
	return steps
}

// backward is the arithmetic that gives a node solved for from its
// parent's requirement, as a trainer writes the step back up the tree:
// the parent divided by the other factors (÷ for a product, − for a sum),
// or for a divisor or a term taken away the first term and then the
// parent (as the explanation's backward line reads it: Explain). Each term
// is presented by its figure (primary); nil for the KGI.
func backward(t *report.Table, row map[int]*report.Row, target *report.Row) []Term {
	m := t.Answer.Tree.Model
	p := m.Parent(target.Index)
	if p < 0 || row[p] == nil {
		return nil
	}
	pn := m.Node(p)
	term := func(op string, r *report.Row) Term {
		return Term{Node: r.ID, Op: op, Label: r.Label, Value: counted(t, r.Node, primary(t, r, false))}
	}
	inv, kids := pn.Op.Inverse(), m.Children(p)
	lines := []Term{term("=", row[p])}
	if (pn.Op == kpi.Difference || pn.Op == kpi.Ratio) && target.Index != kids[0] {
		inv = pn.Op.Symbol()
		lines = []Term{term("=", row[kids[0]]), term(inv, row[p])}
		kids = kids[1:]
	}
	for _, c := range kids {
		if c != target.Index && row[c] != nil {
			lines = append(lines, term(inv, row[c]))
		}
	}
	return lines
}

// division is what the activity's year divides by into the answer, when
// it does exactly: " ÷ 240営業日 ÷ 10人" (" ÷ 48週", " ÷ 12か月" for an
// activity stated a week or a month). The room worked the last step out
// from "100,000 → 41.7" alone. Where the pace is no such quotient (a plan
// of six months: the year's figure is not its total), the arrow stays.
func division(t *report.Table, target *report.Row) (string, bool) {
	a, l := t.Answer, t.Format.Lang
	work := a.Plan.Working()
	days := 0.0
	for _, mo := range work {
		days += mo.WorkingDays
	}
	span, spanText := days, l.Counted("unit.days", i18n.Number(days, 1))
	switch target.Node.Per {
	case kpi.PerWeek:
		span = days / a.Tree.Model.Calendar().Week()
		spanText = l.Counted("unit.weeks", i18n.Number(span, 1))
	case kpi.PerMonth:
		span, spanText = float64(len(work)), l.Months(len(work))
	}
	reps, year, answer := a.Reps(), target.Required[0].Exact, t.Head.Figure.Exact
	if span <= 0 || reps <= 0 || answer <= 0 || math.Abs(year/span/reps-answer) > 1e-9*answer || !tenths(span) || !tenths(reps) {
		return "", false
	}
	whole := func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") } // "240 days" on one line
	return " ÷ " + whole(spanText) + " ÷ " + whole(l.Counted("unit.reps", i18n.Number(reps, 1))), true
}

// tenths reports whether v reads as it is to one decimal, as division
// writes it: "÷ 6.5人" divides by 6.5, where 6.4667 reps would read 6.5
// and the room's quotient would not be the answer.
func tenths(v float64) bool { return math.Abs(math.Round(v*10)/10-v) <= 1e-9*v }

// roundedNote says, for a step whose terms hold a count rounded under the
// scenario's policy, why its figures do not multiply out exactly: route
// sales' "¥42,400,000 = ¥300,000 × Upsells 142" is ¥300,000 × 141.33, the
// 142 rounded up, and a room checking the product found ¥42,600,000. The
// note names the first such count, exact and rounded; nil when none is.
func roundedNote(t *report.Table, lines []Term) Sentence {
	m := t.Answer.Tree.Model
	for _, tm := range lines {
		i, ok := m.Index(tm.Node)
		v := tm.Value
		if !ok || m.Node(i).Unit != kpi.Count || v.Period == "value" || math.Abs(v.Value-v.Exact) <= 1e-9*math.Max(1, math.Abs(v.Exact)) {
			continue
		}
		l := t.Format.Lang
		exact := i18n.Exact(v.Exact, 4) // as the headline's exact value: 141.3333, never a whole 142 for 142.004
		// Both figures are the count's: hidden with it (141.33 would tell
		// the room the 142 it is guessing).
		return Sentence{{Text: fmt.Sprintf(l.T("present.rounded_pre"), tm.Label)}, {Text: exact, Node: tm.Node}, {Text: " → "},
			{Text: v.Text, Node: tm.Node}, {Text: l.T("present.rounded_post")}}
	}
	return nil
}

// ancestors are the labels of node i's ancestors, the KGI first.
func ancestors(t *report.Table, row map[int]*report.Row, i int) []string {
	m := t.Answer.Tree.Model
	var path []string
	for p := m.Parent(i); p >= 0; p = m.Parent(p) {
		if r, ok := row[p]; ok {
			path = append(path, r.Label)
		}
	}
	slices.Reverse(path)
	return path
}

// route names the nodes from the KGI down to the node solved for, the
// path the walk down the tree takes: "売上 → 受注件数 → 商談数 → 初回商談数（アポ） → 架電数".
// It is empty when the KGI itself is solved for.
func route(t *report.Table, row map[int]*report.Row) string {
	r, ok := row[t.Answer.Target]
	if !ok {
		return ""
	}
	path := append(ancestors(t, row, t.Answer.Target), r.Label)
	if len(path) < 2 {
		return ""
	}
	return strings.Join(path, " → ")
}
