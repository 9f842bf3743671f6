package scenario

import (
	"slices"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// Edits of the tree's shape: add, remove, move, and what a node is.

// addLever appends a new lever of value v to the copy and returns its id.
func (s *Scenario) addLever(v float64) string {
	id, k := s.newID()
	s.Nodes = append(s.Nodes, kpi.Node{ID: id, Label: newLabel(k), Value: v})
	return id
}

// addComputed appends a computed node of operation op whose value is v,
// with the fewest levers op needs, and returns its id.
func (s *Scenario) addComputed(op kpi.Op, v float64) string {
	id, k := s.newID()
	s.Nodes = append(s.Nodes, kpi.Node{ID: id, Label: newLabel(k), Op: op})
	i := len(s.Nodes) - 1
	kids := []string{s.addLever(v)}
	switch op {
	case kpi.Difference:
		kids = append(kids, s.addLever(0))
	case kpi.Ratio:
		kids = append(kids, s.addLever(1))
	}
	s.Nodes[i].Children = kids
	return id
}

// AddChild adds a new node of operation op as the last child of parent and
// returns its id. A lever takes the value that leaves its parent's value
// as it was (1 under a product or as a divisor, 0 under a sum or as a term
// taken away); a computed node gets the levers it needs with such values.
// Its label is numbered in both languages, like its id (item_3).
func (s *Scenario) AddChild(parent string, op kpi.Op) (string, error) {
	var id string
	err := s.edit(parent, EditNode, func(c *Scenario) error {
		p, err := c.editNode(parent, EditNode)
		if err != nil {
			return err
		}
		if p.Op == kpi.Lever {
			return editRule(parent, EditNode, "editor.err.child_of_lever")
		}
		if len(p.Children) >= kpi.MaxChildren {
			return editRule(parent, EditNode, "editor.err.max_children", kpi.MaxChildren)
		}
		v := identity(p.Op, len(p.Children))
		if op == kpi.Lever {
			id = c.addLever(v)
		} else if op <= kpi.Ratio {
			id = c.addComputed(op, v)
		} else {
			return editRule(parent, EditOp, "editor.err.op")
		}
		if len(c.Nodes) > kpi.MaxNodes {
			return editRule(parent, EditNode, "editor.err.max_nodes", kpi.MaxNodes)
		}
		p = c.Node(parent) // the nodes moved when they grew
		p.Children = append(p.Children, id)
		c.fitTerm(parent, id)
		return nil
	})
	if err != nil {
		return "", err
	}
	return id, nil
}

// fitTerm makes node id, new under parent, a term parent can hold: under a
// sum or a difference of money it is money too (kpi.Compile refuses a
// count added to money), a lever of 0 taking 1 as a price cannot be 0, and
// a new sum's or difference's own terms with it.
func (s *Scenario) fitTerm(parent, id string) {
	p, n := s.Node(parent), s.Node(id)
	if p == nil || n == nil || p.Op != kpi.Sum && p.Op != kpi.Difference || p.Unit != kpi.Currency || n.Unit == kpi.Currency {
		return
	}
	n.Unit = kpi.Currency
	if n.Op == kpi.Lever && n.Value == 0 && !n.Activity {
		n.Value = 1
	}
	for _, c := range n.Children {
		s.fitTerm(id, c)
	}
}

// subtree lists id and every node below it.
func (s *Scenario) subtree(id string) []string {
	out := []string{id}
	for i := 0; i < len(out); i++ {
		if n := s.Node(out[i]); n != nil && n.Op != kpi.Lever {
			for _, c := range n.Children {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// Subtree lists id and every node below it, id first.
func (s *Scenario) Subtree(id string) []string { return s.subtree(id) }

// Remove deletes node id and every node below it, with what the scenario
// says of them (ranges, variability, actuals, the lever solved for). The
// goal cannot be removed, nor a child its parent needs.
func (s *Scenario) Remove(id string) error {
	return s.edit(id, EditNode, func(c *Scenario) error {
		if _, err := c.editNode(id, EditNode); err != nil {
			return err
		}
		if id == c.Goal.Node {
			return editRule(id, EditNode, "editor.err.remove_goal")
		}
		parent := c.parentOf(id)
		if p := c.Node(parent); p != nil {
			if err := c.tooFew(p, len(p.Children)-1, EditNode); err != nil {
				return err
			}
			p.Children = slices.DeleteFunc(p.Children, func(k string) bool { return k == id })
		}
		c.drop(c.subtree(id))
		return nil
	})
}

// tooFew refuses leaving the computed node p with n children.
func (s *Scenario) tooFew(p *kpi.Node, n int, field string) error {
	need := 1
	if p.Op == kpi.Difference || p.Op == kpi.Ratio {
		need = 2
	}
	if n < need {
		return editRule(p.ID, field, "editor.err.too_few_"+p.Op.String(), need)
	}
	return nil
}

// drop removes the nodes ids and everything the scenario says of them.
func (s *Scenario) drop(ids []string) {
	gone := func(id string) bool { return slices.Contains(ids, id) }
	s.Nodes = slices.DeleteFunc(s.Nodes, func(n kpi.Node) bool { return gone(n.ID) })
	if gone(s.Solve) {
		s.Solve = ""
	}
	for _, id := range ids {
		s.setByHand(id, false)
		delete(s.Forecast.Ranges, id)
		delete(s.Forecast.ActivityCV, id)
		delete(s.anchors, id)
	}
	s.Actuals = slices.DeleteFunc(s.Actuals, func(a forecast.Actual) bool { return gone(a.Node) })
}

// Move makes node id the child of parent at position index (clamped to
// the children it has; the position among the children it will have once
// moved). A node cannot move under itself or a node below it, nor under a
// lever; the goal stays the top.
func (s *Scenario) Move(id, parent string, index int) error {
	return s.edit(id, EditParent, func(c *Scenario) error {
		if _, err := c.editNode(id, EditParent); err != nil {
			return err
		}
		if id == c.Goal.Node {
			return editRule(id, EditParent, "editor.err.move_goal")
		}
		p, err := c.editNode(parent, EditParent)
		if err != nil {
			return err
		}
		if slices.Contains(c.subtree(id), parent) {
			return editRule(id, EditParent, "editor.err.cycle", nodeRef(parent))
		}
		if p.Op == kpi.Lever {
			return editRule(id, EditParent, "editor.err.parent_lever")
		}
		old := c.Node(c.parentOf(id))
		if old.ID != parent {
			if err := c.tooFew(old, len(old.Children)-1, EditParent); err != nil {
				return err
			}
			if len(p.Children) >= kpi.MaxChildren {
				return editRule(parent, EditParent, "editor.err.max_children", kpi.MaxChildren)
			}
		}
		old.Children = slices.DeleteFunc(old.Children, func(k string) bool { return k == id })
		index = min(max(index, 0), len(p.Children))
		p.Children = slices.Insert(p.Children, index, id)
		return nil
	})
}

// MoveBy moves node id delta places among its siblings (-1 up, +1 down).
func (s *Scenario) MoveBy(id string, delta int) error {
	parent := s.parentOf(id)
	p := s.Node(parent)
	if p == nil {
		return editRule(id, EditNode, "editor.err.move_goal")
	}
	i := slices.Index(p.Children, id) + delta
	if i < 0 || i >= len(p.Children) {
		return editRule(id, EditNode, "editor.err.no_sibling")
	}
	return s.Move(id, parent, i)
}

// SetOp changes how node id gets its value. A lever that becomes computed
// hands its value, range, activity and uncertainty to a new lever, its
// first child, and gets a second lever that leaves its value unchanged
// when op needs two (0 taken away, divided by 1); the lever solved for
// moves with it. A computed node that becomes a lever drops what was below
// it and takes the value 1 (0 as a term of a sum or a difference). A
// computed node that becomes a difference or a ratio with one child gets a
// second one the same way. The goal stays computed.
func (s *Scenario) SetOp(id string, op kpi.Op) error {
	return s.edit(id, EditOp, func(c *Scenario) error {
		n, err := c.editNode(id, EditOp)
		if err != nil {
			return err
		}
		switch {
		case op > kpi.Ratio:
			return editRule(id, EditOp, "editor.err.op")
		case op == n.Op:
			return nil
		case op == kpi.Lever && id == c.Goal.Node:
			return editRule(id, EditOp, "editor.err.goal_lever")
		case op == kpi.Lever:
			c.toLever(id)
		case n.Op == kpi.Lever:
			c.toComputed(id, op)
		default:
			n.Op = op
			if (op == kpi.Difference || op == kpi.Ratio) && len(n.Children) == 1 {
				k := c.addLever(identity(op, 1))
				c.Node(id).Children = append(c.Node(id).Children, k)
				c.fitTerm(id, k)
			}
		}
		c.setByHand(id, false) // a new formula: its unit follows its terms again
		return nil
	})
}

// toLever turns computed node id into a lever, dropping its subtree.
func (s *Scenario) toLever(id string) {
	n := s.Node(id)
	below := s.subtree(id)[1:]
	*n = kpi.Node{ID: n.ID, Label: n.Label, Unit: n.Unit, Cadence: n.Cadence, Value: 1}
	if p := s.Node(s.parentOf(id)); p != nil {
		n.Value = identity(p.Op, slices.Index(p.Children, id))
	}
	if n.Unit == kpi.Currency || n.Unit == kpi.Rate {
		n.Value = 1 // a price or a rate cannot be 0
	}
	s.drop(below)
	n = s.Node(id) // the nodes moved
	if s.Target() == "" && n.Unit != kpi.Rate {
		n.Activity = true // it held the activity: it is the activity now
		n.Value = max(n.Value, 1)
	}
}

// toComputed turns lever id into a computed node of operation op whose
// first child is a new lever holding what the lever held.
func (s *Scenario) toComputed(id string, op kpi.Op) {
	n := s.Node(id)
	old := *n
	k := s.addLever(0)
	kid := s.Node(k)
	label := kid.Label
	*kid = old
	kid.ID, kid.Label, kid.Cadence = k, label, 0
	kids := []string{k}
	switch op {
	case kpi.Difference:
		kids = append(kids, s.addLever(0))
	case kpi.Ratio:
		kids = append(kids, s.addLever(1))
	}
	n = s.Node(id)
	*n = kpi.Node{ID: old.ID, Label: old.Label, Unit: old.Unit, Cadence: old.Cadence, Op: op, Children: kids}
	for _, k := range kids[1:] {
		s.fitTerm(id, k)
	}
	if s.Solve == id {
		s.Solve = k
	}
	if r, ok := s.Forecast.Ranges[id]; ok {
		s.Forecast.Ranges[k] = r
		delete(s.Forecast.Ranges, id)
	}
	if v, ok := s.Forecast.ActivityCV[id]; ok {
		s.Forecast.ActivityCV[k] = v
		delete(s.Forecast.ActivityCV, id)
	}
	if a, ok := s.anchors[id]; ok {
		s.anchors[k] = a
		delete(s.anchors, id)
	}
	s.Actuals = slices.DeleteFunc(s.Actuals, func(a forecast.Actual) bool { return a.Node == id })
}
