package kpi

import (
	"slices"
	"testing"
)

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
