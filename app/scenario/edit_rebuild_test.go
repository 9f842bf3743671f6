package scenario_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// Every preset can be built from the empty tree with the editor's
// operations alone, and gives the same figures: the editor can build the
// trees the engine is shown with. (The goal, calendar and plan are set by
// the page's other fields; they are copied.)
func TestEditorRebuildsEveryPreset(t *testing.T) {
	for _, want := range presets(t) {
		t.Run(want.ID, func(t *testing.T) {
			s := rebuild(t, want)
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := want.Answer()
			if a.Forecast() != b.Forecast() || a.Gap() != b.Gap() {
				t.Errorf("forecast %v gap %v, want %v and %v", a.Forecast(), a.Gap(), b.Forecast(), b.Gap())
			}
			roundTrip(t, s)
		})
	}
}

// rebuild builds want from NewEmpty with edit operations, mapping its ids
// to the ones the editor gives, and checks every node matches.
func rebuild(t *testing.T, want *scenario.Scenario) *scenario.Scenario {
	t.Helper()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	s := scenario.NewEmpty()
	s.Goal.Value, s.Goal.Period, s.Calendar, s.Rounding, s.Currency = want.Goal.Value, want.Goal.Period, want.Calendar, want.Rounding, want.Currency
	ids := map[string]string{want.Goal.Node: "revenue"}
	var fill func(w *kpi.Node, reuse bool)
	setNode := func(w *kpi.Node) {
		id := ids[w.ID]
		must(w.ID+" ja", s.Rename(id, i18n.Ja, w.Label.Ja))
		must(w.ID+" en", s.Rename(id, i18n.En, w.Label.En))
		must(w.ID+" cadence", s.SetCadence(id, w.Cadence))
		if w.Op != kpi.Lever {
			must(w.ID+" unit", s.SetUnit(id, w.Unit))
			return
		}
		must(w.ID+" wide", s.SetRange(id, scenario.EditMin, 0))
		must(w.ID+" wide", s.SetRange(id, scenario.EditMax, 0))
		if w.Unit == kpi.Rate {
			must(w.ID+" value", s.SetValue(id, w.Value)) // a rate at most 1 first
		}
		must(w.ID+" unit", s.SetUnit(id, w.Unit))
		must(w.ID+" value", s.SetValue(id, w.Value))
		if w.Activity {
			must(w.ID+" activity", s.SetActivity(id, true))
			must(w.ID+" per", s.SetPer(id, w.Per))
			must(w.ID+" ceiling", s.SetCeiling(id, w.Ceiling))
		}
		must(w.ID+" max", s.SetRange(id, scenario.EditMax, w.Max))
		must(w.ID+" min", s.SetRange(id, scenario.EditMin, w.Min))
		must(w.ID+" step", s.SetRange(id, scenario.EditStep, w.Step))
	}
	// A formula comes with levers (one, or two for a difference or a
	// ratio): they become its first children, as a trainer would use them.
	fill = func(w *kpi.Node, reuse bool) {
		id := ids[w.ID]
		type made1 struct {
			w  *kpi.Node
			id string
			k  int
		}
		var made []made1
		var spare []string
		if reuse {
			spare = slices.Clone(s.Node(id).Children)
		}
		for k, c := range w.Children {
			cw := want.Node(c)
			var nid string
			if k < len(spare) {
				nid = spare[k]
				if cw.Op != kpi.Lever {
					must(c+" op", s.SetOp(nid, cw.Op))
				}
			} else {
				op := kpi.Lever
				if cw.Op != kpi.Lever {
					op = kpi.Product
				}
				var err error
				nid, err = s.AddChild(id, op)
				must(c+" add", err)
				if op != kpi.Lever {
					must(c+" op", s.SetOp(nid, cw.Op))
				}
			}
			ids[c] = nid
			made = append(made, made1{cw, nid, k})
		}
		// Rates first, as a trainer sets them: a base of 300,000,000 times
		// a rate still at its placeholder 1 would overshoot the goal.
		slices.SortStableFunc(made, func(a, b made1) int { return boolInt(b.w.Unit == kpi.Rate) - boolInt(a.w.Unit == kpi.Rate) })
		for _, m := range made {
			setNode(m.w)
			fill(m.w, true)
		}
		if !reuse { // the root: before the empty tree's levers, once built
			for _, m := range made {
				must(m.w.ID+" move", s.Move(m.id, id, m.k))
			}
		}
	}
	// The empty tree's activity stays until the end (the tree always needs
	// one), after the real children and at a value that changes nothing
	// (1 as a factor or divisor, 0 as a term).
	root := want.Node(want.Goal.Node)
	if root.Op != kpi.Product && root.Op != kpi.Ratio {
		must("activity 0", s.SetValue("activity", 0))
	}
	must("root op", s.SetOp("revenue", root.Op))
	placeholders := slices.Clone(s.Node("revenue").Children)
	setNode(root)
	// A difference grows from its minuend, as a trainer builds one: the
	// empty tree's levers become its terms (the activity the first), each
	// turned into its formula, so the goal stays reachable at every edit.
	fill(root, root.Op == kpi.Difference)
	// A reused lever keeps the empty tree's activity until the real ones
	// are marked: then it gives it up.
	for wid, id := range ids {
		if w := want.Node(wid); w != nil && !w.Activity && s.Node(id).Activity {
			must(wid+" not an activity", s.SetActivity(id, false))
		}
	}
	if want.Solve != "" {
		s.Solve = ids[want.Solve]
	}
	for _, id := range placeholders {
		if !slices.Contains(slices.Collect(maps.Values(ids)), id) { // not reused for a node of want
			must("placeholder "+id, s.Remove(id))
		}
	}
	s.Forecast = want.Forecast
	s.Forecast.Ranges, s.Forecast.ActivityCV = map[string]scenario.Range{}, map[string]float64{}
	for k, r := range want.Forecast.Ranges {
		s.Forecast.Ranges[ids[k]] = r
	}
	for k, v := range want.Forecast.ActivityCV {
		s.Forecast.ActivityCV[ids[k]] = v
	}
	s.Actuals = want.Actuals.Clone()
	for i := range s.Actuals {
		s.Actuals[i].Node = ids[s.Actuals[i].Node]
	}
	for _, w := range want.Nodes {
		got := *s.Node(ids[w.ID])
		kids := make([]string, len(w.Children))
		for i, c := range w.Children {
			kids[i] = ids[c]
		}
		w.ID, w.Children = ids[w.ID], kids
		if !nodeEqual(got, w) {
			t.Errorf("node %s = %+v, want %+v", w.ID, got, w)
		}
	}
	return s
}

func nodeEqual(a, b kpi.Node) bool {
	return a.ID == b.ID && a.Label == b.Label && a.Unit == b.Unit && a.Op == b.Op && slices.Equal(a.Children, b.Children) &&
		a.Value == b.Value && a.Min == b.Min && a.Max == b.Max && a.Step == b.Step && a.Activity == b.Activity &&
		a.Ceiling == b.Ceiling && a.Cadence == b.Cadence && a.Per == b.Per
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
