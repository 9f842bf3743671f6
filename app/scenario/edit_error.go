package scenario

import (
	"errors"
	"fmt"
	"slices"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// EditError is an edit of the tree that was refused: the node edited, the
// field of the editor it came from and the rule it breaks. Text says it in
// either language, naming the node by its label.
type EditError struct {
	Node  string // the id of the node edited
	Field string // the editor's field: one of the Edit* constants
	Rule  string // the rule, in English

	// Engine is the engine's own rule, when the tree the edit would make
	// breaks one (its Node may name another node than the one edited);
	// key and args name an editor rule of the message catalog.
	Engine *kpi.Error
	key    string
	args   []any
}

// The editor's fields, as EditError.Field names them.
const (
	EditLabelJa  = "label_ja"
	EditLabelEn  = "label_en"
	EditOp       = "op"
	EditUnit     = "unit"
	EditValue    = "value"
	EditMin      = "min"
	EditMax      = "max"
	EditStep     = "step"
	EditActivity = "activity"
	EditGiven    = "given"
	EditCeiling  = "ceiling"
	EditPer      = "per"
	EditCadence  = "cadence"
	EditParent   = "parent"
	EditAliases  = "aliases"
	EditNode     = "node" // the node as a whole: add, remove, move up or down
)

func (e *EditError) Error() string {
	return e.Node + "." + e.Field + ": " + e.Rule
}

// Unwrap gives the engine's rule, when the error is the engine's.
func (e *EditError) Unwrap() error {
	if e.Engine == nil {
		return nil
	}
	return e.Engine
}

// Text says the rule in language l, naming the node by its label in s.
func (e *EditError) Text(l i18n.Lang, s *Scenario) string {
	node := e.Node
	if e.Engine != nil && e.Engine.Node != "" {
		node = e.Engine.Node
	}
	label := node
	if n := s.Node(node); n != nil {
		label = n.Label.In(string(l))
	} else if node == "" {
		label = l.T("editor." + e.Field) // the tree's own field: its name, its currency
	}
	if e.key != "" {
		args := []any{label}
		for _, a := range e.args {
			switch r := a.(type) {
			case nodeRef:
				a = r.in(l, s)
			case nodeValue:
				a = s.Limit(l, &kpi.Error{Node: e.Node})(r.v)
			case unitRef:
				a = l.T("editor.unit." + kpi.Unit(r).String())
			}
			args = append(args, a)
		}
		return fmt.Sprintf(l.T(e.key), args...)
	}
	ke := e.Engine
	if ke.Code == kpi.Invalid {
		return fmt.Sprintf(l.T("editor.err.engine"), label, ruleIn(l, labelled(ke, l, s)))
	}
	return RuleText(l, label, ke, s.Limit(l, &kpi.Error{Node: node}))
}

// labelled is the engine's rule ke with the nodes it names by id named by
// their labels in l, as the editor shows them: the engine wrote
// 「"deals"の単位は件数（count）、revenueの単位は…」 where the editor's
// boxes read 受注件数 and 売上.
func labelled(ke *kpi.Error, l i18n.Lang, s *Scenario) *kpi.Error {
	if ke.Format == "" {
		return ke
	}
	args := slices.Clone(ke.Args)
	for i, a := range args {
		if id, ok := a.(string); ok {
			if n := s.Node(id); n != nil {
				args[i] = n.Label.In(string(l))
			}
		}
	}
	out := *ke
	out.Args, out.Rule = args, fmt.Sprintf(ke.Format, args...)
	return &out
}

// nodeRef is an argument of an editor rule that names a node: Text says
// its label in the language asked, where a label put in the rule itself
// was in one language only (the Japanese cycle rule named the node it
// could not move under 「Opportunities」).
type nodeRef string

// unitRef is a unit in a rule's words, named in the page's language
// ("Count", 「件数」) by Text.
type unitRef kpi.Unit

// String is the unit in the English rule of Error.
func (u unitRef) String() string { return i18n.En.T("editor.unit." + kpi.Unit(u).String()) }

// in is the node's label in l, or its id when s has no such node.
func (r nodeRef) in(l i18n.Lang, s *Scenario) string {
	if n := s.Node(string(r)); n != nil {
		return n.Label.In(string(l))
	}
	return string(r)
}

// nodeValue is an argument of an editor rule that is a value of the node
// edited (a minimum, a maximum, its value): Text writes it as the page
// writes the node's figures, in the language asked (20万円, ¥200,000),
// where the rule had read 「範囲100000〜200000に今の値1000000」.
type nodeValue struct {
	v float64
	u kpi.Unit
}

// String is the value in the English rule of Error.
func (v nodeValue) String() string { return kpi.FormatValue(v.v, v.u) }

// editRule refuses an edit of node id's field by the catalog's rule key
// ("editor.err.*"), whose first verb is the node's label.
func editRule(id, field, key string, args ...any) *EditError {
	name := id
	if id == "" {
		name = i18n.En.T("editor." + field) // the tree's own field
	}
	rule := fmt.Sprintf(i18n.En.T(key), append([]any{name}, args...)...)
	return &EditError{Node: id, Field: field, Rule: rule, key: key, args: args}
}

// engineRule refuses an edit of node id's field by a rule of the engine
// or of a scenario file.
func engineRule(id, field string, err error) *EditError {
	var ee *EditError
	if errors.As(err, &ee) {
		return ee
	}
	ke := firstKPI(err)
	return &EditError{Node: id, Field: field, Rule: ke.Error(), Engine: ke}
}

// firstKPI is the first problem err holds as an engine error.
func firstKPI(err error) *kpi.Error {
	if es := kpi.List(err); len(es) > 0 {
		return es[0]
	}
	var se *Error
	if errors.As(err, &se) {
		return &kpi.Error{Field: se.Field, Rule: se.Rule, Code: se.Code, Limit: se.Limit}
	}
	var ses Errors
	if errors.As(err, &ses) && len(ses) > 0 {
		return &kpi.Error{Field: ses[0].Field, Rule: ses[0].Rule, Code: ses[0].Code, Limit: ses[0].Limit}
	}
	return &kpi.Error{Rule: err.Error()}
}
