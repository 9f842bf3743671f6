package ui

import (
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// What the editor does: each action goes through one of the scenario's
// edit operations, and records either the change or the refused text with
// its rule.

// Select makes id the node being edited and drops a pending delete.
func (e *Editor) Select(id string) {
	e.Sel, e.Confirm = id, ""
}

// Set applies text typed or chosen in field of the node being edited. A
// refused text stays in the field with its rule, and the tree goes back to
// its form before the field's typing began: typing 120 % applied 1 % and
// 12 % on the way, and the figures stayed at 12 % under the refusal (a
// name, at its first characters), where a lever's own field goes back to
// its value. It reports whether the tree changed.
func (e *Editor) Set(m *Model, field, text string) bool {
	e.follow(m)
	id := e.target(m.Scenario, field)
	k := editKey(id, field)
	if e.typing.key != k || e.typing.at != m.Changed || e.typing.on != m.Scenario {
		e.typing = typing{key: k, from: m.Scenario.Clone()}
	}
	defer func() { e.typing.at, e.typing.on = m.Changed, m.Scenario }()
	err := e.apply(m.Scenario, id, field, text)
	if err != nil && e.typing.applied && !choiceField(field) {
		*m.Scenario = *e.typing.from.Clone()
		e.typing.applied = false
		err = e.apply(m.Scenario, id, field, text) // refused again, naming the node as it stands
		if err == nil {
			return e.done(m, id, field, text, nil)
		}
		e.done(m, id, field, text, err)
		// Nothing changed in the end: the status line said the node
		// changed, at the keys that applied, under the refusal.
		e.last, e.lastField, e.gone, e.how = "", "", kpi.Label{}, ""
		m.treeEdited()
		return true
	}
	return e.done(m, id, field, text, err)
}

// done records the outcome of an edit of field of node id.
func (e *Editor) done(m *Model, id, field, text string, err error) bool {
	e.follow(m)
	k := editKey(id, field)
	if err != nil {
		ee, ok := err.(*scenario.EditError)
		if !ok {
			ee = &scenario.EditError{Node: id, Field: field, Rule: err.Error(), Engine: &kpi.Error{Node: id, Rule: err.Error()}}
		}
		if e.raw == nil {
			e.raw, e.errs = map[string]string{}, map[string]*scenario.EditError{}
		}
		e.raw[k], e.errs[k] = text, ee
		return false
	}
	delete(e.raw, k)
	delete(e.errs, k)
	if e.typing.key == k {
		e.typing.applied = true
	}
	if typedField(field) && text != "" {
		// The field shows what was typed while it holds the value stored
		// (Editor.field): a name's trailing space, trimmed from the value,
		// was written back into the field when keys came faster than the
		// renders, and "Win rate N" was typed as "Win rateN"; a number's
		// full-width digits were written back half-width at each key that
		// gave a valid value, and １２３ was typed as 12３.
		if e.typed == nil {
			e.typed = map[string]string{}
		}
		e.typed[k] = text
	}
	e.retry(m.Scenario, id)
	e.last, e.lastField, e.gone, e.how = id, field, kpi.Label{}, ""
	bands := m.Bands
	m.treeEdited()
	if wordsField(field) {
		// A name or a description moves no figure: the Monte Carlo run
		// stands, where typing a name had run it again at every key and
		// blanked the probability meanwhile.
		m.Bands = bands
	}
	return true
}

// retry applies again the texts of node id's fields that were refused, now
// that another field of it changed: a max refused below the value holds
// once the value is lowered, and its rule no longer stands beside it.
func (e *Editor) retry(s *scenario.Scenario, id string) {
	for k, text := range e.raw {
		node, field, _ := strings.Cut(k, "/")
		if node != id || e.errs[k] == nil {
			continue
		}
		if choiceField(field) {
			// A select shows what holds: its refusal is said once, and
			// not made later behind the user's back.
			delete(e.raw, k)
			delete(e.errs, k)
			continue
		}
		switch err := e.apply(s, id, field, text).(type) {
		case nil:
			delete(e.raw, k)
			delete(e.errs, k)
		case *scenario.EditError:
			e.errs[k] = err // why it is refused now: the first reason may be gone
		}
	}
}

// target is the node a field edits: the node being edited, or "" for the
// tree's own fields.
func (e *Editor) target(s *scenario.Scenario, field string) string {
	if aboutField(field) {
		return ""
	}
	return e.selected(s)
}

// apply makes one edit of field of node id from its text.
func (e *Editor) apply(s *scenario.Scenario, id, field, text string) error {
	switch field {
	case scenario.EditTitleJa:
		return s.SetTitle(i18n.Ja, text)
	case scenario.EditTitleEn:
		return s.SetTitle(i18n.En, text)
	case scenario.EditDescJa:
		return s.SetDescription(i18n.Ja, text)
	case scenario.EditDescEn:
		return s.SetDescription(i18n.En, text)
	case scenario.EditCurrency:
		return s.SetCurrency(text)
	}
	n := s.Node(id)
	if n == nil {
		return nil
	}
	switch field {
	case scenario.EditLabelJa:
		return s.Rename(id, i18n.Ja, text)
	case scenario.EditLabelEn:
		return s.Rename(id, i18n.En, text)
	case scenario.EditAliases:
		return s.SetAliases(id, text)
	case scenario.EditOp:
		op, err := parseOp(text)
		if err != nil {
			return s.SetOp(id, kpi.Op(255))
		}
		return s.SetOp(id, op)
	case scenario.EditUnit:
		u, err := kpi.ParseUnit(text)
		if err != nil {
			u = kpi.Unit(255)
		}
		return s.SetUnit(id, u)
	case scenario.EditCadence:
		c, err := kpi.ParseCadence(text)
		if err != nil {
			c = kpi.CadenceNone
		}
		return s.SetCadence(id, c)
	case scenario.EditPer:
		p, err := kpi.ParsePer(text)
		if err != nil {
			p = kpi.Per(255)
		}
		return s.SetPer(id, p)
	case scenario.EditActivity:
		return s.SetActivity(id, text == "true")
	case scenario.EditGiven:
		return s.SetGiven(id, text == "true")
	case scenario.EditParent:
		if text == s.Parent(id) {
			return nil // where it is
		}
		return s.Move(id, text, 1<<30)
	}
	v, err := typedNumber(s, n, field, text)
	if err != nil {
		return err
	}
	switch field {
	case scenario.EditValue:
		return s.SetValue(id, v)
	case scenario.EditCeiling:
		return s.SetCeiling(id, v)
	}
	return s.SetRange(id, field, v)
}

// typedNumber is the value text typed into number field of lever n
// gives: a rate's in percent unless a fraction, a ceiling's as a count.
func typedNumber(s *scenario.Scenario, n *kpi.Node, field, text string) (float64, error) {
	id := n.ID
	if n.Unit == kpi.Currency && s.ForeignAmount(text) != "" { // before the number: "US$5,000" is no "not a number"
		e := scenario.OtherCurrency(id, "", text, s.Currency)
		return 0, &scenario.EditError{Node: id, Field: field, Rule: e.Rule, Engine: e}
	}
	if n.Unit != kpi.Currency && scenario.Money(text) { // 12万円 for a count read 120,000
		return 0, &scenario.EditError{Node: id, Field: field, Rule: "is not an amount", Engine: scenario.NotMoney(id, "")}
	}
	v, fraction, err := scenario.ParseField(text)
	if err != nil {
		return 0, &scenario.EditError{Node: id, Field: field, Rule: err.Error(),
			Engine: &kpi.Error{Node: id, Code: scenario.TypedCode(err), Rule: err.Error()}}
	}
	if !fraction && scenario.Percent(text) && (n.Unit != kpi.Rate || field == scenario.EditCeiling) {
		return 0, &scenario.EditError{Node: id, Field: field, Rule: "is not a rate", Engine: scenario.NotRate(id, "")}
	}
	if n.Unit == kpi.Rate && field != scenario.EditCeiling && !fraction {
		v /= 100
	}
	return v, nil
}

// parseOp reads lever, product, sum, difference or ratio.
func parseOp(s string) (kpi.Op, error) {
	if s == kpi.Lever.String() {
		return kpi.Lever, nil
	}
	return kpi.ParseOp(s)
}

// Commit ends editing of field: a valid text shows the value as stored,
// and a name typed in one language is given to the other where that still
// holds the editor's placeholder (scenario.CopyName). It reports whether
// the tree changed.
func (e *Editor) Commit(m *Model, field string) bool {
	id := e.target(m.Scenario, field)
	k := editKey(id, field)
	e.typing = typing{} // the next key types anew
	if e.errs[k] != nil {
		return false
	}
	delete(e.raw, k)
	if field != scenario.EditAliases {
		delete(e.typed, k) // committed, a name shows as stored: "Win rate " is "Win rate"
	}
	lang, other := nameField(field)
	if other == "" || !m.Scenario.CopyName(id, lang) {
		return false
	}
	return e.done(m, id, other, "", nil)
}

// nameFields are the name fields (a node's, the tree's), each with its
// language and the same name's field in the other language.
var nameFields = map[string]struct {
	lang  i18n.Lang
	other string
}{
	scenario.EditLabelJa: {i18n.Ja, scenario.EditLabelEn},
	scenario.EditLabelEn: {i18n.En, scenario.EditLabelJa},
	scenario.EditTitleJa: {i18n.Ja, scenario.EditTitleEn},
	scenario.EditTitleEn: {i18n.En, scenario.EditTitleJa},
}

// nameField is the language of name field field and the field of the same
// name in the other language; "" when field is no name.
func nameField(field string) (i18n.Lang, string) {
	f := nameFields[field]
	return f.lang, f.other
}

// Add adds a child of operation op under the node being edited and edits
// it.
func (e *Editor) Add(m *Model, op kpi.Op) bool {
	parent := e.selected(m.Scenario)
	id, err := m.Scenario.AddChild(parent, op)
	if !e.done(m, parent, scenario.EditNode, "", err) {
		return false
	}
	e.Select(id)
	e.last, e.how = id, "added"
	return true
}

// Move moves the node being edited: "up", "down", "out" (after its
// parent, one level up) or "in" (the last child of the node above it).
func (e *Editor) Move(m *Model, how string) bool {
	s := m.Scenario
	id := e.selected(s)
	e.Confirm = ""
	parent := s.Parent(id)
	var err error
	switch p := s.Node(parent); {
	case p == nil:
		err = s.MoveBy(id, 0) // the goal: refused with its rule
	case how == "up":
		err = s.MoveBy(id, -1)
	case how == "down":
		err = s.MoveBy(id, 1)
	case how == "out":
		gp := s.Parent(parent)
		if gp == "" {
			err = s.Move(id, "", 0)
			break
		}
		err = s.Move(id, gp, slices.Index(s.Node(gp).Children, parent)+1)
	default:
		k := slices.Index(p.Children, id)
		prev := ""
		if k > 0 {
			prev = p.Children[k-1]
		}
		err = s.Move(id, prev, 1<<30)
	}
	if !e.done(m, id, scenario.EditNode, "", err) {
		return false
	}
	e.how = "moved"
	return true
}

// Delete removes the node being edited, at once when it is one node; a
// node with others below it waits for Confirm, unless the tree would
// refuse its removal, which is said at once.
func (e *Editor) Delete(m *Model, sure bool) bool {
	s := m.Scenario
	id := e.selected(s)
	if !sure && len(s.Subtree(id)) > 1 && id != s.Goal.Node {
		// A delete the tree would refuse (it holds the last activity)
		// says so now, rather than asking first and refusing after.
		if err := s.Clone().Remove(id); err != nil {
			e.done(m, id, scenario.EditNode, "", err)
			return false
		}
		e.Confirm = id
		return false
	}
	e.Confirm = ""
	parent, label := s.Parent(id), s.Node(id).Label
	if !e.done(m, id, scenario.EditNode, "", s.Remove(id)) {
		return false
	}
	e.gone = label // said on the status line: the node is no more to name
	e.Select(parent)
	return true
}

// NewEmpty starts the session on an empty tree: the KGI and one activity.
func (e *Editor) NewEmpty(m *Model) {
	m.Scenario = scenario.NewEmpty()
	m.year().refused, m.year().hireBad = nil, nil
	e.follow(m)
	e.Sel, e.Open = m.Scenario.Goal.Node, true
	m.Seek = ""
	m.treeEdited()
}

// treeEdited records a change of the tree: the selections, the seek lever
// and the lever fields that name a node no longer there are dropped.
func (m *Model) treeEdited() {
	s := m.Scenario
	if n := s.Node(m.Selected); n == nil {
		m.Selected = s.Target()
	}
	if n := s.Node(m.Seek); m.Seek != "" && (n == nil || n.Op != kpi.Lever) {
		m.Seek = ""
	}
	for key := range m.errs {
		if k, err := scenario.ParseKey(key); err != nil || k.ID != "" && s.Node(k.ID) == nil {
			delete(m.errs, key)
			delete(m.raw, key)
		}
	}
	m.changed()
}
