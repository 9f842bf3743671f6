package ui

import (
	"fmt"
	"slices"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// treeEdit names the edit of the tree that made to from from, as the
// editor's user made it: "the addition of Meetings", "the renaming of Calls
// to Dials", the removal, the move or the change of formula of a node; ""
// when the two trees have the same nodes, names, formulas and places (a
// lever's value or settings may differ: leverChange, nodeSettings). It said
// "an edit of the tree" for all of them, and the user could not tell what
// an undo had taken back.
func treeEdit(l i18n.Lang, from, to *scenario.Scenario) string {
	name := func(n *kpi.Node) string { return n.Label.In(string(l)) }
	for i := range to.Nodes {
		if from.Node(to.Nodes[i].ID) == nil {
			return sayNode(l, "files.step.added", name(&to.Nodes[i]))
		}
	}
	for i := range from.Nodes {
		if to.Node(from.Nodes[i].ID) == nil {
			return sayNode(l, "files.step.removed", name(&from.Nodes[i]))
		}
	}
	for i := range to.Nodes {
		b := &to.Nodes[i]
		a := from.Node(b.ID)
		switch {
		case a.Label == b.Label:
		case name(a) != name(b):
			return sayNode(l, "files.step.renamed_to", name(a), name(b))
		default: // renamed in the other language only
			return sayNode(l, "files.step.renamed", name(b))
		}
		if a.Op != b.Op {
			return sayNode(l, "files.step.formula", name(b))
		}
	}
	// The same nodes under the same formulas: a node went under another
	// parent, or a parent's terms changed their order.
	pa, pb := places(from), places(to)
	for i := range to.Nodes {
		if id := to.Nodes[i].ID; pa[id].parent != pb[id].parent {
			return sayNode(l, "files.step.moved", name(&to.Nodes[i]))
		}
	}
	for i := range to.Nodes {
		if b := &to.Nodes[i]; !slices.Equal(from.Node(b.ID).Children, b.Children) {
			return sayNode(l, "files.step.order", name(b))
		}
	}
	return ""
}

// nodeSettings names the first node whose unit, range, step, cadence,
// ceiling, activity or mark as a given differs between from and to; ""
// when none does.
func nodeSettings(l i18n.Lang, from, to *scenario.Scenario) string {
	for i := range to.Nodes {
		b := &to.Nodes[i]
		a := from.Node(b.ID)
		if a == nil {
			continue
		}
		if a.Unit != b.Unit || a.Min != b.Min || a.Max != b.Max || a.Step != b.Step || a.Cadence != b.Cadence ||
			a.Ceiling != b.Ceiling || a.Activity != b.Activity || a.Given != b.Given || a.Per != b.Per ||
			!slices.Equal(a.Aliases, b.Aliases) {
			return sayNode(l, "files.step.settings", b.Label.In(string(l)))
		}
	}
	return ""
}

// sayNode is message key with the node names args.
func sayNode(l i18n.Lang, key string, args ...any) string {
	return fmt.Sprintf(l.T(key), args...)
}

// place is where a node stands: its parent and its index among the
// parent's children.
type place struct {
	parent string
	index  int
}

// places maps each child's id to its place in s's tree.
func places(s *scenario.Scenario) map[string]place {
	out := map[string]place{}
	for i := range s.Nodes {
		for k, c := range s.Nodes[i].Children {
			out[c] = place{s.Nodes[i].ID, k}
		}
	}
	return out
}
