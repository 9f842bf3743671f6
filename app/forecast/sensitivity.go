package forecast

import (
	"cmp"
	"fmt"
	"math"
	"sort"

	"github.com/kpisim/kpisim/app/kpi"
)

// TornadoStep is how far Tornado moves each lever: ±10 % of its value.
const TornadoStep = 0.10

// Sensitivity is a tornado chart: how much each lever moves the forecast and
// the required activity.
type Sensitivity struct {
	Target string // the lever whose requirement Required reports
	Base   Point  // the plan as it is
	Bars   []Bar  // one per lever and one for the headcount, largest Swing first
}

// Bar is one lever's row of a tornado chart.
type Bar struct {
	Lever    string // lever id, or Headcount
	Index    int    // node index, or -1 for Headcount
	Base     float64
	Down, Up Point // the lever at −10 % and +10 % (a rate at most 100 %)
	HasRange bool  // whether Min and Max hold the lever at its range's ends
	Min, Max Point
	// RangeFails reports a range stated at whose end the plan cannot be
	// computed (a divisor's min of 0): the lever is left out of the
	// range's bars, and the page and the CLI name it (report.RangeLeftOut).
	RangeFails bool

	Swing         float64 // |Up.Revenue − Down.Revenue|: the bar's length
	RequiredSwing float64 // |Up.Required − Down.Required|
}

// Point is the plan's outcome with one lever at Value.
type Point struct {
	Value     float64
	Revenue   float64 // the forecast over the plan (Plan.Revenue)
	Required  float64 // the target's requirement: per rep per working day for an activity (Plan.RequiredPerRepDay)
	Reachable bool    // false when no value of the target meets the goal
}

// Tornado moves each lever, and the headcount, by ±TornadoStep (and to its
// min and max when it has a range), others fixed, and reports the effect on
// the plan's revenue and on the requirement of target, sorted by the effect
// on revenue. Each factor of a chain is worth the same ±10 % of revenue; a
// sum's terms are worth their share.
func Tornado(m *kpi.Model, target string, cfg Config) (*Sensitivity, error) {
	e, err := newEngine(m, cfg)
	if err != nil {
		return nil, err
	}
	t, err := e.target(target)
	if err != nil {
		return nil, err
	}
	lv := append([]float64(nil), e.base...)
	at := func(i int, x float64) (Point, error) {
		var p *Plan
		var err error
		if i < 0 {
			e.setHeadcount(x)
			p, err = e.plan(lv, t, false)
			e.setHeadcount(m.Calendar().Headcount)
		} else {
			old := lv[i]
			lv[i] = x
			p, err = e.plan(lv, t, false)
			lv[i] = old
		}
		if err != nil {
			return Point{}, err
		}
		// A rate the goal would need above 100 % is no requirement: the goal
		// is out of reach (a close rate of 520 % read "+494.79%").
		reach := p.Reachable && !(m.Node(t).Unit == kpi.Rate && p.RequiredPerRepDay > 1+1e-12)
		return Point{Value: x, Revenue: p.Revenue, Required: p.RequiredPerRepDay, Reachable: reach}, nil
	}
	s := &Sensitivity{Target: target}
	if s.Base, err = at(-1, e.hc0); err != nil {
		return nil, err
	}
	// The headcount moves the result only through activity: in a tree
	// without an activity lever it cannot change anything, and is left out.
	levers := m.Levers()
	if len(e.acts) > 0 {
		levers = append(levers, -1)
	}
	for _, i := range levers {
		b := Bar{Index: i, Lever: Headcount, Base: e.hc0}
		var nd *kpi.Node
		if i >= 0 {
			nd = m.Node(i)
			b.Lever, b.Base = nd.ID, nd.Value
		}
		down, up := b.Base*(1-TornadoStep), b.Base*(1+TornadoStep)
		if nd != nil && nd.Unit == kpi.Rate {
			up = min(up, 1)
		}
		if b.Down, err = at(i, down); err != nil {
			return nil, err
		}
		if b.Up, err = at(i, up); err != nil {
			return nil, err
		}
		if nd != nil && nd.Max > nd.Min {
			// A range's end where the plan cannot be computed (a divisor's
			// min of 0, as the editor gives a new lever) leaves the lever
			// out of the range's bars, not the whole chart out: it failed
			// the tornado, the page's chart stood empty with nothing said,
			// and kpisim sensitivity exited.
			lo, errLo := at(i, nd.Min)
			hi, errHi := at(i, nd.Max)
			if errLo == nil && errHi == nil {
				b.HasRange, b.Min, b.Max = true, lo, hi
			} else {
				b.RangeFails = true
			}
		}
		b.Swing = math.Abs(b.Up.Revenue - b.Down.Revenue)
		b.RequiredSwing = math.Abs(b.Up.Required - b.Down.Required)
		s.Bars = append(s.Bars, b)
	}
	// Longest first; swings equal to about 12 digits (a chain's factors)
	// go by the requirement's swing, then in tree order.
	sort.SliceStable(s.Bars, func(i, j int) bool {
		x, y := s.Bars[i], s.Bars[j]
		if c := cmp.Compare(digits12(y.Swing), digits12(x.Swing)); c != 0 {
			return c < 0
		}
		return cmp.Compare(digits12(y.RequiredSwing), digits12(x.RequiredSwing)) < 0
	})
	return s, nil
}

// digits12 rounds x to 40 significant bits (about 12 digits), so that
// float noise does not order equal effects.
func digits12(x float64) float64 {
	if x == 0 || tooBig(x) {
		return x
	}
	f, e := math.Frexp(x)
	return math.Ldexp(math.Round(f*(1<<40))/(1<<40), e)
}

// Seek is the result of GoalSeek.
type Seek struct {
	Lever   string  // lever id, or Headcount
	Current float64 // the lever's value now

	// Value is the smallest value within Min to Max that makes the
	// forecast meet the goal; Min when even Min does. When the goal is not
	// reachable, Value is Max.
	Value float64

	// Needed is the exact value that makes the forecast meet the goal, even
	// outside the range (below Min, or above Max when not reachable); 0
	// when no value does.
	Needed float64

	Min, Max float64 // the range searched: the lever's min and max (and an activity's ceiling), else its natural bounds
	// Ceiling reports that Max is the activity's ceiling, below the end of
	// its range: a goal out of reach above it is over the ceiling, not
	// outside the range (calls needing 104.2 a day, the ceiling 100, the
	// range 0 to 200).
	Ceiling   bool
	Reachable bool
	// Falling reports that the forecast falls as the lever rises (a churn,
	// a term taken away, a divisor): Needed is then the most it may be.
	Falling bool
	Goal    float64 // the plan's goal
	Revenue float64 // the forecast with the lever at Value
}

// GoalSeek finds the value of one lever (or Headcount) that makes the
// plan's forecast meet its goal with everything else fixed: the close rate
// needed at 40 calls a day, the unit price needed, the headcount needed.
// It works on the monthly plan, so seasonality, hires and the sales-cycle
// lag count. When no value within the lever's range does, it returns the
// Seek with Reachable false and a *kpi.Error (Code kpi.AboveMax with the
// range's end as Limit, or kpi.ZeroFactor when the lever does not move the
// forecast) saying "not reachable within the lever's range".
func GoalSeek(m *kpi.Model, lever string, cfg Config) (*Seek, error) {
	e, err := newEngine(m, cfg)
	if err != nil {
		return nil, err
	}
	s := &Seek{Lever: lever, Goal: e.goalTotal}
	lv := append([]float64(nil), e.base...)
	idx := -1
	unit := kpi.Number
	if lever == Headcount {
		s.Current, s.Min, s.Max = e.hc0, 0, 1e6
	} else {
		i, err := e.target(lever)
		if err != nil {
			return nil, err
		}
		idx = i
		nd := m.Node(i)
		unit = nd.Unit
		s.Current, s.Min, s.Max = nd.Value, 0, kpi.MaxValue
		if unit == kpi.Rate {
			s.Max = 1
		}
		if nd.Max > nd.Min {
			s.Min, s.Max = nd.Min, nd.Max
		}
		if nd.Ceiling > 0 && nd.Ceiling < s.Max {
			s.Max, s.Ceiling = nd.Ceiling, true
		}
	}
	revenue := func(x float64) float64 {
		if idx < 0 {
			e.setHeadcount(x)
			defer e.setHeadcount(m.Calendar().Headcount)
		} else {
			lv[idx] = x
			defer func() { lv[idx] = s.Current }()
		}
		sum := 0.0
		for _, v := range e.landing(lv) {
			sum += v
		}
		return sum
	}
	g := e.goalTotal
	meets := func(r float64) bool { return r >= g*(1-1e-12) }

	// The forecast is affine in any one lever (each appears once in the
	// tree), or in its reciprocal below a ratio's denominator, so two
	// points find the answer; a bisection covers the rest (a headcount
	// scaling two activities that multiply). It rises with a factor or a
	// term and falls with a term taken away or a divisor: then the answer
	// is the most the lever may be.
	inv := idx >= 0 && e.inv[idx]
	x0 := s.Current
	x1 := 2 * x0
	if x1 == 0 {
		x1 = 1
	}
	if x0 == 0 && inv {
		x0, x1 = 1, 2
	}
	u := func(x float64) float64 {
		if inv {
			return 1 / x
		}
		return x
	}
	r0, r1 := revenue(x0), revenue(x1)
	if tooBig(r0) || tooBig(r1) {
		if idx >= 0 {
			if err := e.zeroDivisor(e.constants(lv)); err != nil {
				return nil, err
			}
		}
		return nil, overflow(e, e.goal)
	}
	alpha := (r1 - r0) / (u(x1) - u(x0))
	falling := r1 < r0
	s.Falling = falling
	needed := math.NaN()
	if alpha != 0 {
		needed = snap(u(x0) + (g-r0)/alpha)
		if inv {
			needed = snap(1 / needed)
		}
		if !(needed >= 0) || tooBig(needed) {
			needed = math.NaN()
		} else if r := revenue(needed); !meets(r) || r > g*(1+1e-9) {
			needed = math.NaN()
		}
	}
	lo := s.Min
	if inv && lo == 0 {
		lo = math.SmallestNonzeroFloat64 * (1 << 60) // a divisor is never 0
	}
	if math.IsNaN(needed) {
		needed = bisect(revenue, meets, lo, s.Max, falling)
	}
	unreachable := func(code kpi.Code, rule string) (*Seek, error) {
		s.Value, s.Revenue = s.Max, revenue(s.Max)
		if falling {
			s.Value, s.Revenue = lo, revenue(lo)
		}
		return s, &kpi.Error{Node: lever, Field: "goal_seek", Code: code, Limit: s.Max, Rule: rule}
	}
	switch {
	case falling && math.IsNaN(needed) && meets(revenue(s.Max)):
		s.Value, s.Reachable = s.Max, true
	case !falling && math.IsNaN(needed) && meets(revenue(lo)):
		s.Value, s.Reachable = lo, true
	case math.IsNaN(needed) || tooBig(needed):
		return unreachable(kpi.ZeroFactor, fmt.Sprintf(
			"not reachable within the lever's range: no value from %s to %s meets the goal (another factor is 0, or the activity lands after the plan)",
			fmtVal(s.Min, unit), fmtVal(s.Max, unit)))
	case falling && needed < lo*(1-1e-12):
		s.Needed = needed
		return unreachable(kpi.BelowMin, fmt.Sprintf(
			"not reachable within the lever's range: the goal needs %s, below the minimum %s",
			fmtVal(needed, unit), fmtVal(s.Min, unit)))
	case falling:
		s.Needed, s.Value, s.Reachable = needed, min(needed, s.Max), true
	case needed > s.Max*(1+1e-12) && s.Ceiling:
		s.Needed = needed
		return unreachable(kpi.AboveMax, fmt.Sprintf(
			"not reachable under the activity's ceiling: the goal needs %s, above the ceiling %s",
			fmtVal(needed, unit), fmtVal(s.Max, unit)))
	case needed > s.Max*(1+1e-12):
		s.Needed = needed
		return unreachable(kpi.AboveMax, fmt.Sprintf(
			"not reachable within the lever's range: the goal needs %s, above the maximum %s",
			fmtVal(needed, unit), fmtVal(s.Max, unit)))
	default:
		s.Needed, s.Value, s.Reachable = needed, max(needed, s.Min), true
	}
	s.Revenue = revenue(s.Value)
	return s, nil
}

// bisect finds the boundary in [lo, hi] where meets(f(x)) starts to hold:
// the smallest x that meets for f rising in x, the largest for f falling.
// It is NaN when no x in the range meets, or every x does.
func bisect(f func(float64) float64, meets func(float64) bool, lo, hi float64, falling bool) float64 {
	in := func(x float64) bool { return meets(f(x)) != falling }
	if !in(hi) {
		return math.NaN()
	}
	if in(lo) {
		return math.NaN() // the same everywhere: the caller decides
	}
	for range 400 {
		mid := lo + (hi-lo)/2
		if lo > 0 && hi/lo > 4 {
			mid = math.Sqrt(lo) * math.Sqrt(hi) // a wide range: halve it in scale
		}
		if mid <= lo || mid >= hi {
			break
		}
		if in(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	if falling {
		return lo
	}
	return hi
}
