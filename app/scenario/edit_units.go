package scenario

import (
	"slices"

	"github.com/kpisim/kpisim/app/kpi"
)

// A formula's unit follows its terms. When an edit makes a node a formula
// or changes its terms (one added, removed or moved; a term's unit or
// kind changed), the node takes the unit its terms make (kpi.TermsUnit),
// unless the user has set its unit by hand since it became that formula
// (or it held, before the edit, a unit other than its terms made: set by
// hand before a reload, or stated in a file), or it is the goal (the KGI
// keeps the unit it was stated in).
// The empty tree's money lever, made a product of a rate and a count, had
// kept its money: 24円 deals on every view of the page.

// TermUnits lists the units of node id's terms, in order.
func (s *Scenario) TermUnits(id string) []kpi.Unit {
	n := s.Node(id)
	if n == nil || n.Op == kpi.Lever {
		return nil
	}
	out := make([]kpi.Unit, 0, len(n.Children))
	for _, c := range n.Children {
		if cn := s.Node(c); cn != nil {
			out = append(out, cn.Unit)
		}
	}
	return out
}

// UnitFits reports whether node id's unit fits what its terms make: a
// lever's always does; a formula's by kpi.UnitFits.
func (s *Scenario) UnitFits(id string) bool {
	n := s.Node(id)
	if n == nil || n.Op == kpi.Lever {
		return true
	}
	return kpi.UnitFits(n.Op, s.TermUnits(id), n.Unit)
}

// followUnits gives every formula of s whose terms differ from before's
// the unit they make, children before parents, so that a unit changed at
// a lever climbs as far as the arithmetic carries it.
func (s *Scenario) followUnits(before *Scenario) {
	seen := map[string]bool{}
	var walk func(id string)
	walk = func(id string) {
		n := s.Node(id)
		if n == nil || seen[id] {
			return
		}
		seen[id] = true
		for _, c := range n.Children {
			walk(c)
		}
		n = s.Node(id)
		// The goal keeps its unit, the KGI as stated: revenue left with
		// deals alone stays money, and the editor cautions at its unit
		// (UnitFits), where it became a count whose goal read 1億件.
		if n.Op == kpi.Lever || id == s.Goal.Node || s.unitByHand[id] || before.unitStated(id, n.Op) || !s.termsChanged(before, id) {
			return
		}
		if u, ok := kpi.TermsUnit(n.Op, s.TermUnits(id)); ok {
			n.Unit = u
		}
	}
	walk(s.Goal.Node)
}

// unitStated reports whether formula id, as operation op, holds a unit
// other than its terms make: one the user set by hand before the page was
// reloaded, or one a file or a link states. unitByHand lives in the tab's
// memory alone; a saved state, a file and a link carry the unit, not how
// it was set. Reopened, a count per rep (deals ÷ reps, a rate by the rule)
// became a percentage at the next term added.
func (s *Scenario) unitStated(id string, op kpi.Op) bool {
	n := s.Node(id)
	if n == nil || n.Op == kpi.Lever || n.Op != op {
		return false // a new formula follows its terms
	}
	u, ok := kpi.TermsUnit(n.Op, s.TermUnits(id))
	return ok && u != n.Unit
}

// termsChanged reports whether formula id is another operation, or has
// other terms or terms in other units, than in before.
func (s *Scenario) termsChanged(before *Scenario, id string) bool {
	n, b := s.Node(id), before.Node(id)
	if b == nil || b.Op != n.Op || !slices.Equal(b.Children, n.Children) {
		return true
	}
	return !slices.Equal(before.TermUnits(id), s.TermUnits(id))
}

// setByHand records that the user set formula id's unit, which its terms
// then no longer change; a lever's unit is always the user's.
func (s *Scenario) setByHand(id string, on bool) {
	if !on {
		delete(s.unitByHand, id)
		return
	}
	if s.unitByHand == nil {
		s.unitByHand = map[string]bool{}
	}
	s.unitByHand[id] = true
}
