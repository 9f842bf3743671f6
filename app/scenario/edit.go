package scenario

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Editing the tree. Every edit is made on a copy, checked against every
// rule a scenario file must pass (the copy compiles, solves and gives
// finite figures), and only then committed: on error the scenario is
// unchanged and the error is an *EditError naming the node, the field and
// the rule. So a tree the editor commits always reads back from its file.

// MaxLabel is the longest label the editor accepts, in characters.
const MaxLabel = 60

// edit applies f to a copy of s, checks the copy and commits it.
func (s *Scenario) edit(id, field string, f func(c *Scenario) error) error {
	c := s.Clone()
	if err := f(c); err != nil {
		return err
	}
	if err := c.validateEdit(id, field); err != nil {
		return err
	}
	*s = *c
	return nil
}

// validateEdit runs the rules of a scenario file on an edited copy.
func (s *Scenario) validateEdit(id, field string) error {
	m, err := s.Model()
	if err != nil {
		return engineRule(id, field, err)
	}
	t := s.Target()
	if t == "" {
		return editRule(id, field, "editor.err.no_activity")
	}
	if _, err := m.Solve(t, s.Rounding); err != nil {
		return engineRule(id, field, err)
	}
	if err := checkForecast(s, m); err != nil {
		return engineRule(id, field, err)
	}
	a, err := forecast.Solve(m, t, s.Rounding, s.Forecast)
	if err != nil {
		return engineRule(id, field, err)
	}
	if !a.Finite() {
		return engineRule(id, field, &kpi.Error{Node: id, Code: kpi.Overflow, Rule: "makes a figure too large or too small to compute"})
	}
	return nil
}

// node returns the node id of a copy, or an error naming it.
func (s *Scenario) editNode(id, field string) (*kpi.Node, error) {
	if n := s.Node(id); n != nil {
		return n, nil
	}
	return nil, editRule(id, field, "editor.err.no_node")
}

// lever returns the lever id, or an error when it is computed.
func (s *Scenario) editLever(id, field string) (*kpi.Node, error) {
	n, err := s.editNode(id, field)
	if err != nil {
		return nil, err
	}
	if n.Op != kpi.Lever {
		return nil, editRule(id, field, "editor.err.computed")
	}
	return n, nil
}

// parentOf returns the id of the node whose child id is, or "".
func (s *Scenario) parentOf(id string) string {
	for _, n := range s.Nodes {
		if n.Op != kpi.Lever && slices.Contains(n.Children, id) {
			return n.ID
		}
	}
	return ""
}

// Parent returns the id of node id's parent, or "" for the goal.
func (s *Scenario) Parent(id string) string { return s.parentOf(id) }

// newID returns an unused node id, item_1, item_2, ..., and its number.
func (s *Scenario) newID() (string, int) {
	for k := 1; ; k++ {
		id := "item_" + strconv.Itoa(k)
		if s.Node(id) == nil {
			return id, k
		}
	}
}

// newLabel is a new node's label, numbered like its id.
func newLabel(k int) kpi.Label {
	return kpi.Label{Ja: fmt.Sprintf(i18n.Ja.T("editor.new_item"), k), En: fmt.Sprintf(i18n.En.T("editor.new_item"), k)}
}

// identity is the value a new child of parent at position pos takes so
// that the parent's value does not change: 1 for a factor or a divisor, 0
// for a term of a sum or a difference.
func identity(parent kpi.Op, pos int) float64 {
	switch {
	case parent == kpi.Product, parent == kpi.Ratio && pos > 0:
		return 1
	}
	return 0
}

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
		return nil
	})
	if err != nil {
		return "", err
	}
	return id, nil
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
			return editRule(id, EditParent, "editor.err.cycle", p.Label.En)
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

// Rename sets node id's label in lang ("ja" or "en").
func (s *Scenario) Rename(id string, lang i18n.Lang, text string) error {
	field := EditLabelEn
	if lang == i18n.Ja {
		field = EditLabelJa
	}
	text = strings.TrimSpace(text)
	return s.edit(id, field, func(c *Scenario) error {
		n, err := c.editNode(id, field)
		if err != nil {
			return err
		}
		switch {
		case text == "":
			return editRule(id, field, "editor.err.label_empty")
		case utf8.RuneCountInString(text) > MaxLabel:
			return editRule(id, field, "editor.err.label_long", MaxLabel)
		case strings.ContainsAny(text, "\r\n\t"):
			return editRule(id, field, "editor.err.label_line")
		}
		if lang == i18n.Ja {
			n.Label.Ja = text
		} else {
			n.Label.En = text
		}
		return nil
	})
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
			}
		}
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

// SetUnit sets what node id measures. A lever that becomes a rate keeps a
// range of at most 100 %.
func (s *Scenario) SetUnit(id string, u kpi.Unit) error {
	return s.edit(id, EditUnit, func(c *Scenario) error {
		n, err := c.editNode(id, EditUnit)
		if err != nil {
			return err
		}
		if u > kpi.Rate {
			return editRule(id, EditUnit, "editor.err.unit")
		}
		if u == kpi.Rate && n.Activity {
			return editRule(id, EditUnit, "editor.err.activity_rate")
		}
		n.Unit = u
		if u == kpi.Rate && n.Op == kpi.Lever {
			n.Max = min(n.Max, 1)
			n.Min = min(n.Min, n.Max)
			if n.Step >= 1 {
				n.Step = 0
			}
		}
		if e := checkLeverValue(n, EditUnit); e != nil {
			return e
		}
		return nil
	})
}

// checkLeverValue says why lever n's value no longer fits its unit or
// range, from the editor's field.
func checkLeverValue(n *kpi.Node, field string) error {
	if n.Op != kpi.Lever {
		return nil
	}
	if e := kpi.CheckValue(n, n.Value); e != nil {
		return &EditError{Node: n.ID, Field: field, Rule: e.Error(), Engine: e}
	}
	return nil
}

// editNumber checks v is a finite number the engine can hold.
func editNumber(id, field string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > kpi.MaxValue {
		return &EditError{Node: id, Field: field, Rule: "must be a number",
			Engine: &kpi.Error{Node: id, Code: kpi.NotNumber, Limit: kpi.MaxValue, Rule: "must be a number"}}
	}
	return nil
}

// SetValue sets lever id's value (a fraction for a rate). Its uncertainty
// follows it as a lever's slider moves it.
func (s *Scenario) SetValue(id string, v float64) error {
	if err := editNumber(id, EditValue, v); err != nil {
		return err
	}
	return s.edit(id, EditValue, func(c *Scenario) error {
		n, err := c.editLever(id, EditValue)
		if err != nil {
			return err
		}
		c.moveRange(n, v)
		n.Value = v
		return checkLeverValue(n, EditValue)
	})
}

// SetRange sets lever id's minimum, maximum or step (field EditMin, EditMax
// or EditStep). Min and max both 0 leave the lever unbounded; otherwise
// they must hold its value.
func (s *Scenario) SetRange(id, field string, v float64) error {
	if err := editNumber(id, field, v); err != nil {
		return err
	}
	return s.edit(id, field, func(c *Scenario) error {
		n, err := c.editLever(id, field)
		if err != nil {
			return err
		}
		switch field {
		case EditMin:
			n.Min = v
		case EditMax:
			n.Max = v
		case EditStep:
			if v < 0 {
				return editRule(id, field, "editor.err.step")
			}
			n.Step = v
			return nil
		default:
			return editRule(id, field, "editor.err.no_field")
		}
		if n.Unit == kpi.Rate && (n.Min < 0 || n.Max > 1) {
			return editRule(id, field, "editor.err.rate_range")
		}
		if n.Min > n.Max {
			return editRule(id, field, "editor.err.min_max", kpi.FormatValue(n.Min, n.Unit), kpi.FormatValue(n.Max, n.Unit))
		}
		if n.Max > n.Min && (n.Value < n.Min || n.Value > n.Max) {
			return editRule(id, field, "editor.err.range_value", kpi.FormatValue(n.Min, n.Unit), kpi.FormatValue(n.Max, n.Unit), kpi.FormatValue(n.Value, n.Unit))
		}
		return nil
	})
}

// SetActivity marks lever id as an activity (its value per rep per day,
// week or month, scaled to the plan) or not. An activity cannot be a rate
// nor sit below a ratio's divisor; one that stops being one loses its
// ceiling and span.
func (s *Scenario) SetActivity(id string, on bool) error {
	return s.edit(id, EditActivity, func(c *Scenario) error {
		n, err := c.editLever(id, EditActivity)
		if err != nil {
			return err
		}
		if on && n.Unit == kpi.Rate {
			return editRule(id, EditActivity, "editor.err.activity_rate")
		}
		if on && c.belowDivisor(id) {
			return editRule(id, EditActivity, "editor.err.activity_divisor")
		}
		n.Activity = on
		if !on {
			n.Ceiling, n.Per = 0, kpi.PerDay
			delete(c.Forecast.ActivityCV, id)
		}
		return nil
	})
}

// belowDivisor reports whether node id sits below a ratio's divisor.
func (s *Scenario) belowDivisor(id string) bool {
	for k, p := id, s.parentOf(id); p != ""; k, p = p, s.parentOf(p) {
		if n := s.Node(p); n.Op == kpi.Ratio && slices.Index(n.Children, k) > 0 {
			return true
		}
	}
	return false
}

// SetCeiling sets activity id's ceiling per rep per span; 0 is the default.
func (s *Scenario) SetCeiling(id string, v float64) error {
	if err := editNumber(id, EditCeiling, v); err != nil {
		return err
	}
	return s.edit(id, EditCeiling, func(c *Scenario) error {
		n, err := c.editLever(id, EditCeiling)
		if err != nil {
			return err
		}
		if !n.Activity && v != 0 {
			return editRule(id, EditCeiling, "editor.err.ceiling_activity")
		}
		if v < 0 {
			return editRule(id, EditCeiling, "editor.err.ceiling")
		}
		n.Ceiling = v
		return nil
	})
}

// SetPer sets the span activity id's value and ceiling are stated in.
func (s *Scenario) SetPer(id string, p kpi.Per) error {
	return s.edit(id, EditPer, func(c *Scenario) error {
		n, err := c.editLever(id, EditPer)
		if err != nil {
			return err
		}
		if p > kpi.PerMonth {
			return editRule(id, EditPer, "editor.err.no_field")
		}
		if !n.Activity && p != kpi.PerDay {
			return editRule(id, EditPer, "editor.err.ceiling_activity")
		}
		n.Per = p
		return nil
	})
}

// SetCadence sets how often node id is measured.
func (s *Scenario) SetCadence(id string, cd kpi.Cadence) error {
	return s.edit(id, EditCadence, func(c *Scenario) error {
		n, err := c.editNode(id, EditCadence)
		if err != nil {
			return err
		}
		if cd > kpi.CadenceQuarterly {
			return editRule(id, EditCadence, "editor.err.no_field")
		}
		n.Cadence = cd
		return nil
	})
}

// NewEmpty is a tree to start from: the KGI, revenue of 12,000,000 a year,
// as the product of one activity lever (10 a rep a day), for one rep over
// 12 months. Its labels are in both languages; it solves as it is.
func NewEmpty() *Scenario {
	return &Scenario{
		Version:  Version,
		ID:       EmptyID,
		Title:    kpi.Label{Ja: i18n.Ja.T("editor.empty_title"), En: i18n.En.T("editor.empty_title")},
		Currency: "JPY",
		Goal:     kpi.Goal{Node: "revenue", Value: 12_000_000, Period: kpi.Year},
		Calendar: kpi.DefaultCalendar(),
		Rounding: kpi.RoundCeil,
		Nodes: []kpi.Node{
			{ID: "revenue", Label: kpi.Label{Ja: "売上", En: "Revenue"}, Unit: kpi.Currency, Op: kpi.Product, Children: []string{"activity"}},
			{ID: "activity", Label: kpi.Label{Ja: "行動量", En: "Activity"}, Unit: kpi.Count, Value: 10, Min: 0, Max: 100, Step: 1, Activity: true},
		},
	}
}

// EmptyID is the id of a tree started from NewEmpty.
const EmptyID = "custom"

// IsEdit reports whether err is an edit refused (an *EditError).
func IsEdit(err error) bool {
	var e *EditError
	return errors.As(err, &e)
}
