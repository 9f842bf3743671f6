package forecast

import (
	"slices"

	"github.com/kpisim/kpisim/app/kpi"
)

// derive gives, in each closed month with an actual, every node with no actual of its own
// but one below it the value its children's now make: the plan's value
// moved as the tree's arithmetic moves it. A product moves by each
// factor's ratio to its plan (revenue follows the deals entered, at the
// planned price), a sum by each term's difference, a ratio by its
// numerator's ratio and its denominators' inverse. It works on what lands
// in the month, so an activity counts from LagMonths earlier, when it was
// done. Derived[k][i] marks the values made so; the others keep the plan's
// (or the actual).
func (rf *Reforecast) derive(m *kpi.Model, p *Plan, lag int) {
	n := len(p.Months)
	rf.Derived = make([][]bool, n)
	order := m.TreeOrder()
	planned := make([]float64, m.Len()) // landed, to date
	now := make([]float64, m.Len())
	moved := make([]bool, m.Len())
	for k := range n {
		rf.Derived[k] = make([]bool, m.Len())
		if k >= rf.Closed || !slices.Contains(rf.Has[k], true) {
			// A month without an actual of its own is Missing: with a
			// sales cycle, opportunities entered in April made July's
			// revenue an "actual" once July had ended.
			continue
		}
		share := rf.Share(k)
		for j := len(order) - 1; j >= 0; j-- { // children first
			i := order[j]
			nd := m.Node(i)
			planned[i] = p.Months[k].Landed[i]
			if nd.Periodic() { // a month to date: its share of a flow, a rate as it is
				planned[i] *= share
			}
			now[i], moved[i] = planned[i], false
			switch {
			case nd.Op == kpi.Lever && nd.Activity:
				if d := k - lag; d >= 0 && rf.Has[d][i] {
					now[i], moved[i] = rf.Actual[d][i]*share/rf.Share(d), true
				}
			case rf.Has[k][i]:
				now[i], moved[i] = rf.Actual[k][i], true
			case nd.Op != kpi.Lever:
				if v, ok := moveBy(nd.Op, m.Children(i), planned, now, moved, planned[i]); ok {
					now[i], moved[i] = v, true
					rf.Value[k][i], rf.Derived[k][i] = snap(v), true
				}
			}
		}
	}
}

// moveBy is the value of a node of operation op over children kids, whose
// plan value is plan, once the children marked moved take their values
// now; false when none moved.
func moveBy(op kpi.Op, kids []int, planned, now []float64, moved []bool, plan float64) (float64, bool) {
	some := false
	for _, c := range kids {
		some = some || moved[c]
	}
	if !some {
		return plan, false
	}
	switch op {
	case kpi.Sum, kpi.Difference:
		v := plan
		for j, c := range kids {
			d := now[c] - planned[c]
			if op == kpi.Difference && j > 0 {
				d = -d
			}
			v += d
		}
		return v, true
	case kpi.Product, kpi.Ratio:
		v, direct := plan, 1.0
		scaled := true
		for j, c := range kids {
			inverse := op == kpi.Ratio && j > 0
			if inverse {
				direct /= now[c]
			} else {
				direct *= now[c]
			}
			if !moved[c] {
				continue
			}
			switch {
			case planned[c] == 0 || now[c] == 0 && inverse:
				scaled = false
			case inverse:
				v *= planned[c] / now[c]
			default:
				v *= now[c] / planned[c]
			}
		}
		if !scaled { // a factor planned at 0: its children's values as they are
			v = direct
		}
		if !finite(v) {
			return plan, false
		}
		return v, true
	}
	return plan, false
}
