package forecast

import (
	"fmt"
	"math"

	"github.com/kpisim/kpisim/app/kpi"
)

// Answer is kpisim's one answer to the two questions a goal raises: what
// does it take (the requirement), and what will the plan deliver (the
// forecast). Every figure the page and the CLI show for a scenario comes
// from it, so they cannot disagree.
//
// The model is the monthly plan. The annual KPI tree is its special case:
// where the plan has no hires, no seasonality, no sales-cycle lag and a
// constant calendar, every figure equals the tree's (kpi.Result) exactly.
//
//   - The forecast is the plan's revenue landing inside the plan, with the
//     levers at their planned values.
//   - The requirement of the target (Pace) is the one value of the target
//     that makes the plan's revenue meet its goal: per rep per working day
//     for an activity, at one steady pace in every month whose activity
//     lands inside the plan (with a sales cycle and the default pipeline,
//     the team was already working at that pace before the plan; a new
//     team starts with the plan, so its first months land nothing and the
//     months after carry the year); the value itself for a rate or a
//     price. It is GoalSeek's Needed for the target.
//   - The required counts on the path from the goal down to the target
//     (deals, meetings, calls) are what the goal needs whatever the timing:
//     the tree solved backward from the goal. Their per-rep-per-day figures
//     follow the target's Pace, so a row reads the same as the headline,
//     and a quarter's, a month's, a week's and a day's are over the same
//     months (Plan.Working: with a sales cycle, those whose activity lands
//     inside the plan), so that the columns divide into each other.
//   - Months differ when hires ramp or a season peaks: the plan's months
//     say the steadiest schedule that keeps the year to date on its goal
//     and adds up to the year's requirement (engine.onTrack,
//     Plan.Months[k].RequiredPerRepDay), and Over lists the months that
//     need the activity above its ceiling.
type Answer struct {
	Plan     *Plan       // the plan at the planned values, month by month
	Tree     *kpi.Result // the tree solved backward from the goal for Target
	Target   int         // node index of the lever solved for
	Rounding kpi.Rounding

	// Pace is the target's requirement: per rep per working day for an
	// activity lever, its value otherwise. Reachable is false when no
	// value meets the goal; Pace is then 0.
	Pace      float64
	Reachable bool

	// Busiest is the plan month (an index into Plan.Months) that needs the
	// most of an activity target per rep per day (Month.Required), or -1 when the
	// target is not an activity or no month needs any.
	Busiest int
	// Over lists the plan months (indices into Plan.Months) that need an
	// activity target above its ceiling per rep per day (Month.Required).
	Over []int

	months   float64 // the plan's length
	span     float64 // the plan's months over the calendar's, the tree's span
	work     float64 // the months whose activity counts (Plan.Working)
	workDays float64 // working days over the months whose activity counts
	repDays  float64 // rep-days over the months whose activity counts
}

// Reps is how many reps the per-rep figures divide by: the rep-days of
// the months whose activity counts over their working days. It is the
// headcount unless hires change it (inside sales' 5 reps with 2 hired in
// month 3 and a 3-month ramp: 6.5); 0 without a working day.
func (a *Answer) Reps() float64 {
	if a.workDays <= 0 {
		return 0
	}
	return a.repDays / a.workDays
}

// Solve answers the goal of model m for the lever target under rounding r
// and the plan cfg. It fails with the *kpi.Error or kpi.Errors that name
// the field and rule: a bad config, a target that is not a lever, a factor
// of 0 on the path, a sum whose other terms exceed the goal, a rate above
// 100 %, or a figure too large to compute.
func Solve(m *kpi.Model, target string, r kpi.Rounding, cfg Config) (*Answer, error) {
	e, err := newEngine(m, cfg)
	if err != nil {
		return nil, err
	}
	t, err := e.target(target)
	if err != nil {
		return nil, err
	}
	plan, err := e.plan(e.base, t, true)
	if err != nil {
		return nil, err
	}
	tree, err := m.Solve(target, r)
	if err != nil {
		return nil, err
	}
	a := &Answer{Plan: plan, Tree: tree, Target: t, Rounding: r, Busiest: -1, months: float64(len(plan.Months))}
	a.span = a.months / float64(m.Calendar().Months)
	for _, mo := range plan.Working() {
		a.work++
		a.workDays += mo.WorkingDays
		a.repDays += mo.RepDays
	}
	a.Pace, a.Reachable = plan.RequiredPerRepDay, plan.Reachable
	if !a.Reachable {
		return a, nil
	}
	nd := m.Node(t)
	if !nd.Activity {
		return a, nil
	}
	best := 0.0
	for k, mo := range plan.Months {
		if !mo.Reachable {
			continue
		}
		if mo.RequiredPerRepDay > best*(1+1e-12) {
			best, a.Busiest = mo.RequiredPerRepDay, k
		}
		if nd.Limit() > 0 && mo.RequiredPerRepDay > nd.Limit()/m.Calendar().Days(nd.Per)*(1+1e-12) {
			a.Over = append(a.Over, k)
		}
	}
	return a, nil
}

// pace solves the plan's revenue for the value of lever t that meets the
// goal, every other lever as planned, in the lever's own span (a week's
// count for an activity stated per week). Revenue is affine in any one
// activity (each lever appears once in the tree, and Compile keeps activity
// out of a ratio's divisors), so two evaluations find it; it falls when the
// activity is a term taken away (solveAffine).
func (e *engine) pace(base []float64, t int) (float64, bool) {
	lv := append([]float64(nil), base...)
	total := func(x float64) float64 {
		lv[t] = x
		s := 0.0
		for _, v := range e.landing(lv) {
			s += v
		}
		return s
	}
	x1 := probe(base[t])
	r0, r1 := total(0), total(x1)
	x, ok := solveAffine(e.goalTotal, (r1-r0)/x1, r0)
	if !ok || tooBig(x) {
		return 0, false
	}
	return x, true
}

// Goal is the goal per year.
func (a *Answer) Goal() float64 { return a.perYear(a.Plan.Goal) }

// Forecast is the revenue (the goal node's value) landing in the plan, per
// year.
func (a *Answer) Forecast() float64 { return a.perYear(a.Plan.Revenue) }

// Gap is the forecast minus the goal, per year; negative is short.
func (a *Answer) Gap() float64 { return a.perYear(a.Plan.Gap()) }

// GapRatio is the gap as a fraction of the goal.
func (a *Answer) GapRatio() float64 { return snap(a.Plan.Gap() / a.Plan.Goal) }

// perYear scales a plan total to a year.
func (a *Answer) perYear(total float64) float64 { return snap(total * 12 / a.months) }

// Required returns the exact requirement of node i in period p, and whether
// node i lies on the path from the goal to the target. A lever that is not
// periodic (a rate, a price) has one value whatever p is.
func (a *Answer) Required(i int, p kpi.Period) (float64, bool) {
	if !a.Tree.OnPath[i] {
		return 0, false
	}
	nd := a.Tree.Model.Node(i)
	if i == a.Target && !nd.Activity {
		return a.Pace, true
	}
	if !nd.Periodic() {
		return a.Tree.Required[i], true
	}
	total := a.planTotal(i)
	if perRep(p) && a.Reachable && a.Tree.Model.Node(a.Target).Activity {
		// The path's counts are proportional to the target's: a row's
		// per-rep-per-day figure follows the headline's pace.
		tt := a.planTotal(a.Target)
		if even := a.split(tt, kpi.RepDay); tt > 0 && math.Abs(a.Pace-even) > 1e-12*even {
			// (per hour: the pace over the day's selling hours; per week
			// or month: the pace times their working days)
			pace := a.perRepIn(a.Pace, p)
			if i == a.Target {
				return snap(pace), true
			}
			return snap(pace * total / tt), true
		}
	}
	return a.split(total, p), true
}

// planTotal is the requirement of periodic node i over the plan's months:
// the tree is solved over the calendar's months (calendar.months), which
// a plan of its own length (forecast.months) may not share.
func (a *Answer) planTotal(i int) float64 {
	if a.span == 1 {
		return a.Tree.Required[i]
	}
	return a.Tree.Required[i] * a.span
}

// Rounded returns the requirement of node i in period p after the rounding
// policy, which applies to counts only, from the exact value of the same
// period (never from an already rounded one), at the period's resolution.
func (a *Answer) Rounded(i int, p kpi.Period) (float64, bool) {
	v, ok := a.Required(i, p)
	if !ok {
		return 0, false
	}
	if a.Tree.Model.Node(i).Unit == kpi.Count {
		return a.Tree.Round(i, v, p), true // down for an upper bound
	}
	return snap(v), true
}

// MonthShare is the part of node i's plan total that lands in plan month
// k (1/12 of a year's churned ARR in an even year); 0 when the total is.
func (a *Answer) MonthShare(k, i int) float64 {
	total := a.Tree.Value[i]
	if total == 0 || k < 0 || k >= len(a.Plan.Months) {
		return 0
	}
	if a.Plan.Months[k].Landed == nil {
		return 0
	}
	return a.Plan.Months[k].Landed[i] / total
}

// Planned returns the forecast value of node i in period p: what lands in
// the plan from the planned activity (a rate or a price: its value).
func (a *Answer) Planned(i int, p kpi.Period) float64 {
	nd := a.Tree.Model.Node(i)
	if !nd.Periodic() {
		if nd.Op != kpi.Lever { // a stock: its one value from the planned levers
			return a.Tree.Value[i]
		}
		return nd.Value
	}
	if i == a.Target && nd.Activity && perRep(p) && p != kpi.Hour {
		return a.perRepIn(nd.Value/a.Tree.Model.Calendar().Days(nd.Per), p)
	}
	total := 0.0
	for _, mo := range a.Plan.Months {
		total += mo.Landed[i]
	}
	return a.split(total, p)
}

// split converts a plan total into period p: a year over the plan's
// months; a quarter, a month, a week, a working day and a rep-day over the
// months whose activity counts (Plan.Working), their working days and
// rep-days, so that the columns divide into each other (a day's need is
// a rep's times the reps) and into the pace. With a sales cycle these are
// not the plan's own: a new team's 11 months of work carry the year of a
// 1-month cycle, and a 2-month cycle's work runs from two months before
// the start to two months before the end (Answer.Working says which).
func (a *Answer) split(total float64, p kpi.Period) float64 {
	var v float64
	switch p {
	case kpi.Year:
		v = total * 12 / a.months
	case kpi.Quarter:
		v = total * 3 / a.work
	case kpi.Month:
		v = total / a.work
	case kpi.Day:
		v = total / a.workDays
	case kpi.Week:
		v = total / a.workDays * a.Tree.Model.Calendar().Week()
	default: // one rep's day, hour, week or month
		v = a.perRepIn(total/a.repDays, p)
	}
	return snap(v)
}

// perRep reports whether p is a period of one rep: a day, an hour, a
// week or a month.
func perRep(p kpi.Period) bool {
	return p == kpi.RepDay || p == kpi.Hour || p == kpi.RepWeek || p == kpi.RepMonth
}

// perRepIn is v, an amount per rep per working day, in period p of one
// rep: over a day's selling hours, or times a week's or a month's working
// days (the span an activity is stated in, kpi.Calendar.Days).
func (a *Answer) perRepIn(v float64, p kpi.Period) float64 {
	c := a.Tree.Model.Calendar()
	switch p {
	case kpi.Hour:
		return v / c.Hours()
	case kpi.RepWeek:
		return v * c.Days(kpi.PerWeek)
	case kpi.RepMonth:
		return v * c.Days(kpi.PerMonth)
	}
	return v
}

// NeededAlone is goal seek through the one model: the value lever (or
// Headcount) alone must take for the plan to meet its goal. It is
// GoalSeek; the name says which question it answers.
func NeededAlone(m *kpi.Model, lever string, cfg Config) (*Seek, error) {
	return GoalSeek(m, lever, cfg)
}

// Help is the lever that brings an activity's requirement down to its
// ceiling with the least of its headroom used.
type Help struct {
	Lever    string
	From, To float64
}

// HelpMost finds, for the activity act over its ceiling (per rep in its
// span) in some month, the other lever that brings every month's need
// within the ceiling with the least of its range used: the smallest move
// from its value, up or down, as a share of the way to that end of its
// range. Each lever is searched on the plan itself (seasonality, hires, the
// sales cycle), so the month that is over decides, not the year's total;
// a lever whose every value leaves a month over is not named. It returns
// false when no lever can.
func HelpMost(m *kpi.Model, act string, ceiling float64, cfg Config) (Help, bool) {
	i, ok := m.Index(act)
	if !ok {
		return Help{}, false
	}
	limit := ceiling / m.Calendar().Days(m.Node(i).Per) // per rep per day, as the plan's need
	spec := m.Spec()
	fits := func(j int, x float64) bool {
		s := spec
		s.Nodes = append([]kpi.Node(nil), spec.Nodes...)
		s.Nodes[j].Value = x
		s.Nodes[i].Ceiling = ceiling // the months over it are Solve's Over
		at, err := kpi.Compile(s)
		if err != nil {
			return false
		}
		a, err := Solve(at, act, kpi.RoundNone, cfg)
		return err == nil && a.Reachable && a.Pace <= limit*(1+1e-12) && len(a.Over) == 0
	}
	var best Help
	share := math.Inf(1)
	for _, j := range m.Levers() {
		n := m.Node(j)
		if j == i || n.Activity || n.Max <= n.Min || fits(j, n.Value) {
			continue
		}
		for _, end := range []float64{n.Max, n.Min} {
			if end == n.Value || !fits(j, end) {
				continue
			}
			// The nearest value that fits, between the lever's and the end.
			in, out := end, n.Value
			for range 40 { // 2⁻⁴⁰ of the way: 1e-12
				mid := (in + out) / 2
				if mid == in || mid == out {
					break
				}
				if fits(j, mid) {
					in = mid
				} else {
					out = mid
				}
			}
			if s := math.Abs(in-n.Value) / math.Abs(end-n.Value); s < share {
				share, best = s, Help{Lever: n.ID, From: n.Value, To: in}
			}
		}
	}
	return best, !math.IsInf(share, 1)
}

// String is for debugging: the target's pace and the forecast.
func (a *Answer) String() string {
	return fmt.Sprintf("pace %g (reachable %v), forecast %g, goal %g", a.Pace, a.Reachable, a.Forecast(), a.Goal())
}

// Finite reports whether every headline figure of the answer is a number
// the page can show: the pace, the forecast, the gap and its share, and the
// requirement of every node on the path in every period.
func (a *Answer) Finite() bool {
	ok := func(v float64) bool { return !tooBig(v) }
	if !ok(a.Pace) || !ok(a.Forecast()) || !ok(a.Gap()) || !ok(a.GapRatio()) || !ok(a.Goal()) {
		return false
	}
	for i := range a.Tree.Model.Len() {
		for _, p := range a.Tree.Model.Calendar().Periods() {
			if v, on := a.Required(i, p); on && !ok(v) {
				return false
			}
		}
		if !ok(a.Planned(i, kpi.Year)) || !ok(a.Planned(i, kpi.RepDay)) {
			return false
		}
	}
	return true
}
