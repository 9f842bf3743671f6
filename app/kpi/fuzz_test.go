package kpi

import (
	"math"
	"testing"
)

// FuzzFourOperations builds a two-level tree from the fuzzer's bytes, goal
// = op1(work, a) with work = op2(rate × calls, b), every op any of the
// four, and checks the solve: never a NaN or an infinity, and when it
// succeeds the forward value of the requirement reaches the goal. Seeded
// with the shapes of the presets (products, a sum of products, new + ... −
// churn, a ratio of a pipeline).
func FuzzFourOperations(f *testing.F) {
	f.Add(uint8(0), uint8(0), 0.25, 1e6, 1e8, 40.0, uint8(0))    // outbound: products
	f.Add(uint8(1), uint8(0), 0.05, 3e5, 1e8, 4.0, uint8(0))     // route sales: a sum
	f.Add(uint8(2), uint8(1), 0.25, 1e7, 1e8, 1.5, uint8(1))     // saas: a difference of a sum
	f.Add(uint8(3), uint8(0), 0.25, 45.0, 1.2e8, 50.0, uint8(0)) // velocity: a ratio
	f.Add(uint8(2), uint8(3), 0.4, 3.0, 1e8, 16.0, uint8(2))     // a difference of a ratio
	f.Add(uint8(3), uint8(2), 1e-6, 1e-6, 1e15, 0.0, uint8(1))   // extremes
	f.Fuzz(func(t *testing.T, op1, op2 uint8, rate, a, goal, calls float64, per uint8) {
		// Values a file could hold and the page would show: kpisim
		// refuses inputs that make figures impossible to compute.
		sane := func(v, lo, hi float64) bool { return v == 0 || math.Abs(v) >= lo && math.Abs(v) <= hi }
		if !sane(rate, 1e-6, 1) || !sane(a, 1e-6, 1e12) || !sane(goal, 1e-3, 1e15) || !sane(calls, 1e-6, 1e6) {
			return
		}
		ops := []Op{Product, Sum, Difference, Ratio}
		s := Spec{
			Goal:     Goal{Node: "goal", Value: goal, Period: Year},
			Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 3},
			Nodes: []Node{
				{ID: "goal", Unit: Number, Op: ops[op1%4], Children: []string{"work", "a"}},
				{ID: "a", Unit: Number, Value: a},
				{ID: "work", Unit: Number, Op: ops[op2%4], Children: []string{"conv", "b"}},
				{ID: "b", Unit: Number, Value: 2},
				{ID: "conv", Unit: Count, Op: Product, Children: []string{"rate", "calls"}},
				{ID: "rate", Unit: Rate, Value: rate},
				{ID: "calls", Unit: Count, Value: calls, Activity: true, Per: Per(per % 3)},
			},
		}
		m, err := Compile(s)
		if err != nil {
			return
		}
		for _, target := range []string{"calls", "rate", "a", "b"} {
			res, err := m.Solve(target, RoundCeil)
			if err != nil {
				if len(List(err)) == 0 {
					t.Fatalf("Solve(%s): an error without a rule: %v", target, err)
				}
				continue
			}
			for i := range res.Value {
				if math.IsNaN(res.Value[i]) || math.IsInf(res.Value[i], 0) {
					t.Fatalf("forward value of %s is %v", m.nodes[i].ID, res.Value[i])
				}
				if res.OnPath[i] && (math.IsNaN(res.Required[i]) || math.IsInf(res.Required[i], 0)) {
					t.Fatalf("required %s is %v", m.nodes[i].ID, res.Required[i])
				}
				for _, p := range m.Calendar().Periods() {
					if v, ok := res.TargetValue(i, p); ok && (math.IsNaN(v) || math.IsInf(v, 0)) {
						t.Fatalf("target %s %s is %v", m.nodes[i].ID, p, v)
					}
				}
			}
			// The requirement, set and evaluated forward, reaches the goal
			// (where floats can say it: values within a sane range).
			v := res.Required[res.Target]
			n := m.Node(res.Target)
			if n.Activity {
				v = v / m.Calendar().ActivityScale() * m.Calendar().Days(n.Per)
			}
			if n.Unit == Rate && v > 1 || v < 0 || v > MaxValue || v != 0 && math.Abs(v) < 1e-200 {
				continue
			}
			s2 := with(s, func(s *Spec) { node(s, n.ID).Value = v })
			m2, err := Compile(s2)
			if err != nil {
				continue
			}
			vals := make([]float64, m2.Len())
			if m2.forward(vals) != nil {
				continue
			}
			// A difference of nearly equal terms loses digits: allow for
			// that loss (the terms' size over the difference's).
			amp := 1.0
			for i := range m2.nodes {
				if m2.nodes[i].Op == Difference {
					terms := 0.0
					for _, c := range m2.kids[i] {
						terms += math.Abs(vals[c])
					}
					amp *= terms / math.Max(math.Abs(vals[i]), 1e-300)
				}
			}
			got, want := vals[m2.Goal()], res.Goal()
			if math.Abs(got-want) > 1e-9*amp*math.Abs(want) && amp < 1e6 {
				t.Fatalf("solve for %s: forward of %v gives %v, want the goal %v", n.ID, v, got, want)
			}
		}
	})
}
