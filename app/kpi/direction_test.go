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

// A rate or an amount of 0 is taken where it is a term that falls away
// (a churn, an expansion), and refused where the goal rests on it (a win
// rate, a price). A SaaS team with no churn could not say so: "must be
// more than 0%".
func TestCheckLeverZero(t *testing.T) {
	withChurnRate := saas()
	for j, nd := range withChurnRate.Nodes {
		if nd.ID == "churned" {
			withChurnRate.Nodes[j] = Node{ID: "churned", Unit: Currency, Op: Product, Children: []string{"renewing", "churn_rate"}}
		}
	}
	withChurnRate.Nodes = append(withChurnRate.Nodes,
		Node{ID: "renewing", Unit: Currency, Value: 300_000_000},
		Node{ID: "churn_rate", Unit: Rate, Value: 0.08})
	for _, tc := range []struct {
		name, lever string
		spec        Spec
		code        Code // 0: taken
	}{
		{"a churn rate", "churn_rate", withChurnRate, 0},
		{"the ARR up for renewal", "renewing", withChurnRate, 0},
		{"an amount taken away", "churned", saas(), 0},
		{"an expansion added", "expansion", saas(), 0},
		{"a win rate below a sum's term", "win_rate", saas(), 0},
		{"a win rate the goal rests on", "win_rate", velocity(), RateRange},
		{"a price the goal rests on", "deal_value", velocity(), Positive},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compile(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			i, _ := m.Index(tc.lever)
			e := m.CheckLever(i, 0)
			if tc.code == 0 && e != nil || tc.code != 0 && (e == nil || e.Code != tc.code) {
				t.Errorf("CheckLever(%s, 0) = %v, want code %d", tc.lever, e, tc.code)
			}
			// A file holding it compiles, or is refused for it, alike.
			spec := tc.spec
			spec.Nodes = slices.Clone(spec.Nodes)
			for j := range spec.Nodes {
				if spec.Nodes[j].ID == tc.lever {
					spec.Nodes[j].Value = 0
				}
			}
			_, err = Compile(spec)
			if tc.code == 0 && err != nil || tc.code != 0 && err == nil {
				t.Errorf("a tree with %s at 0: %v", tc.lever, err)
			}
			// Node by node, as ever: 0 is refused.
			if CheckValue(m.Node(i), 0) == nil {
				t.Errorf("CheckValue(%s, 0) takes 0 without the tree", tc.lever)
			}
		})
	}
}
