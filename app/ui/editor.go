package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// Editor is the state of the tree editor (issue 11): whether it is open,
// the node being edited, the text of fields that hold a refused value with
// the rule each breaks, and a delete waiting for confirmation. The tree
// itself is the Model's scenario: the editor changes it only through the
// scenario's edit operations, so the page always shows the last valid tree.
type Editor struct {
	Open    bool
	Sel     string // the node being edited; the goal when empty or gone
	Confirm string // the node whose delete waits for a yes

	raw       map[string]string              // editKey → text refused
	errs      map[string]*scenario.EditError // editKey → the rule it breaks
	last      string                         // the node last changed, for the status line
	lastField string                         // the tree's field last changed, when last is ""
	gone      kpi.Label                      // the node last deleted, when the last edit was a delete
	// how is what the last edit did to node last when it was no field's
	// change: "added" (under its parent) or "moved". A node added had
	// been said as its parent "changed".
	how string
	// typed holds the text last typed into a words field (editKey: a
	// node's names and aliases, the tree's title and description), shown
	// while it still reads as the value stored: the value written back
	// (the aliases' list "Demo、Web商談", a name trimmed of the space just
	// typed) would replace the commas and spaces being typed.
	typed map[string]string
	// typing is the text field being typed into, with the tree as it stood
	// before its first key (editor_apply.go, Set).
	typing typing

	of *scenario.Scenario // the scenario raw and errs belong to
}

// typing is one field's typing: its editKey, the tree before it, and
// whether a text typed so far was applied; and the scenario and its count
// of changes after its last key (on, at). A typing whose last key is no
// longer the last change is over, as a lever field's (editStart): a value
// typed again as it stood fires no change event, and a refusal there later
// went back to the tree before it, undoing the changes made since.
type typing struct {
	key     string
	from    *scenario.Scenario
	applied bool
	at      int
	on      *scenario.Scenario
}

// follow forgets the refused texts, the pending delete and the status when
// the session moved to another scenario (a preset, a link, a restore):
// they named nodes of the one before.
func (e *Editor) follow(m *Model) {
	if e.of != m.Scenario {
		e.raw, e.errs, e.Confirm, e.last, e.lastField, e.gone, e.how, e.typed, e.typing = nil, nil, "", "", "", kpi.Label{}, "", nil, typing{}
		e.of = m.Scenario
	}
}

// editKey names one field of one node: "calls/value".
func editKey(id, field string) string { return id + "/" + field }

// EditorView is the editor as the page shows it.
type EditorView struct {
	Open    bool
	Items   []EditorItem  // every node, in tree order
	Node    EditorNode    // the node being edited
	Confirm string        // the question a delete asks, "" when none
	Status  string        // what the last edit changed, for screen readers
	About   []EditorField // the tree's own fields: its name, description and currency
}

// EditorItem is one node in the editor's list.
type EditorItem struct {
	ID, Label string
	Kind      string // the operation's symbol, or "lever" / "activity" in words
	KindSaid  string // the operation in words for a screen reader ("product"), where Kind is a symbol
	Depth     int
	Selected  bool
}

// EditorField is one field of the node being edited.
type EditorField struct {
	Field   string // scenario.Edit*: the field's data-edit
	Label   string
	Text    string   // what the field holds: the value, or the refused text
	Error   string   // the rule the text breaks, in the page's language
	Options []Option // for a select
	Unit    string   // shown after a number
	Note    string   // a caution that refuses nothing: units that make no sense together
}

// EditorNode is the node being edited: its fields and what can be done.
type EditorNode struct {
	ID, Label                    string
	Goal, Lever, Activity        bool
	Names, Kind, Numbers, Extras []EditorField // grouped as the panel lays them out
	Parent                       EditorField
	Error                        string // an action refused: add, move, delete
	Up, Down, Outdent, Indent    bool   // the moves that are possible
	Delete, Add                  bool
}

// View builds the editor's view of m's scenario in m's language.
func (e *Editor) View(m *Model) EditorView {
	e.follow(m)
	v := EditorView{Open: e.Open}
	if !e.Open {
		return v
	}
	s, l := m.Scenario, m.Lang
	sel := e.selected(s)
	mod, err := s.Model()
	if err != nil {
		return v // a committed tree compiles: not reached
	}
	for _, i := range mod.TreeOrder() {
		n := mod.Node(i)
		it := EditorItem{ID: n.ID, Label: n.Label.In(string(l)), Kind: kindText(l, n), Depth: mod.Depth(i), Selected: n.ID == sel}
		if it.Kind == n.Op.Symbol() {
			it.KindSaid = l.T("editor.kind." + n.Op.String()) // "Revenue ×" read as a close button
		}
		v.Items = append(v.Items, it)
	}
	v.Node = e.node(m, sel)
	v.About = e.about(m)
	if e.last == "" && e.lastField != "" {
		v.Status = fmt.Sprintf(l.T("editor.done"), l.T("editor."+e.lastField))
	} else if n, p := s.Node(e.last), s.Node(s.Parent(e.last)); n != nil && e.how == "added" && p != nil {
		v.Status = fmt.Sprintf(l.T("editor.added"), n.Label.In(string(l)), p.Label.In(string(l)))
	} else if n != nil && e.how == "moved" {
		v.Status = fmt.Sprintf(l.T("editor.moved"), n.Label.In(string(l)))
	} else if n != nil {
		v.Status = fmt.Sprintf(l.T("editor.done"), n.Label.In(string(l)))
	} else if e.gone != (kpi.Label{}) {
		v.Status = fmt.Sprintf(l.T("editor.deleted"), e.gone.In(string(l)))
	}
	if n := s.Node(e.Confirm); n != nil {
		below := len(s.Subtree(e.Confirm)) - 1
		key := "editor.confirm"
		if below == 1 {
			key += ".one" // "and the 1 node below it", not "1 nodes"
		}
		v.Confirm = fmt.Sprintf(l.T(key), n.Label.In(string(l)), below)
	}
	return v
}

// selected is the node being edited: Sel, or the goal.
func (e *Editor) selected(s *scenario.Scenario) string {
	if s.Node(e.Sel) != nil {
		return e.Sel
	}
	return s.Goal.Node
}

// kindText is a node's kind as the list shows it.
func kindText(l i18n.Lang, n *kpi.Node) string {
	switch {
	case n.Activity:
		return l.T("editor.activity_badge")
	case n.Given:
		return l.T("editor.given_badge")
	case n.Op == kpi.Lever:
		return l.T("editor.lever_badge")
	}
	return n.Op.Symbol()
}

// node builds the panel of node id.
func (e *Editor) node(m *Model, id string) EditorNode {
	s, l := m.Scenario, m.Lang
	n := s.Node(id)
	parent := s.Parent(id)
	out := EditorNode{ID: id, Label: n.Label.In(string(l)), Goal: id == s.Goal.Node, Lever: n.Op == kpi.Lever,
		Activity: n.Activity, Delete: id != s.Goal.Node, Add: n.Op != kpi.Lever}
	f := func(field, label, text string) EditorField {
		return e.field(m, id, field, l.T(label), text)
	}
	aliases := strings.Join(n.Aliases, l.ListSep())
	if t, ok := e.typed[editKey(id, scenario.EditAliases)]; ok && slices.Equal(scenario.ParseAliases(t), n.Aliases) {
		aliases = t
	}
	out.Names = []EditorField{f(scenario.EditLabelJa, "editor.label_ja", n.Label.Ja), f(scenario.EditLabelEn, "editor.label_en", n.Label.En),
		f(scenario.EditAliases, "editor.aliases", aliases)}
	op := f(scenario.EditOp, "editor.op", n.Op.String())
	for o := kpi.Lever; o <= kpi.Ratio; o++ {
		if o == kpi.Lever && out.Goal {
			continue
		}
		op.Options = append(op.Options, Option{Value: o.String(), Label: l.T("editor.op." + o.String()), Selected: o.String() == op.Text})
	}
	unit := f(scenario.EditUnit, "editor.unit", n.Unit.String())
	for u := kpi.Number; u <= kpi.Rate; u++ {
		unit.Options = append(unit.Options, Option{Value: u.String(), Label: l.T("editor.unit." + u.String()), Selected: u.String() == unit.Text})
	}
	cad := f(scenario.EditCadence, "editor.cadence", n.Cadence.String())
	for c := kpi.CadenceNone; c <= kpi.CadenceQuarterly; c++ {
		label := l.T("editor.cadence.none")
		if c != kpi.CadenceNone {
			label = i18n.Format{Lang: l}.Cadence(c)
		}
		cad.Options = append(cad.Options, Option{Value: c.String(), Label: label, Selected: c.String() == cad.Text})
	}
	unit.Note = s.UnitNote(l, id)
	out.Kind = []EditorField{op, unit, cad}
	if out.Lever {
		out.Numbers = e.numbers(m, n)
		out.Extras = e.extras(m, n)
	}
	out.Parent = e.parentField(m, n, parent)
	if p := s.Node(parent); p != nil {
		k := slices.Index(p.Children, id)
		out.Up, out.Down = k > 0, k < len(p.Children)-1
		out.Outdent = parent != s.Goal.Node
		out.Indent = k > 0 && s.Node(p.Children[k-1]).Op != kpi.Lever
	}
	if err := e.errs[editKey(id, scenario.EditNode)]; err != nil {
		out.Error = err.Text(l, s)
	}
	return out
}

// about are the tree's own fields: its name and description in each
// language, and its currency (the page's four, and a file's own code).
func (e *Editor) about(m *Model) []EditorField {
	s, l := m.Scenario, m.Lang
	f := func(field, text string) EditorField { return e.field(m, "", field, l.T("editor."+field), text) }
	cur := f(scenario.EditCurrency, s.Currency)
	codes := scenario.Currencies
	if !slices.Contains(codes, s.Currency) {
		codes = append(slices.Clip(codes), s.Currency)
	}
	for _, c := range codes {
		label := c
		if slices.Contains(scenario.Currencies, c) {
			label = l.T("editor.currency." + c)
		}
		cur.Options = append(cur.Options, Option{Value: c, Label: label, Selected: c == s.Currency})
	}
	return []EditorField{
		f(scenario.EditTitleJa, s.Title.Ja), f(scenario.EditTitleEn, s.Title.En),
		f(scenario.EditDescJa, s.Description.Ja), f(scenario.EditDescEn, s.Description.En),
		cur,
	}
}

// aboutField reports whether field is one of the tree's own.
func aboutField(field string) bool {
	switch field {
	case scenario.EditTitleJa, scenario.EditTitleEn, scenario.EditDescJa, scenario.EditDescEn, scenario.EditCurrency:
		return true
	}
	return false
}

// field is one field of node id, holding text unless a refused text waits.
func (e *Editor) field(m *Model, id, field, label, text string) EditorField {
	f := EditorField{Field: field, Label: label, Text: text}
	k := editKey(id, field)
	if t, ok := e.typed[k]; ok && field != scenario.EditAliases && readsAs(m.Scenario, id, field, t, text) {
		f.Text = t // as typed, its spaces or full-width digits included, until committed (Editor.done)
	}
	if err := e.errs[k]; err != nil {
		f.Error = err.Text(m.Lang, m.Scenario)
		if !choiceField(field) {
			f.Text = e.raw[k] // the text typed stays, marked, until typed again
		}
	}
	return f
}

// readsAs reports whether t, typed into field of node id, reads as text,
// what the field shows of the value stored: a name as trimmed, a number
// in the field's unit (１２ as 12, and 1/4 as a rate's 25).
func readsAs(s *scenario.Scenario, id, field, t, text string) bool {
	if wordsField(field) {
		return strings.TrimSpace(t) == text
	}
	n := s.Node(id)
	if n == nil {
		return false
	}
	v, err := typedNumber(s, n, field, t)
	u := n.Unit
	if field == scenario.EditCeiling {
		u = kpi.Count // as Editor.extras shows it
	}
	return err == nil && displayText(u, v) == text
}

// choiceField reports whether field is a select: refused, it shows what
// holds (the message says what was refused), so the same choice can be
// made again once its conflict is gone. Showing the refused unit left it
// on screen after an activity was unticked, and choosing it again fired
// no change.
func choiceField(field string) bool {
	switch field {
	case scenario.EditOp, scenario.EditUnit, scenario.EditCadence, scenario.EditPer, scenario.EditParent, scenario.EditCurrency:
		return true
	}
	return false
}

// chosen is what select field of the node being edited holds: its value
// as the select's options name it.
func (e *Editor) chosen(m *Model, field string) string {
	s := m.Scenario
	id := e.target(s, field)
	n := s.Node(id)
	switch {
	case field == scenario.EditCurrency:
		return s.Currency
	case n == nil:
		return ""
	case field == scenario.EditOp:
		return n.Op.String()
	case field == scenario.EditUnit:
		return n.Unit.String()
	case field == scenario.EditCadence:
		return n.Cadence.String()
	case field == scenario.EditPer:
		return n.Per.String()
	case field == scenario.EditParent:
		return s.Parent(id)
	}
	return ""
}

// numbers are a lever's value, range and step, in the unit shown.
func (e *Editor) numbers(m *Model, n *kpi.Node) []EditorField {
	unit := ""
	if n.Unit == kpi.Rate {
		unit = "%"
	}
	num := func(field, label string, v float64) EditorField {
		f := e.field(m, n.ID, field, m.Lang.T(label), displayText(n.Unit, v))
		f.Unit = unit
		return f
	}
	return []EditorField{
		num(scenario.EditValue, "editor.value", n.Value),
		num(scenario.EditMin, "editor.min", n.Min),
		num(scenario.EditMax, "editor.max", n.Max),
		num(scenario.EditStep, "editor.step", n.Step),
	}
}

// extras are a lever's activity flag, span and ceiling, or, for a lever
// that is no activity, whether it is a given of the plan.
func (e *Editor) extras(m *Model, n *kpi.Node) []EditorField {
	l := m.Lang
	act := e.field(m, n.ID, scenario.EditActivity, l.T("editor.activity"), strconv.FormatBool(n.Activity))
	if !n.Activity {
		return []EditorField{act, e.field(m, n.ID, scenario.EditGiven, l.T("editor.given"), strconv.FormatBool(n.Given))}
	}
	per := e.field(m, n.ID, scenario.EditPer, l.T("editor.per"), n.Per.String())
	for p := kpi.PerDay; p <= kpi.PerMonth; p++ {
		per.Options = append(per.Options, Option{Value: p.String(), Label: l.T("editor.per." + p.String()), Selected: p.String() == per.Text})
	}
	// The label says what 0 stands for: the default the lever list shows.
	dflt := *n
	dflt.Ceiling = 0
	label := l.T("editor.ceiling_none")
	if c := dflt.Limit(); c > 0 {
		label = fmt.Sprintf(l.T("editor.ceiling"), i18n.Count(c))
	}
	ceil := e.field(m, n.ID, scenario.EditCeiling, label, displayText(kpi.Count, n.Ceiling))
	return []EditorField{act, per, ceil}
}

// parentField is the select of the node's parent: every computed node.
func (e *Editor) parentField(m *Model, n *kpi.Node, parent string) EditorField {
	s := m.Scenario
	f := e.field(m, n.ID, scenario.EditParent, m.Lang.T("editor.parent"), parent)
	if parent == "" {
		f.Label = m.Lang.T("editor.goal_parent")
		return f
	}
	for _, c := range s.Nodes {
		if c.Op != kpi.Lever && c.ID != n.ID {
			f.Options = append(f.Options, Option{Value: c.ID, Label: c.Label.In(string(m.Lang)), Selected: c.ID == f.Text})
		}
	}
	return f
}

// displayText is a value as a field shows it: a rate in percent, the
// thousands grouped as the levers' fields show them (12,000, where
// "$12,000" typed had read back as 12000).
func displayText(u kpi.Unit, v float64) string {
	if u == kpi.Rate {
		v = cleanFloat(v * 100)
	}
	return i18n.Digits(v)
}

// withOwnTree adds the scenario to the preset choices when it is none of
// them (a tree started empty in the editor), selected, so the header names
// the tree the page shows.
func withOwnTree(opts []Option, s *scenario.Scenario, l i18n.Lang) []Option {
	for _, o := range opts {
		if o.Selected {
			return opts
		}
	}
	return append(opts, Option{Value: s.ID, Label: s.Title.In(string(l)), Selected: true})
}
