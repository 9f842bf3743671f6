package kpi

// Falls reports, for every node, whether the goal falls as the node rises,
// the other levers held at their values: a term taken away, a divisor, a
// factor beside a negative one, or any node below one of those an odd
// number of times. Where the goal rises with a node, more of it is better;
// where it falls, less is (churn, a cost, a discount), and an actual above
// its plan is a shortfall, not a lead. On the solve path it is Upper.
//
// A node whose effect is nil (a factor beside a 0) keeps its parent's
// direction.
func (r *Result) Falls() []bool {
	m := r.Model
	out := make([]bool, len(m.nodes))
	for _, i := range m.TreeOrder() { // parents before their children
		kids := m.kids[i]
		for _, c := range kids {
			out[c] = out[i] != r.flips(i, c)
		}
	}
	return out
}

// flips reports whether node i falls as its child c rises, given the
// forward values: the sign of ∂i/∂c is negative.
func (r *Result) flips(i, c int) bool {
	m := r.Model
	kids := m.kids[i]
	others := func(from int) float64 { // the product of kids[from:] but c
		x := 1.0
		for _, k := range kids[from:] {
			if k != c {
				x *= r.Value[k]
			}
		}
		return x
	}
	switch m.nodes[i].Op {
	case Product:
		return others(0) < 0
	case Difference:
		return c != kids[0]
	case Ratio:
		if c == kids[0] {
			return others(1) < 0
		}
		return r.Value[kids[0]]*others(1) > 0
	}
	return false
}
