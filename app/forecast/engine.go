package forecast

import (
	"fmt"
	"math"
	"time"

	"github.com/kpisim/kpisim/app/kpi"
)

// How the evaluator computes a node.
const (
	kLever      uint8 = iota // a lever's value (an activity lever's is the month's count)
	kProduct                 // the product of the children
	kSum                     // the sum of the children
	kThin                    // a count times rates: binomial thinning in a run, a product otherwise
	kDifference              // the first child minus the others
	kRatio                   // the first child divided by the others (which carry no activity)
)

// engine is a compiled model laid out over the plan's months: the
// evaluation order, how each node scales with activity, and each month's
// working days, headcount and goal. It is built once per call and reused
// for every month, trial and lever move; it is not safe for concurrent use.
type engine struct {
	m    *kpi.Model
	cfg  Config // as given; months resolved below
	n    int    // nodes
	goal int

	kind   []uint8
	deg    []uint8 // how many activity factors the node's value carries (0: intensive)
	flat   []bool  // a plan total with no activity in it, spread evenly over the months
	kids   [][]int
	days   []float64 // an activity lever's working days per span (kpi.Calendar.Days): its value ÷ days is per rep per day
	signed bool      // the tree holds a difference: revenue may be below 0
	inv    []bool    // the node sits below an odd number of ratio denominators: the goal is affine in 1/x

	acts       []int   // activity levers, in tree order
	actPos     []int   // node -> position in acts, or -1
	constOrder []int   // nodes without activity, children first
	ops        []op    // computed nodes with activity, children first
	opKids     []int32 // the ops' children
	opOf       []int   // node -> its op, or -1

	base   []float64 // the model's lever values, by node
	hc0    float64   // the team at the start (calendar.headcount)
	months int       // plan length
	lag    int
	share  float64 // 1/months: the share of a flat plan total in one month

	rows      []row     // months+lag rows; row r is plan month r-lag, and revenue landing in plan month r comes from row r
	goalM     []float64 // the goal of each plan month
	goalCum   []float64
	goalTotal float64
}

// row is one month of activity.
type row struct {
	index   int        // plan month: 0 is the first, negative before the start
	year    int        // calendar year, when a business calendar names one; else 0
	month   time.Month // calendar month
	wd      float64    // working days
	hires   float64    // hired reps weighted by their ramp
	factor  float64    // activity seasonality factor (1 when flat)
	active  bool       // the team works this month (false before the start without carry-in)
	unit    float64    // rep-days times factor: an activity lever's value times unit is the month's count
	repDays float64    // working days × effective headcount
}

func newEngine(m *kpi.Model, cfg Config) (*engine, error) {
	if m == nil {
		return nil, &kpi.Error{Field: "forecast", Rule: "no model: compile the scenario first"}
	}
	months := cfg.Months
	if months == 0 {
		months = m.Calendar().Months
	}
	var es kpi.Errors
	cfg.check(&es, months)
	cfg.checkModel(&es, m)
	if len(es) > 0 {
		return nil, es
	}
	n := m.Len()
	e := &engine{
		m: m, cfg: cfg, n: n, goal: m.Goal(),
		kind: make([]uint8, n), deg: make([]uint8, n), flat: make([]bool, n),
		kids: make([][]int, n), opOf: make([]int, n), days: make([]float64, n), inv: make([]bool, n),
		actPos: make([]int, n), base: make([]float64, n),
		hc0: m.Calendar().Headcount, months: months, lag: cfg.LagMonths,
		share: 1 / float64(months),
	}
	// Children first, from the goal down (every node of a compiled model
	// hangs below the goal).
	var order []int
	var walk func(i int)
	walk = func(i int) {
		for _, c := range m.Children(i) {
			walk(c)
		}
		order = append(order, i)
	}
	walk(e.goal)
	for _, i := range order {
		nd := m.Node(i)
		e.kids[i] = m.Children(i)
		e.actPos[i] = -1
		e.days[i] = 1
		switch nd.Op {
		case kpi.Lever:
			e.kind[i] = kLever
			e.base[i] = nd.Value
			if nd.Activity {
				e.days[i] = m.Calendar().Days(nd.Per)
				e.deg[i] = 1
				e.actPos[i] = len(e.acts)
				e.acts = append(e.acts, i)
			}
		case kpi.Product:
			e.kind[i] = kProduct
			d := 0
			for _, c := range e.kids[i] {
				d += int(e.deg[c])
			}
			e.deg[i] = uint8(min(d, 255))
			e.markThin(i)
		case kpi.Ratio:
			// Compile keeps activity out of a denominator: the ratio
			// scales as its numerator does.
			e.kind[i] = kRatio
			e.deg[i] = e.deg[e.kids[i][0]]
		case kpi.Sum, kpi.Difference:
			e.kind[i] = kSum
			if nd.Op == kpi.Difference {
				e.kind[i] = kDifference
				e.signed = true
			}
			for _, c := range e.kids[i] {
				e.deg[i] = max(e.deg[i], e.deg[c])
			}
			if e.deg[i] > 0 {
				for _, c := range e.kids[i] {
					if e.deg[c] == 0 {
						e.flat[c] = true
					}
				}
			}
		}
	}
	if e.deg[e.goal] == 0 {
		e.flat[e.goal] = true
	}
	// Parity of the denominators above each node, from the goal down.
	for k := len(order) - 1; k >= 0; k-- {
		i := order[k]
		for j, c := range e.kids[i] {
			e.inv[c] = e.inv[i] != (e.kind[i] == kRatio && j > 0)
		}
	}
	for i := range e.opOf {
		e.opOf[i] = -1
	}
	for _, i := range order {
		switch {
		case e.deg[i] == 0:
			e.constOrder = append(e.constOrder, i)
		case e.kind[i] != kLever:
			o := op{node: int32(i), kind: e.kind[i], vary: int32(len(e.opKids))}
			for _, c := range e.kids[i] {
				if e.deg[c] > 0 {
					e.opKids = append(e.opKids, int32(c))
				}
			}
			o.fixed = int32(len(e.opKids))
			for _, c := range e.kids[i] {
				if e.deg[c] == 0 {
					e.opKids = append(e.opKids, int32(c))
				}
			}
			o.end = int32(len(e.opKids))
			if o.kind == kThin {
				// A chain of thinnings is one binomial draw from the
				// count at its bottom, made by its top node.
				c := int(e.opKids[o.vary])
				o.src = int32(c)
				if e.kind[c] == kThin {
					o.src = e.ops[e.opOf[c]].src
					e.ops[e.opOf[c]].inner = true
				}
			}
			e.opOf[i] = len(e.ops)
			e.ops = append(e.ops, o)
		}
	}
	if err := e.layout(); err != nil {
		return nil, err
	}
	e.setHeadcount(e.hc0)
	return e, nil
}

// op is one step of a month's evaluation: a computed node with activity.
// Its children opKids[vary:fixed] carry activity; the others,
// opKids[fixed:end], are fixed for a lever setting and folded into one
// factor or term (evaluator.k). A kThin node's one varying child is its count.
//
// In a run with binomial outcomes a chain of kThin nodes (deals ←
// opportunities ← meetings ← calls) is drawn once, by its top node, from
// the count src at its bottom, at the product of the chain's rates; the
// inner nodes of the chain (inner) are not computed.
type op struct {
	node             int32
	kind             uint8
	vary, fixed, end int32
	src              int32 // kThin: the count at the bottom of its chain
	inner            bool  // kThin: its parent is a kThin too
}

// markThin makes the product i a thinning node when it is a count of
// activity times rates: deals = close_rate × opportunities.
func (e *engine) markThin(i int) {
	if e.m.Node(i).Unit != kpi.Count || e.deg[i] != 1 {
		return
	}
	count := -1
	var rates []int
	for _, c := range e.kids[i] {
		nd := e.m.Node(c)
		switch {
		case e.deg[c] == 1 && nd.Unit == kpi.Count && count < 0:
			count = c
		case e.deg[c] == 0 && nd.Unit == kpi.Rate:
			rates = append(rates, c)
		default:
			return
		}
	}
	if count >= 0 {
		e.kind[i] = kThin
	}
}

// layout fills the rows and the monthly goal.
func (e *engine) layout() error {
	cfg := e.cfg
	start := cfg.StartMonth
	if start == 0 {
		start = 1
	}
	weight := func(month time.Month) float64 {
		if cfg.Seasonality == nil {
			return 1
		}
		return cfg.Seasonality[month-1]
	}
	calMonth := func(k int) (int, time.Month) {
		x := start - 1 + k
		y := floorDiv(x, 12)
		return y, time.Month(x-12*y) + 1
	}
	var wPlan float64
	for k := range e.months {
		_, mo := calMonth(k)
		wPlan += weight(mo)
	}
	if wPlan == 0 {
		return &kpi.Error{Field: "forecast.seasonality", Code: kpi.Positive,
			Rule: fmt.Sprintf("the weights of the plan's %d months are all 0; give one of them a weight above 0", e.months)}
	}
	cal := e.m.Calendar()
	bc := cfg.BusinessCalendar
	e.rows = make([]row, e.months+e.lag)
	for r := range e.rows {
		k := r - e.lag
		yoff, mo := calMonth(k)
		rw := row{index: k, month: mo, wd: cal.WorkingDays, factor: 1, active: k >= 0 || !cfg.NewTeam}
		if !bc.IsZero() {
			rw.year = bc.Year + yoff
			d, err := BusinessDays(bc.Country, rw.year, mo)
			if err != nil {
				return err
			}
			rw.wd = float64(d)
		} else if cfg.StartYear != 0 {
			rw.year = cfg.StartYear + yoff
		}
		for _, h := range cfg.Hires {
			rw.hires += h.Count * Ramp(k-(h.Month-1), h.RampMonths)
		}
		if cfg.SeasonalityMode.activity() {
			rw.factor = weight(mo) * float64(e.months) / wPlan
		}
		e.rows[r] = rw
	}
	// The goal: the plan total spread by weight. The last month takes what
	// the others leave, so that the months, summed in order, give the total
	// exactly (when float rounding defeats that, the last month moves by
	// the smallest steps that restore it).
	g := e.m.Spec().Goal
	gc := cal
	gc.Months = e.months
	e.goalTotal = gc.PlanTotal(g.Value, g.Period)
	e.goalM = make([]float64, e.months)
	e.goalCum = make([]float64, e.months)
	seasonGoal := cfg.SeasonalityMode.goal() && cfg.Seasonality != nil
	before := 0.0
	last := e.months - 1
	for k := range last {
		if seasonGoal {
			_, mo := calMonth(k)
			e.goalM[k] = e.goalTotal * weight(mo) / wPlan
		} else {
			e.goalM[k] = e.goalTotal / float64(e.months)
		}
		before += e.goalM[k]
	}
	e.goalM[last] = e.goalTotal - before
	for range 16 {
		sum := before + e.goalM[last]
		if sum == e.goalTotal {
			break
		}
		e.goalM[last] = math.Nextafter(e.goalM[last], e.goalM[last]+(e.goalTotal-sum))
	}
	if e.goalM[last] < 0 {
		e.goalM[last] = 0 // float noise around a zero weight
	}
	s := 0.0
	for k, v := range e.goalM {
		s += v
		e.goalCum[k] = s
	}
	return nil
}

// setHeadcount sets the team at the start and the rows' scale.
func (e *engine) setHeadcount(hc0 float64) {
	e.hc0 = hc0
	for r := range e.rows {
		rw := &e.rows[r]
		rw.repDays = rw.wd * (hc0 + rw.hires)
		rw.unit = 0
		if rw.active {
			rw.unit = rw.repDays * rw.factor
		}
	}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// evaluator computes the tree for M months at once: each step runs over
// the months in a tight loop, which keeps the per-node work out of the
// inner loop (it matters most in WebAssembly, where calls are costly). With
// a sampler it draws binomial counts through thinning chains; without one
// it computes expected values. Its slices are reused: evaluation allocates
// nothing. The arithmetic for a month does not depend on M, so a plan
// (M = 1, row by row) and a run without variance (M = months) agree to the
// bit.
type evaluator struct {
	e     *engine
	s     *sampler // nil: expected values
	M     int
	c     []float64 // by node, for nodes without activity: the value for the lever setting
	v     []float64 // nodes with activity: v[i*M+k] is node i's value in month k
	k     []float64 // by op: the product (or sum) of its fixed children
	chain []float64 // by op: kThin: the product of the rates down its chain
}

func (e *engine) evaluator(s *sampler, months int) *evaluator {
	return &evaluator{
		e: e, s: s, M: months,
		c: make([]float64, e.n), v: make([]float64, e.n*months),
		k: make([]float64, len(e.ops)), chain: make([]float64, len(e.ops)),
	}
}

// setLevers evaluates the nodes that do not depend on activity, from the
// lever values lv (by node; activity levers are ignored).
func (ev *evaluator) setLevers(lv []float64) {
	e, c := ev.e, ev.c
	for _, i := range e.constOrder {
		switch e.kind[i] {
		case kLever:
			c[i] = lv[i]
		case kSum:
			t := 0.0
			for _, j := range e.kids[i] {
				t += c[j]
			}
			c[i] = t
		case kDifference:
			t := c[e.kids[i][0]]
			for _, j := range e.kids[i][1:] {
				t -= c[j]
			}
			c[i] = t
		case kRatio:
			q := c[e.kids[i][0]]
			for _, j := range e.kids[i][1:] {
				q /= c[j]
			}
			c[i] = q
		default:
			p := 1.0
			for _, j := range e.kids[i] {
				p *= c[j]
			}
			c[i] = p
		}
		if e.flat[i] {
			c[i] *= e.share
		}
	}
	for j := range e.ops {
		o := &e.ops[j]
		fixed := e.opKids[o.fixed:o.end]
		switch o.kind {
		case kSum:
			t := 0.0
			for _, x := range fixed {
				t += c[x]
			}
			ev.k[j] = t
			continue
		case kDifference:
			// The fixed part, signed: the first child (when fixed) less
			// the others.
			first := int32(e.kids[o.node][0])
			t := 0.0
			for _, x := range fixed {
				if x == first {
					t += c[x]
				} else {
					t -= c[x]
				}
			}
			ev.k[j] = t
			continue
		case kRatio:
			// The numerator varies; the factor is 1 ÷ the divisors.
			p := 1.0
			for _, x := range fixed {
				p *= c[x]
			}
			ev.k[j] = 1 / p
			continue
		}
		p := 1.0
		for _, x := range fixed {
			p *= c[x]
		}
		ev.k[j] = p
		if o.kind == kThin {
			ev.chain[j] = p
			if cnt := e.opKids[o.vary]; e.kind[cnt] == kThin {
				ev.chain[j] = ev.chain[e.opOf[cnt]] * p
			}
		}
	}
}

// row is node i's values over the months (a node with activity).
func (ev *evaluator) row(i int) []float64 { return ev.v[i*ev.M : (i+1)*ev.M] }

// fill sets the activity levers' counts for the months from engine row
// first on, for lever values lv.
func (ev *evaluator) fill(lv []float64, first int) {
	rows := ev.e.rows[first : first+ev.M]
	for _, a := range ev.e.acts {
		x := lv[a] / ev.e.days[a]
		dst := ev.row(a)
		for k := range dst {
			dst[k] = x * rows[k].unit
		}
	}
}

// run evaluates the nodes with activity for every month, from the
// activity counts in their rows.
func (ev *evaluator) run() {
	e, M := ev.e, ev.M
	for j := range e.ops {
		o := &e.ops[j]
		dst := ev.v[int(o.node)*M : int(o.node)*M+M]
		if o.kind == kThin && ev.s != nil {
			if !o.inner {
				ev.s.binomials(dst, ev.row(int(o.src)), ev.chain[j])
			}
			continue
		}
		x := ev.k[j]
		vary := e.opKids[o.vary:o.fixed]
		if o.kind == kDifference {
			minuend := int32(e.kids[o.node][0])
			for k := range dst {
				dst[k] = x
			}
			for _, c := range vary {
				src := ev.v[int(c)*M : int(c)*M+M]
				src = src[:len(dst)]
				if c == minuend {
					for k := range dst {
						dst[k] += src[k]
					}
				} else {
					for k := range dst {
						dst[k] -= src[k]
					}
				}
			}
			continue
		}
		// The first varying child with the fixed part, then the others.
		first := ev.v[int(vary[0])*M : int(vary[0])*M+M]
		first = first[:len(dst)]
		if o.kind == kSum {
			for k := range dst {
				dst[k] = x + first[k]
			}
		} else {
			for k := range dst {
				dst[k] = x * first[k]
			}
		}
		for _, c := range vary[1:] {
			src := ev.v[int(c)*M : int(c)*M+M]
			src = src[:len(dst)]
			if o.kind == kSum {
				for k := range dst {
					dst[k] += src[k]
				}
			} else {
				for k := range dst {
					dst[k] *= src[k]
				}
			}
		}
	}
}

// node is node i's value in month k after run.
func (ev *evaluator) node(i, k int) float64 {
	if ev.e.deg[i] == 0 {
		return ev.c[i]
	}
	return ev.v[i*ev.M+k]
}

// maxValue is the largest magnitude a value may take.
const maxValue = 1e300

// tooBig reports whether v cannot be shown as a number: NaN, infinite or
// beyond maxValue.
func tooBig(v float64) bool { return !finite(v) || math.Abs(v) > maxValue }

func overflow(e *engine, i int) error {
	return &kpi.Error{Node: e.m.Node(i).ID, Code: kpi.Overflow,
		Rule: "the value is too large to compute; check the levers below it"}
}
