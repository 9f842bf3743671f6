package actuals_test

import (
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// A node's aliases name it as its id and labels do, in a column's header
// and as an activity's type, before the words the package knows: a type
// it does not know (Demo) is counted, a type it reads as another node
// (Meeting, an opportunity in the outbound tree) counts where the team
// says, and an alias two nodes share names neither.
func TestAliases(t *testing.T) {
	with := func(aliases map[string][]string) []actuals.Node {
		ns := slices.Clone(outbound)
		for i := range ns {
			ns[i].Aliases = aliases[ns[i].ID]
		}
		return ns
	}
	log := "Date,Type\n2026-04-01,Call\n2026-04-02,Demo\n2026-04-03,Meeting\n2026-04-04,Web 商談\n"
	for _, tc := range []struct {
		name, csv string
		aliases   map[string][]string
		counted   []actuals.TypeCount
		others    []actuals.TypeCount
		entries   map[string]float64 // node: April's value
	}{
		{name: "no aliases: Meeting an opportunity, Demo and Web 商談 left out", csv: log,
			counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 1}, {Type: "Meeting", Node: "opportunities", Rows: 1}},
			others:  []actuals.TypeCount{{Type: "Demo", Rows: 1}, {Type: "Web 商談", Rows: 1}},
			entries: map[string]float64{"calls": 1, "opportunities": 1}},
		{name: "Demo and Web商談 as opportunities, Meeting as a first meeting", csv: log,
			aliases: map[string][]string{"opportunities": {"Demo", "Web商談"}, "first_meetings": {"meeting"}},
			counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 1}, {Type: "Demo", Node: "opportunities", Rows: 1},
				{Type: "Meeting", Node: "first_meetings", Rows: 1}, {Type: "Web 商談", Node: "opportunities", Rows: 1}},
			entries: map[string]float64{"calls": 1, "opportunities": 2, "first_meetings": 1}},
		{name: "an alias two nodes share names neither", csv: log,
			aliases: map[string][]string{"opportunities": {"Demo"}, "first_meetings": {"DEMO"}},
			counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 1}, {Type: "Meeting", Node: "opportunities", Rows: 1}},
			others:  []actuals.TypeCount{{Type: "Demo", Many: "opportunities, first_meetings", Rows: 1}, {Type: "Web 商談", Rows: 1}},
			entries: map[string]float64{"calls": 1, "opportunities": 1}},
		{name: "a column's header", csv: "Month,Dials,Demos held\n2026-04,120,6\n",
			aliases: map[string][]string{"calls": {"Dials"}, "opportunities": {"Demos held"}},
			entries: map[string]float64{"calls": 120, "opportunities": 6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), with(tc.aliases))
			if a := res.Activity; a != nil || tc.counted != nil {
				if a == nil {
					t.Fatalf("not read as an activity log: %+v", res)
				}
				if !slices.Equal(a.Counted, tc.counted) || !slices.Equal(a.Others, tc.others) {
					t.Errorf("counted %+v, others %+v; want %+v, %+v", a.Counted, a.Others, tc.counted, tc.others)
				}
			}
			got := map[string]float64{}
			for _, e := range res.Entries {
				if e.Month == 4 && e.Value != 0 {
					got[e.Node] += e.Value
				}
			}
			if len(got) != len(tc.entries) {
				t.Errorf("April %v, want %v (problems %+v)", got, tc.entries, res.Problems)
			}
			for id, v := range tc.entries {
				if got[id] != v {
					t.Errorf("April's %s %v, want %v", id, got[id], v)
				}
			}
		})
	}
}
