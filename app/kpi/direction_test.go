package kpi

import (
	"slices"
	"testing"
)

// Falls names the nodes whose rise lowers the goal, and agrees with the
// goal's own response to a nudge of each lever.
func TestFalls(t *testing.T) {
	for _, tc := range []struct {
		name   string
		spec   Spec
		target string
		falls  []string
	}{
		{"a term taken away, and a divisor", saas(), "opportunities", []string{"churned", "years"}},
		{"a divisor", velocity(), "opportunities", []string{"cycle_days"}},
		// A margin below 0 (a price under its cost) turns a factor beside
		// it over: more deals lose more.
		{"a factor beside a negative one", Spec{
			Goal:     Goal{Node: "profit", Value: 100, Period: Year},
			Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 1},
			Nodes: []Node{
				{ID: "profit", Unit: Currency, Op: Product, Children: []string{"margin", "deals"}},
				{ID: "margin", Unit: Currency, Op: Difference, Children: []string{"price", "cost"}},
				{ID: "price", Unit: Currency, Value: 8},
				{ID: "cost", Unit: Currency, Value: 10},
				{ID: "deals", Unit: Count, Value: 5},
			},
		}, "price", []string{"cost", "deals"}},
		{"a plain funnel", Spec{
			Goal:     Goal{Node: "revenue", Value: 100, Period: Year},
			Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 1},
			Nodes: []Node{
				{ID: "revenue", Unit: Currency, Op: Product, Children: []string{"price", "deals"}},
				{ID: "price", Unit: Currency, Value: 10},
				{ID: "deals", Unit: Count, Value: 5},
			},
		}, "deals", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compile(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			res, err := m.Solve(tc.target, RoundNone)
			if err != nil {
				t.Fatal(err)
			}
			falls := res.Falls()
			var got []string
			for i, f := range falls {
				if f {
					got = append(got, m.Node(i).ID)
				}
			}
			want := slices.Clone(tc.falls)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("falling %q, want %q", got, want)
			}
			for i := range m.Len() {
				if res.OnPath[i] && res.Upper[i] != falls[i] {
					t.Errorf("%s: Upper %v, Falls %v", m.Node(i).ID, res.Upper[i], falls[i])
				}
			}
			// Each lever nudged up 1 %: the goal moves the way Falls says.
			for j, nd := range tc.spec.Nodes {
				if len(nd.Children) > 0 || nd.Value == 0 {
					continue
				}
				up := tc.spec
				up.Nodes = slices.Clone(tc.spec.Nodes)
				up.Nodes[j].Value *= 1.01
				if nd.Value < 0 {
					up.Nodes[j].Value = nd.Value * 0.99
				}
				mu, err := Compile(up)
				if err != nil {
					t.Fatal(err)
				}
				ru, err := mu.Solve(tc.target, RoundNone)
				if err != nil {
					t.Fatal(err)
				}
				i, _ := m.Index(nd.ID)
				if fell := ru.ForecastTotal() < res.ForecastTotal(); fell != falls[i] {
					t.Errorf("%s up: the goal fell %v, Falls says %v", nd.ID, fell, falls[i])
				}
			}
		})
	}
}
