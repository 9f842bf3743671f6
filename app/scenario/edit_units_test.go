package scenario_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// A formula's unit follows its terms as the editor changes them: the
// empty tree's money lever made a product of a rate and a count had kept
// its money, and the page read 受注件数 24円 (Deals ¥24).
func TestEditUnitsFollowTerms(t *testing.T) {
	cases := []struct {
		name  string
		edits func(t *testing.T, s *scenario.Scenario)
		want  map[string]kpi.Unit
	}{
		{"the funnel from the empty tree: deals and meetings are counts",
			func(t *testing.T, s *scenario.Scenario) {}, // buildFunnel
			map[string]kpi.Unit{"revenue": kpi.Currency, "activity": kpi.Count, "item_1": kpi.Count}},
		{"a calls lever in money again makes meetings and deals money",
			func(t *testing.T, s *scenario.Scenario) { must(t, s.SetUnit("item_4", kpi.Currency)) },
			map[string]kpi.Unit{"activity": kpi.Currency, "item_1": kpi.Currency}},
		{"a unit set by hand stays as its terms change",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.SetUnit("item_1", kpi.Number))
				must(t, s.SetUnit("item_4", kpi.Currency))
			},
			map[string]kpi.Unit{"item_1": kpi.Number, "activity": kpi.Count}}, // a number × a rate decides nothing
		{"a formula made another follows its terms again",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.SetUnit("activity", kpi.Number))
				must(t, s.SetOp("activity", kpi.Sum))
			},
			map[string]kpi.Unit{"activity": kpi.Number}}, // count + rate: nothing decided, the unit stays
		{"meetings ÷ a rate are a count",
			func(t *testing.T, s *scenario.Scenario) { must(t, s.SetOp("activity", kpi.Ratio)) },
			map[string]kpi.Unit{"activity": kpi.Count, "revenue": kpi.Currency}},
		{"the goal keeps its unit, cautioned, when its money term goes",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.Remove(s.Node("revenue").Children[1]))
				if s.UnitFits("revenue") {
					t.Error("revenue of deals alone in money fits its terms: no caution")
				}
			},
			map[string]kpi.Unit{"revenue": kpi.Currency, "activity": kpi.Count}},
		{"a count ÷ a count is a rate",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.SetUnit("item_3", kpi.Count))
				must(t, s.SetOp("activity", kpi.Ratio))
			},
			map[string]kpi.Unit{"activity": kpi.Rate, "revenue": kpi.Currency}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := buildFunnel(t)
			c.edits(t, s)
			for id, u := range c.want {
				if got := s.Node(id).Unit; got != u {
					t.Errorf("%s (%s) is in %s, want %s", id, s.Node(id).Label.En, got, u)
				}
			}
		})
	}
}

// Every preset's formulas are in units their terms allow: the rule the
// editor flags by breaks no tree a file already holds.
func TestPresetUnitsFit(t *testing.T) {
	ps := presets(t)
	for _, id := range ps.IDs() {
		s, err := ps.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range s.Nodes {
			if !s.UnitFits(n.ID) {
				t.Errorf("%s: %s is in %s, its terms in %v", id, n.ID, n.Unit, s.TermUnits(n.ID))
			}
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
