package forecast

import (
	"fmt"
	"math"
	"time"

	"github.com/kpisim/kpisim/app/kpi"
)

// Plan is the monthly plan: the scenario's tree computed month by month
// under a Config. Months sum to the plan's totals exactly (Revenue is the sum
// of Months[i].Revenue; the monthly goals sum to Goal).
type Plan struct {
	Model  *kpi.Model
	Target int    // index of the lever solved for each month
	Config Config // the config the plan was made with, Months resolved

	// Lead holds the LagMonths months before the start, earliest first:
	// activity there lands in the plan's first months. A new team does
	// nothing in them (Planned and Required 0). It is empty without a lag.
	Lead []Month

	// Months holds the plan's months, the first month first.
	Months []Month

	Goal    float64 // the goal over the plan: the scenario goal scaled to the plan's months
	Revenue float64 // the forecast: revenue landing inside the plan, the sum of the months

	// Planned is the target's planned value: for an activity lever the
	// plan's total count (Months only, not Lead); otherwise the lever's value.
	Planned float64

	// Required is what the target must be for the forecast to meet the
	// goal. For an activity lever, the total count over Lead and Months
	// (activity landing after the plan is not required); for any other
	// lever, the one value that makes the plan's revenue meet its goal.
	Required float64

	// RequiredPerRepDay is Required per rep per working day (over the
	// months whose activity lands inside the plan) for an activity lever,
	// and Required otherwise.
	RequiredPerRepDay float64

	// Reachable is false when no value of the target meets the goal: a
	// factor outside the target is 0, or (with a lag and no carry-in) the
	// target cannot move revenue in the months before the pipeline fills.
	Reachable bool
}

// Month is one month of the plan. Its activity lands LagMonths later; its
// revenue comes from the activity of LagMonths earlier.
type Month struct {
	Index       int        // plan month: 0 is the first; negative for lead months
	Year        int        // calendar year, when Config.BusinessCalendar names one; otherwise 0
	Month       time.Month // calendar month
	Lands       int        // the plan month this month's activity lands in (Index + LagMonths); Months or more is after the plan
	WorkingDays float64
	Headcount   float64 // effective reps: the team plus hires weighted by their ramp (Ramp)
	RepDays     float64 // WorkingDays × Headcount

	// Planned is the target's planned value this month: the month's count
	// for an activity lever (per rep per day × rep-days × the activity
	// seasonality; 0 before the start without carry-in), the lever's value
	// otherwise.
	Planned float64

	// Required is the target's value this month for the revenue it lands
	// to meet the goal of month Lands: a count for an activity lever. For
	// an activity it is the month's part of the steadiest schedule that
	// keeps the plan's goal so far met (engine.onTrack): the months add up
	// to the year's requirement, none ends behind its goal so far, and the
	// busiest needs as little as can be; for a new team, whose first months
	// land nothing, their goal is spread over the months that land. It is
	// 0 when the activity lands after the plan or the goal is already met
	// without it, and 0 with Reachable false when no value meets it (a new
	// team's month before the plan).
	Required          float64
	RequiredPerRepDay float64 // Required / RepDays for an activity lever; Required otherwise
	Reachable         bool

	// Produced is every node's value (by node index) from this month's
	// planned activity: the calls made, the meetings and deals they lead to
	// and the revenue they bring, which lands in month Lands. Nodes without
	// activity hold their monthly value: a rate, or a plan total ÷ months.
	Produced []float64

	// Landed is every node's value landing in this month: the Produced of
	// the month LagMonths earlier (a lead month for the first months). Nil
	// for lead months. Landed[goal] is Revenue.
	Landed []float64

	Goal       float64 // this month's goal (0 for lead months)
	CumGoal    float64
	Revenue    float64 // revenue landing this month
	CumRevenue float64
}

// Gap is the forecast minus the goal; negative is short.
func (p *Plan) Gap() float64 { return snapDiff(p.Revenue, p.Goal) }

// NewPlan computes the monthly plan of the model under cfg, solving for the
// lever target each month. It fails with kpi.Errors naming the config field
// and rule for a bad config, or a *kpi.Error when target is not a lever or
// a value overflows.
func NewPlan(m *kpi.Model, target string, cfg Config) (*Plan, error) {
	e, err := newEngine(m, cfg)
	if err != nil {
		return nil, err
	}
	t, err := e.target(target)
	if err != nil {
		return nil, err
	}
	return e.plan(e.base, t, true)
}

// target returns the index of the lever id.
func (e *engine) target(id string) (int, error) {
	t, ok := e.m.Index(id)
	if !ok {
		return 0, kpi.Errorf("", "solve", kpi.Invalid, 0, "%q is not a node of this tree", id)
	}
	if e.m.Node(t).Op != kpi.Lever {
		return 0, &kpi.Error{Node: id, Field: "solve", Rule: "only a lever can be solved for; this node is computed"}
	}
	return t, nil
}

// plan computes the plan for lever values lv and target t. Without full,
// the node vectors are left out (for Tornado and GoalSeek).
func (e *engine) plan(lv []float64, t int, full bool) (*Plan, error) {
	cfg := e.cfg
	cfg.Months = e.months
	p := &Plan{Model: e.m, Target: t, Config: cfg, Goal: e.goalTotal, Reachable: true}
	rows := make([]Month, len(e.rows))
	activity := e.m.Node(t).Activity

	ev := e.evaluator(nil, 1)
	ev.setLevers(lv)
	goal := e.goal
	// For a lever without activity, two more settings: the target at 0 and
	// at x1; the forecast is affine in any one lever (each appears once).
	// Below a ratio's denominator it is affine in 1/x instead: the two
	// settings are x1 and x1/2 (u = 1/x1 and 2/x1).
	var ev0, ev1 *evaluator
	x1 := probe(lv[t])
	inv := e.inv[t]
	u0, u1 := 0.0, x1
	if inv {
		u0, u1 = 1/x1, 2/x1
	}
	if !activity {
		l := append([]float64(nil), lv...)
		ev0, ev1 = e.evaluator(nil, 1), e.evaluator(nil, 1)
		l[t] = fromU(u0, inv)
		ev0.setLevers(l)
		l[t] = fromU(u1, inv)
		ev1.setLevers(l)
	}
	var r0, r1 float64 // non-activity target: plan revenue at 0 and at x1
	var sumReq, sumRepDays float64
	line := make([][2]float64, len(e.rows)) // each row's revenue as alpha·count + beta, for an activity target
	prod := make([]float64, len(e.rows))    // the revenue row r produces, landing in plan month r
	var produced []float64                  // every month's Produced, in one allocation
	if full {
		produced = make([]float64, len(e.rows)*e.n)
	}
	for r := range e.rows {
		rw := &e.rows[r]
		mo := &rows[r]
		*mo = Month{Index: rw.index, Year: rw.year, Month: rw.month, Lands: r,
			WorkingDays: rw.wd, Headcount: e.hc0 + rw.hires, RepDays: rw.repDays, Reachable: true}
		ev.fill(lv, r)
		var beta, alpha float64
		if activity {
			tr := ev.row(t)
			c := tr[0]
			mo.Planned = c
			x := c
			if x == 0 {
				x = lv[t] * rw.repDays
			}
			if x == 0 {
				x = 1
			}
			tr[0] = 0
			ev.run()
			beta = ev.node(goal, 0)
			tr[0] = x
			ev.run()
			alpha = (ev.node(goal, 0) - beta) / x
			tr[0] = c
			if !rw.active {
				// A new team before the plan does nothing: no count of
				// this month lands.
				alpha = 0
			}
			line[r] = [2]float64{alpha, beta}
		} else {
			mo.Planned = lv[t]
			ev0.fill(lv, r)
			ev0.run()
			f0 := ev0.node(goal, 0)
			ev1.fill(lv, r)
			ev1.run()
			f1 := ev1.node(goal, 0)
			alpha = (f1 - f0) / (u1 - u0)
			beta = f0 - alpha*u0
			if r < e.months {
				r0 += f0
				r1 += f1
			}
		}
		ev.run()
		rev := ev.node(goal, 0)
		if tooBig(rev) || tooBig(alpha) || tooBig(beta) {
			if err := e.zeroDivisor(ev.c); err != nil {
				return nil, err
			}
			return nil, overflow(e, e.goal)
		}
		if full {
			mo.Produced = produced[r*e.n : (r+1)*e.n : (r+1)*e.n]
			for i := range mo.Produced {
				x := ev.node(i, 0)
				if tooBig(x) {
					return nil, overflow(e, i)
				}
				mo.Produced[i] = x
			}
		}
		prod[r] = rev
		if r < e.months {
			mo.Required, mo.Reachable = solveAffine(e.goalM[r], alpha, beta)
			if !activity {
				mo.Required = fromU(mo.Required, inv)
			}
			if !mo.Reachable {
				p.Reachable = false
			}
			sumReq += mo.Required
			sumRepDays += rw.repDays
		}
		mo.RequiredPerRepDay = mo.Required
		if activity {
			mo.RequiredPerRepDay = mo.Required / rw.repDays
		}
	}
	// Revenue landing in plan month k comes from row k.
	p.Lead = rows[:e.lag:e.lag]
	p.Months = rows[e.lag:]
	cum := 0.0
	for k := range p.Months {
		mo := &p.Months[k]
		mo.Goal, mo.CumGoal = e.goalM[k], e.goalCum[k]
		mo.Landed = rows[k].Produced
		mo.Revenue = prod[k]
		cum += prod[k]
		mo.CumRevenue = cum
		if activity {
			p.Planned += mo.Planned
		}
	}
	p.Revenue = cum
	if activity {
		// One steady pace over the months whose activity lands inside the
		// plan meets its goal (Answer.Pace): the team already at it before
		// the start, or, a new team, from the start only, the months before
		// landing nothing. The months' own needs differ with hires and
		// seasons.
		x, ok := e.pace(lv, t)
		x /= e.days[t] // per rep per working day
		p.RequiredPerRepDay, p.Reachable = x, ok
		units := 0.0
		for _, rw := range e.rows[:e.months] {
			units += rw.unit
		}
		p.Required = snap(x * units)
		if ok {
			e.onTrack(rows, line, x)
		}
	} else {
		p.Planned = lv[t]
		alpha := (r1 - r0) / (u1 - u0)
		p.Required, p.Reachable = solveAffine(e.goalTotal, alpha, r0-alpha*u0)
		p.Required = fromU(p.Required, inv)
		p.RequiredPerRepDay = p.Required
	}
	return p, nil
}

// onTrack sets each plan month's requirement of an activity target to the
// steadiest schedule that keeps the year to date on its goal: worked as
// required, no month ends behind the goal so far, the months add up to the
// year's requirement (the pace over every month that lands), and the
// busiest month needs as little as any such schedule can. It is the least
// concave majorant of the need so far against the revenue a unit of pace
// brings so far (a "taut string"): the pace is steady until a month's goal
// so far forces more before it, then steady again at a lower rate.
//
// A goal whose seasons come late (Q4 heavy) reads the pace in every month:
// worked steadily the year runs ahead of its goal, then meets it. Route
// sales' goal peaks at each quarter's end while its visits bring the same
// revenue every month: March's goal alone would need 18.8 visits a rep a
// day, over the ceiling of 8, in a year the steady 4 a day meets; the
// schedule asks a little more than the pace until the first peak and less
// after. A month's own goal is not the measure, nor is a month after the
// months before at the pace (that left months needing nothing, the column
// adding up to a third of the year). A new team's months that land nothing
// carry no goal of their own: their goal is spread over the months that
// land, in proportion to theirs, as the pace spreads it.
func (e *engine) onTrack(rows []Month, line [][2]float64, pace float64) {
	n := min(e.months, len(rows))
	// lost: the goal of the months the idle rows land in; early: what
	// lands in them regardless.
	lost, early := 0.0, 0.0
	for r := 0; r < n && !e.rows[r].active; r++ {
		lost, early = e.goalCum[r], early+line[r][1]
	}
	soFar := func(r int) float64 {
		if lost == 0 {
			return e.goalCum[r]
		}
		if rest := e.goalTotal - lost; rest > 0 {
			return early + (e.goalCum[r]-lost)*(e.goalTotal-early)/rest
		}
		return e.goalTotal // the goal falls in the idle months only: the rest must land all of it
	}
	// w[r]: what a unit of pace brings by the end of month r (the
	// revenue of its counts); need[r]: what the counts must bring by then,
	// the goal so far less what lands regardless.
	w, need := make([]float64, n), make([]float64, n)
	weight, base := 0.0, 0.0
	for r := range n {
		rw := &e.rows[r]
		base += line[r][1]
		if rw.active {
			weight += line[r][0] * rw.unit
		}
		w[r], need[r] = weight, soFar(r)-base
	}
	from, wFrom, needFrom := -1, 0.0, 0.0
	for from < n-1 {
		// The segment's end: the month the steepest need from here falls
		// in (the latest of equals), the only months that can bind.
		to, slope := -1, math.Inf(-1)
		for r := from + 1; r < n; r++ {
			dw := w[r] - wFrom
			if dw <= 0 {
				continue // a month that lands nothing of the activity
			}
			if s := (need[r] - needFrom) / dw; s >= slope {
				to, slope = r, s
			}
		}
		if to < 0 {
			break // no later month lands anything of it
		}
		x := max(snap(slope), 0)
		if to == n-1 && from < 0 {
			x = pace // one segment: the pace itself, not its float image
		}
		for r := from + 1; r <= to; r++ {
			mo, rw := &rows[r], &e.rows[r]
			if !rw.active {
				continue
			}
			mo.Required, mo.Reachable, mo.RequiredPerRepDay = snap(x*rw.unit), true, 0
			if rw.repDays > 0 {
				mo.RequiredPerRepDay = mo.Required / rw.repDays
			}
		}
		from, wFrom, needFrom = to, w[to], need[to]
	}
}

// probe is where a solve sets its target to read the line revenue follows
// (revenue is affine in one lever, so any point gives the same line): the
// planned value, or 1 when that is below 1, where its effect on revenue
// could round away (1e-20 planned visits read "no amount of activity
// reaches the goal", where 0 planned visits read the pace).
func probe(planned float64) float64 { return max(planned, 1) }

// solveAffine returns the x ≥ 0 with alpha·x + beta = goal. For a rising
// line (alpha > 0, a factor or a term) it is 0 when beta already meets the
// goal; for a falling one (alpha < 0, a term taken away) it is the most x
// may be, and false when even x = 0 falls short. It is false when alpha is
// 0 and beta does not meet the goal.
func solveAffine(goal, alpha, beta float64) (float64, bool) {
	need := snap(goal - beta)
	if alpha < 0 {
		if need > 0 || tooBig(need/alpha) {
			return 0, false
		}
		return snap(need / alpha), true
	}
	if need <= 0 {
		return 0, true
	}
	if !(alpha > 0) || tooBig(need/alpha) {
		return 0, false
	}
	return snap(need / alpha), true
}

// fromU turns u back into the lever's value: u itself, or 1/u for a lever
// below a ratio's denominator (0 stays 0: nothing is needed of it).
func fromU(u float64, inv bool) float64 {
	if !inv || u == 0 {
		return u
	}
	return snap(1 / u)
}

// zeroDivisor is the *kpi.Error naming a ratio's denominator that is 0 in
// the constant values c, or nil when none is.
func (e *engine) zeroDivisor(c []float64) error {
	for i := range e.n {
		if e.kind[i] != kRatio {
			continue
		}
		for _, d := range e.kids[i][1:] {
			if c[d] == 0 {
				return &kpi.Error{Node: e.m.Node(d).ID, Field: "value", Code: kpi.ZeroDivisor,
					Rule: fmt.Sprintf("is 0, and %s divides by it; a denominator must not be 0", e.m.Node(i).ID)}
			}
		}
	}
	return nil
}
