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
		{"a unit set by hand stays after the page's saved state is opened again",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.SetUnit("item_1", kpi.Number))
				*s = *reopen(t, s, "json")
				must(t, s.SetUnit("item_4", kpi.Currency))
			},
			map[string]kpi.Unit{"item_1": kpi.Number, "activity": kpi.Count}},
		{"a unit stated in a file stays as its terms change",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.SetUnit("item_1", kpi.Number))
				*s = *reopen(t, s, "yaml")
				must(t, s.SetUnit("item_4", kpi.Currency))
			},
			map[string]kpi.Unit{"item_1": kpi.Number, "activity": kpi.Count}},
		{"a count per rep set by hand stays a count when another term joins, after a reload",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.SetUnit("item_3", kpi.Count))
				must(t, s.SetOp("activity", kpi.Ratio)) // meetings ÷ a count: a rate by the rule
				must(t, s.SetUnit("activity", kpi.Count))
				*s = *reopen(t, s, "json")
				_, err := s.AddChild("activity", kpi.Lever)
				must(t, err)
			},
			map[string]kpi.Unit{"activity": kpi.Count}},
		{"a formula made another after a reload follows its terms again",
			func(t *testing.T, s *scenario.Scenario) {
				must(t, s.SetUnit("item_3", kpi.Count))
				must(t, s.SetOp("activity", kpi.Ratio))
				must(t, s.SetUnit("activity", kpi.Number))
				*s = *reopen(t, s, "json")
				must(t, s.SetOp("activity", kpi.Product))
			},
			map[string]kpi.Unit{"activity": kpi.Count}},
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

// A preset's formula stated in another unit than its terms make keeps it
// through an edit of its terms: inside sales' MQLs (the marketing budget
// ÷ the cost per lead, money ÷ money) had become a percentage at a term
// added.
func TestPresetStatedUnitStays(t *testing.T) {
	s, err := presets(t).Get("inside-sales")
	must(t, err)
	if u := s.Node("mqls").Unit; u != kpi.Count {
		t.Fatalf("inside sales' mqls are in %s, want a count", u)
	}
	_, err = s.AddChild("mqls", kpi.Lever)
	must(t, err)
	if u := s.Node("mqls").Unit; u != kpi.Count {
		t.Errorf("mqls with a term added are in %s, want a count", u)
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

// reopen writes s as the page saves its state (json) or as a file (yaml)
// and reads it back, as a reload or an open does: what only the tab's
// memory held is gone.
func reopen(t *testing.T, s *scenario.Scenario, form string) *scenario.Scenario {
	t.Helper()
	var (
		data []byte
		err  error
	)
	if form == "yaml" {
		data, err = scenario.Encode(s)
	} else {
		data, err = scenario.EncodeJSON(s)
	}
	must(t, err)
	var r *scenario.Scenario
	if form == "yaml" {
		r, err = scenario.Parse(data, s.ID)
	} else {
		r, err = scenario.ParseJSON(data, s.ID)
	}
	must(t, err)
	return r
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
