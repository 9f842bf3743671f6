package kpi

import (
	"fmt"
	"math"
)

// Rounding is how a required count becomes a target. The zero value is
// RoundCeil, the safe default: 33.3 meetings needed means 34 to plan for.
type Rounding uint8

const (
	RoundCeil    Rounding = iota // up to the next whole number
	RoundNone                    // exact, no rounding
	RoundNearest                 // to the nearest whole number, halves up
)

var roundingNames = [...]string{"ceil", "none", "round"}

func (r Rounding) String() string {
	if int(r) < len(roundingNames) {
		return roundingNames[r]
	}
	return fmt.Sprintf("Rounding(%d)", r)
}

// ParseRounding reads a policy name: ceil, none or round.
func ParseRounding(s string) (Rounding, error) {
	for i, n := range roundingNames {
		if n == s {
			return Rounding(i), nil
		}
	}
	return 0, fmt.Errorf("unknown rounding %q (want ceil, none or round)", s)
}

// Apply rounds an exact value to a whole number under the policy. Values
// within float noise of a whole number (1e-9 relative) count as that number,
// so 99,999.99999999999 calls, the floating-point result of 2,000 ÷ 2 %, is
// 100,000 and not 100,001.
func (r Rounding) Apply(v float64) float64 { return r.ApplyTo(v, 1) }

// ApplyTo rounds v to a multiple of 1/per under the policy: per 1 for whole
// numbers, per 10 for tenths (41.67 calls a day is 41.7 under ceil). A
// need that is not 0 never rounds to 0: round leaves one under half a step
// as it is, as none does (0.033 deals a working day is not 0 deals; the
// page writes it 0.033).
func (r Rounding) ApplyTo(v float64, per float64) float64 {
	x := snap(v * per)
	switch r {
	case RoundCeil:
		return math.Ceil(x) / per
	case RoundNearest:
		return nonZero(v, math.Floor(x+0.5)/per)
	}
	return v
}

// nonZero is rounded, the rounding of v, unless it makes 0 of a v that
// is not: then v.
func nonZero(v, rounded float64) float64 {
	if rounded == 0 && v != 0 {
		return v
	}
	return rounded
}

// ApplyUpper is ApplyTo for a requirement that is an upper bound (a lever
// whose rise lowers the goal: a churn, a term taken away, a divisor), where
// rounding must not pass the bound: ceil rounds it down (204.5 customers
// lost at most is 204, as 205 would miss the goal), round takes a half
// down (and, as ApplyTo, leaves one under half a step that is not 0);
// none leaves it.
func (r Rounding) ApplyUpper(v float64, per float64) float64 {
	x := snap(v * per)
	switch r {
	case RoundCeil:
		return math.Floor(x) / per
	case RoundNearest:
		return nonZero(v, math.Ceil(x-0.5)/per)
	}
	return v
}

// Resolution is how finely a count target is rounded in period p: whole
// numbers for a year, quarter or month, tenths for a working day and per rep
// per working day, which are averages (41.7 calls a day, not 42).
func Resolution(p Period) float64 {
	if p >= Day {
		return 10
	}
	return 1
}

// snap returns the nearest whole number when v is within 1e-12 (relative) of
// it, and v otherwise.
func snap(v float64) float64 {
	r := math.Round(v)
	if math.Abs(v-r) <= 1e-12*math.Max(1, math.Abs(v)) {
		return r
	}
	return v
}

// Result is one solve of a Model: the forward (forecast) value of every
// node and the exact required value of every node on the path from the goal
// down to the solved lever. All values of the tree are plan totals; use
// Calendar.Split, or the Required and Forecast methods, for periods.
type Result struct {
	Model    *Model
	Target   int       // index of the solved lever
	Rounding Rounding  // the policy Target values use
	Value    []float64 // forward value of each node as a plan total (a lever's own value when not periodic)
	Required []float64 // exact required plan total of each node on the path; NaN elsewhere
	OnPath   []bool    // whether the node lies on the solve path
	// Upper reports, for a node on the path, that its requirement is an
	// upper bound: the goal falls as the node rises (a term taken away, a
	// divisor, or below one), so rounding takes it down (Round).
	Upper []bool
}

// Solve evaluates the model forward and solves backward from the goal for
// the lever target, under rounding r. It fails with an *Error when target is
// not a lever below the goal, when a factor on the path is zero (the goal is
// unreachable), when the other terms of a sum already exceed what it must
// reach, when a difference's first term less its fixed terms falls short of
// it (DifferenceShort), when a denominator is 0 (ZeroDivisor), when a solved
// rate would exceed 100 %, or when a value overflows.
func (m *Model) Solve(target string, r Rounding) (*Result, error) {
	t, ok := m.index[target]
	if !ok {
		return nil, &Error{Field: "solve", Rule: fmt.Sprintf("%q is not a node of this tree", target)}
	}
	if m.nodes[t].Op != Lever {
		return nil, &Error{Node: target, Field: "solve", Rule: "only a lever can be solved for; this node is computed"}
	}
	n := len(m.nodes)
	buf := make([]float64, 2*n)
	res := &Result{Model: m, Target: t, Rounding: r, Value: buf[:n:n], Required: buf[n:], OnPath: make([]bool, n), Upper: make([]bool, n)}
	if err := m.forward(res.Value); err != nil {
		return nil, err
	}
	for i := range res.Required {
		res.Required[i] = math.NaN()
	}
	// The path, bottom up; the target must hang below the goal.
	for i := t; i >= 0; i = m.parent[i] {
		res.OnPath[i] = true
	}
	res.Required[m.goal] = m.goalPlan
	return res, m.down(res, m.goal)
}

// forward fills v with every node's forward value, children first. A
// ratio whose denominator is 0 is an *Error (Code ZeroDivisor) naming the
// lever that makes it 0.
func (m *Model) forward(v []float64) error {
	cal := m.spec.Calendar
	scale := cal.ActivityScale()
	for _, i := range m.order {
		nd := &m.nodes[i]
		kids := m.kids[i]
		switch nd.Op {
		case Lever:
			v[i] = nd.Value
			if nd.Activity {
				v[i] *= scale / cal.Days(nd.Per)
			}
		case Product:
			p := 1.0
			for _, c := range kids {
				p *= v[c]
			}
			v[i] = p
		case Sum:
			s := 0.0
			for _, c := range kids {
				s += v[c]
			}
			v[i] = s
		case Difference:
			s := v[kids[0]]
			for _, c := range kids[1:] {
				s -= v[c]
			}
			v[i] = snap(s)
		case Ratio:
			q := v[kids[0]]
			for _, c := range kids[1:] {
				if v[c] == 0 {
					return m.zeroDivisor(v, i, c)
				}
				q /= v[c]
			}
			v[i] = q
		}
		if !finite(v[i]) || math.Abs(v[i]) > 1e300 {
			return &Error{Node: nd.ID, Rule: "the value is too large to compute; check the levers below it", Code: Overflow}
		}
	}
	return nil
}

// zeroDivisor is the error for the denominator c of ratio i being 0.
func (m *Model) zeroDivisor(v []float64, i, c int) *Error {
	z := m.nodes[c].ID
	if m.nodes[c].Op != Lever {
		z = m.zeroLever(v, c, -1)
	}
	return &Error{Node: z, Field: "value", Code: ZeroDivisor, Rule: fmt.Sprintf(
		"is 0, and %s divides by it; a denominator must not be 0", m.nodes[i].ID)}
}

// down walks the path from node i to the target, filling Required.
func (m *Model) down(res *Result, i int) error {
	for i != res.Target {
		next := -1
		for _, c := range m.kids[i] {
			if res.OnPath[c] {
				next = c
				break
			}
		}
		need := res.Required[i]
		nd := &m.nodes[i]
		var req float64
		first := m.kids[i][0]
		flip := false // the goal falls as next rises, given it rises with i
		switch nd.Op {
		case Product:
			others := 1.0
			for _, c := range m.kids[i] {
				if c != next {
					others *= res.Value[c]
				}
			}
			if others == 0 {
				z := m.zeroLever(res.Value, i, next)
				return &Error{Node: z, Field: "value", Code: ZeroFactor, Rule: fmt.Sprintf(
					"is 0, so no value of %s can reach the goal; raise it above 0", m.nodes[res.Target].ID)}
			}
			req = need / others
			flip = others < 0
		case Sum:
			others := 0.0
			for _, c := range m.kids[i] {
				if c != next {
					others += res.Value[c]
				}
			}
			req = snap(need - others)
			if req < 0 {
				return &Error{Node: nd.ID, Code: SumExceeded, Limit: others, Need: need, Term: m.nodes[next].Label, Rule: fmt.Sprintf(
					"its other terms already reach %s, above the %s it must reach; nothing is required of %s",
					FormatNumber(others), FormatNumber(need), m.nodes[next].ID)}
			}
		case Difference:
			// first − rest = need: the first term needs need + rest; a
			// term taken away may be at most first − need − the others.
			rest := 0.0
			for _, c := range m.kids[i][1:] {
				if c != next {
					rest += res.Value[c]
				}
			}
			if next == first {
				req = snap(need + rest)
			} else {
				flip = true
				req = snap(res.Value[first] - rest - need)
				if req < 0 {
					have := snap(res.Value[first] - rest)
					return &Error{Node: nd.ID, Code: DifferenceShort, Limit: have, Need: need, Term: m.nodes[next].Label, Rule: fmt.Sprintf(
						"%s less its other terms is %s, short of the %s it must reach even with %s at 0",
						m.nodes[first].ID, FormatNumber(have), FormatNumber(need), m.nodes[next].ID)}
				}
			}
		case Ratio:
			// first ÷ rest = need: the numerator needs need × rest; a
			// divisor needs first ÷ (need × the others).
			rest := 1.0
			for _, c := range m.kids[i][1:] {
				if c != next {
					if res.Value[c] == 0 {
						return m.zeroDivisor(res.Value, i, c)
					}
					rest *= res.Value[c]
				}
			}
			if next == first {
				req = need * rest
				flip = rest < 0
			} else {
				flip = res.Value[first]*rest > 0
				if res.Value[first] == 0 {
					z := m.zeroLever(res.Value, i, next)
					if m.nodes[first].Op == Lever {
						z = m.nodes[first].ID
					}
					return &Error{Node: z, Field: "value", Code: ZeroFactor, Rule: fmt.Sprintf(
						"is 0, so no value of %s can reach the goal; raise it above 0", m.nodes[res.Target].ID)}
				}
				if need == 0 {
					return &Error{Node: m.nodes[next].ID, Field: "solve", Code: ZeroDivisor, Rule: fmt.Sprintf(
						"%s must reach 0, which no denominator can give", nd.ID)}
				}
				req = res.Value[first] / (need * rest)
			}
		}
		if !finite(req) || math.Abs(req) > 1e300 {
			return &Error{Node: m.nodes[next].ID, Rule: "the required value is too large to compute", Code: Overflow}
		}
		res.Upper[next] = res.Upper[i] != flip
		res.Required[next] = snap(req)
		if res.Required[next] == 0 && (nd.Op == Product || nd.Op == Ratio) {
			// A factor's requirement is never float noise around 0: a
			// tiny one (1e-13) is what it is.
			res.Required[next] = req
		}
		i = next
	}
	if tn := &m.nodes[i]; tn.Unit == Rate && res.Required[i] > 1+1e-12 {
		return &Error{Node: tn.ID, Field: "solve", Code: RateOver100, Limit: res.Required[i], Rule: fmt.Sprintf(
			"the goal would need %s, but a rate is at most 100%%; the goal is not reachable by this lever alone",
			FormatValue(res.Required[i], Rate))}
	}
	return nil
}

// zeroLever finds, below node i and outside its child skip, a lever whose
// value 0 makes the product 0, so that the message names what to change.
func (m *Model) zeroLever(v []float64, i, skip int) string {
	for _, c := range m.kids[i] {
		if c == skip || v[c] != 0 {
			continue
		}
		if m.nodes[c].Op == Lever {
			return m.nodes[c].ID
		}
		return m.zeroLever(v, c, -1)
	}
	return m.nodes[i].ID
}

// Exact returns the exact required value of node i in period p, and whether
// node i is on the solve path. A node that is not periodic has one value
// whatever p is.
func (r *Result) Exact(i int, p Period) (float64, bool) {
	if !r.OnPath[i] {
		return 0, false
	}
	return r.in(i, r.Required[i], p), true
}

// TargetValue returns the required value of node i in period p after the
// rounding policy, which applies to counts only, from the exact value of the
// same period, at the period's Resolution.
func (r *Result) TargetValue(i int, p Period) (float64, bool) {
	v, ok := r.Exact(i, p)
	if !ok {
		return 0, false
	}
	if r.Model.nodes[i].Unit == Count {
		return r.Round(i, v, p), true
	}
	return snap(v), true
}

// Round applies the rounding policy to v, a requirement of node i on the
// path in period p, at the period's Resolution, in the direction that
// keeps the goal: up for a node the goal rises with, down for an upper
// bound (Upper, Rounding.ApplyUpper).
func (r *Result) Round(i int, v float64, p Period) float64 {
	if i >= 0 && i < len(r.Upper) && r.Upper[i] {
		return r.Rounding.ApplyUpper(v, Resolution(p))
	}
	return r.Rounding.ApplyTo(v, Resolution(p))
}

// Forecast returns the forward value of node i in period p.
func (r *Result) Forecast(i int, p Period) float64 { return r.in(i, r.Value[i], p) }

func (r *Result) in(i int, total float64, p Period) float64 {
	nd := &r.Model.nodes[i]
	if !nd.Periodic() {
		return total
	}
	return r.Model.spec.Calendar.Split(total, p)
}

// Goal is the goal as a plan total.
func (r *Result) Goal() float64 { return r.Model.goalPlan }

// ForecastTotal is the goal node's forward value as a plan total: what the
// planned activity delivers.
func (r *Result) ForecastTotal() float64 { return r.Value[r.Model.goal] }

// Gap is the forecast minus the goal, as a plan total; negative is short.
func (r *Result) Gap() float64 { return snap(r.ForecastTotal() - r.Model.goalPlan) }

// GapRatio is the gap as a fraction of the goal.
func (r *Result) GapRatio() float64 { return r.Gap() / r.Model.goalPlan }
