package kpi

import (
	"math"
	"math/rand/v2"
	"testing"
)

// velocity is sales velocity as taught: opportunities × deal value × win
// rate ÷ cycle days is revenue a day; times the days of the plan, a year.
func velocity() Spec {
	return Spec{
		Goal:     Goal{Node: "revenue", Value: 120_000_000, Period: Year},
		Calendar: Calendar{Months: 12, WorkingDays: 30, Headcount: 1, CalendarDays: true},
		Nodes: []Node{
			{ID: "revenue", Unit: Currency, Op: Product, Children: []string{"velocity", "days"}},
			{ID: "days", Unit: Number, Value: 360},
			{ID: "velocity", Unit: Currency, Op: Ratio, Children: []string{"pipeline", "cycle_days"}},
			{ID: "cycle_days", Unit: Number, Value: 45},
			{ID: "pipeline", Unit: Currency, Op: Product, Children: []string{"opportunities", "deal_value", "win_rate"}},
			{ID: "opportunities", Unit: Count, Value: 50},
			{ID: "deal_value", Unit: Currency, Value: 1_000_000},
			{ID: "win_rate", Unit: Rate, Value: 0.25},
		},
	}
}

// saas is net new ARR: new + expansion − churn.
func saas() Spec {
	return Spec{
		Goal:     Goal{Node: "net_new", Value: 100_000_000, Period: Year},
		Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 4},
		Nodes: []Node{
			{ID: "net_new", Unit: Currency, Op: Difference, Children: []string{"added", "churned"}},
			{ID: "added", Unit: Currency, Op: Sum, Children: []string{"new_arr", "expansion"}},
			{ID: "new_arr", Unit: Currency, Op: Product, Children: []string{"acv", "deals"}},
			{ID: "acv", Unit: Currency, Op: Ratio, Children: []string{"contract", "years"}},
			{ID: "contract", Unit: Currency, Value: 1_800_000},
			{ID: "years", Unit: Number, Value: 3},
			{ID: "deals", Unit: Count, Op: Product, Children: []string{"win_rate", "opportunities"}},
			{ID: "win_rate", Unit: Rate, Value: 0.25},
			{ID: "opportunities", Unit: Count, Value: 2, Activity: true, Per: PerWeek},
			{ID: "expansion", Unit: Currency, Value: 60_000_000},
			{ID: "churned", Unit: Currency, Value: 10_000_000},
		},
	}
}

func TestFourOperations(t *testing.T) {
	for _, tc := range []struct {
		name   string
		spec   Spec
		target string
		want   float64 // the target's required value (a lever's own, or a plan total)
	}{
		// 1.2億 a year = 333,333 a day over 360 days; × 45 days = 15,000,000
		// of pipeline = opportunities × 1,000,000 × 25 %: 60 opportunities.
		{"numerator", velocity(), "opportunities", 60},
		// 50 × 1,000,000 × 25 % = 12,500,000 ÷ cycle = 333,333.33: 37.5 days.
		{"denominator", velocity(), "cycle_days", 37.5},
		// 96 deals a year (2 a week × 48 weeks × 4 reps × 25 %) at an
		// annual value of 600,000: new ARR 57.6M. The goal of 100M plus
		// 10M of churn needs 52.4M of expansion.
		{"first term", saas(), "expansion", 110_000_000 - 600_000*96},
		// churn allowed: 57.6M + 60M − 100M.
		{"subtrahend", saas(), "churned", 600_000*96 + 60_000_000 - 100_000_000},
		// a ratio's numerator and divisor below a sum below a difference.
		{"contract", saas(), "contract", 3 * (110_000_000 - 60_000_000) / 96.0},
		{"years", saas(), "years", 1_800_000 * 96 / (110_000_000 - 60_000_000.0)},
		{"activity per week", saas(), "opportunities", 2 * (110_000_000 - 60_000_000) / (600_000 * 96.0) * 48 * 4 * 5 / 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compile(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			res, err := m.Solve(tc.target, RoundNone)
			if err != nil {
				t.Fatalf("Solve(%s): %v", tc.target, err)
			}
			i, _ := m.Index(tc.target)
			if got := res.Required[i]; !near(got, tc.want) {
				t.Errorf("required %s = %v, want %v", tc.target, got, tc.want)
			}
			checkReaches(t, tc.spec, res)
		})
	}
}

// checkReaches sets the target to its required value and evaluates the
// tree forward: the goal node must come out at the goal.
func checkReaches(t *testing.T, s Spec, res *Result) {
	t.Helper()
	m := res.Model
	n := m.Node(res.Target)
	v := res.Required[res.Target]
	if n.Activity {
		v = v / m.Calendar().ActivityScale() * m.Calendar().Days(n.Per)
	}
	s = with(s, func(s *Spec) { node(s, n.ID).Value = v })
	m2, err := Compile(s)
	if err != nil {
		t.Fatalf("forward of the requirement: %v", err)
	}
	vals := make([]float64, m2.Len())
	if err := m2.forward(vals); err != nil {
		t.Fatalf("forward of the requirement: %v", err)
	}
	if got := vals[m2.Goal()]; !near(got, res.Goal()) {
		t.Errorf("forward of the requirement of %s = %v, want the goal %v", n.ID, got, res.Goal())
	}
}

func TestFourOperationsErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		spec   Spec
		target string
		code   Code
		node   string
	}{
		{"denominator 0", with(velocity(), func(s *Spec) { node(s, "cycle_days").Value = 0 }), "opportunities", ZeroDivisor, "cycle_days"},
		{"numerator 0", with(velocity(), func(s *Spec) { node(s, "opportunities").Value = 0 }), "cycle_days", ZeroFactor, "opportunities"},
		{"difference short", with(saas(), func(s *Spec) { node(s, "expansion").Value = 1 }), "churned", DifferenceShort, "net_new"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compile(tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			_, err = m.Solve(tc.target, RoundCeil)
			es := List(err)
			if len(es) != 1 || es[0].Code != tc.code || es[0].Node != tc.node {
				t.Fatalf("Solve(%s) = %v, want code %d on %s", tc.target, err, tc.code, tc.node)
			}
		})
	}
}

// Property: for random trees of every operation, the forward value of the
// required values reaches the goal, and raising a rate on the path never
// raises the required activity.
func TestFourOperationsProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 10))
	for range 500 {
		s := randomOps(rng)
		m, err := Compile(s)
		if err != nil {
			t.Fatalf("Compile: %v", err)
		}
		res, err := m.Solve("calls", RoundNone)
		if err != nil {
			continue // an unreachable goal is said plainly; checked elsewhere
		}
		for _, x := range res.Required {
			if math.IsInf(x, 0) {
				t.Fatalf("infinite requirement in %+v", s.Nodes)
			}
		}
		checkReaches(t, s, res)
		before := res.Required[res.Target]
		up := with(s, func(s *Spec) { n := node(s, "rate"); n.Value = math.Min(1, n.Value*1.2) })
		m2, _ := Compile(up)
		res2, err := m2.Solve("calls", RoundNone)
		if err == nil && res2.Required[res2.Target] > before*(1+1e-9) {
			t.Fatalf("raising the rate raised the calls needed: %v → %v", before, res2.Required[res2.Target])
		}
	}
}

// randomOps is goal = op(calls × rate, other) with op any of the four and
// other a lever, the activity always on the side that raises the goal.
func randomOps(rng *rand.Rand) Spec {
	ops := []Op{Product, Sum, Difference, Ratio}
	op := ops[rng.IntN(len(ops))]
	other := 1 + rng.Float64()*5
	if op == Sum || op == Difference {
		other = rng.Float64() * 1000
	}
	return Spec{
		Goal:     Goal{Node: "goal", Value: 1000 + rng.Float64()*1e5, Period: Year},
		Calendar: Calendar{Months: 12, WorkingDays: 20, Headcount: 1 + float64(rng.IntN(5)), DaysPerWeek: float64(1 + rng.IntN(7))},
		Nodes: []Node{
			{ID: "goal", Unit: Number, Op: op, Children: []string{"work", "other"}},
			{ID: "other", Unit: Number, Value: other},
			{ID: "work", Unit: Number, Op: Product, Children: []string{"rate", "calls"}},
			{ID: "rate", Unit: Rate, Value: 0.01 + rng.Float64()*0.9},
			{ID: "calls", Unit: Count, Value: 10, Activity: true, Per: Per(rng.IntN(3))},
		},
	}
}

func TestWeeksAndHours(t *testing.T) {
	s := with(outbound(), func(s *Spec) {
		s.Goal = Goal{Node: "revenue", Value: 625_000, Period: Week}
		s.Calendar = Calendar{Months: 12, WorkingDays: 20, Headcount: 1, HoursPerDay: 6}
	})
	res := mustSolve(t, s, "calls", RoundNone)
	g, _ := res.Model.Index("revenue")
	for _, tc := range []struct {
		p    Period
		want float64
	}{{Year, 30_000_000}, {Month, 2_500_000}, {Week, 625_000}, {Day, 125_000}} {
		if got, _ := res.Exact(g, tc.p); !near(got, tc.want) {
			t.Errorf("goal per %s = %v, want %v", tc.p, got, tc.want)
		}
	}
	c, _ := res.Model.Index("calls")
	day, _ := res.Exact(c, RepDay)
	if hour, _ := res.Exact(c, Hour); !near(hour, day/6) {
		t.Errorf("calls an hour = %v, want %v", hour, day/6)
	}
	if got := len(res.Model.Calendar().Periods()); got != len(Periods)+1 {
		t.Errorf("periods with hours = %d", got)
	}
}
