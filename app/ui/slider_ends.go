package ui

import (
	"math"

	"github.com/kpisim/kpisim/app/kpi"
)

// A slider's ends are values the page takes: Home and End (and a drag to
// either end) set its lever to them. A slider from 0 for a value that must
// be more than 0 (the goal, a rate, a price) offered 0, and the page then
// refused it: "Goal (KGI) · a year: must be greater than 0".

// aboveRefused is the lowest end of a slider whose rule refuses min
// itself: one step above it, or the value, when that lies between (the
// value is taken, and the slider then reaches it).
func aboveRefused(min, step, value float64) float64 {
	if value > min && value < min+step {
		return value
	}
	return min + step
}

// acceptedEnds moves the ends of the lever n's slider lv (in the unit
// shown) inside what the lever takes in its tree (kpi.Model.CheckLever,
// kpi.CheckValue when the scenario errs): a range from 0 for a rate or a
// price the goal rests on starts one step above 0, and a rate's range
// from its value (a lever with no range of its own) ends at 100 %. The
// tree is the view's, compiled already: a slider's move builds its field.
func (m *Model) acceptedEnds(n *kpi.Node, lv *LeverView, tree *kpi.Model) {
	if endRefused(tree, n, m.fromDisplay(n.ID, lv.Min)) {
		lv.Min = aboveRefused(lv.Min, lv.Step, lv.Value)
	}
	if n.Unit == kpi.Rate {
		lv.Max = math.Max(math.Min(lv.Max, 100), lv.Min)
	}
}

// zeroEnd starts one step above 0 the slider lv of a lever whose 0 the
// tree takes but whose goal it leaves out of reach (zeroRefused): a price
// under a sum, the trials of a funnel beside an expansion too small to
// carry the goal. Home gave that 0, and the page refused it.
func (m *Model) zeroEnd(lv *LeverView) {
	if lv.Min != 0 || lv.Value == 0 || lv.Key == m.Scenario.Target() {
		return // the lever solved for: its planned 0 is a forecast of 0
	}
	c := m.Scenario.Clone()
	if c.SetTyped(lv.Key, 0) != nil {
		return // refused by its rule: acceptedEnds moved the end
	}
	if _, err := c.Answer(); err != nil {
		lv.Min = aboveRefused(lv.Min, lv.Step, lv.Value)
	}
}

// endRefused reports whether lever n refuses v: in tree where there is one.
func endRefused(tree *kpi.Model, n *kpi.Node, v float64) bool {
	if tree != nil {
		if i, ok := tree.Index(n.ID); ok {
			return tree.CheckLever(i, v) != nil
		}
	}
	return kpi.CheckValue(n, v) != nil
}

// rangeEnds narrows the sliders of a range's low and high ends (in the
// unit shown) to what they take: the low end at most the likely value,
// the high end at least it (Scenario.SetTyped refuses either past it).
func rangeEnds(low, high *LeverView, likely float64) {
	low.Max = math.Max(math.Min(low.Max, likely), low.Min)
	high.Min = math.Min(math.Max(high.Min, likely), high.Max)
}
