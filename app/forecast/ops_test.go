package forecast_test

import (
	"math"
	"strconv"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// velocitySpec: opportunities × value × win rate ÷ cycle days is revenue a
// day, times 360 days a year.
func velocitySpec() kpi.Spec {
	return kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 10_000_000, Period: kpi.Month},
		Calendar: kpi.Calendar{Months: 12, WorkingDays: 30, Headcount: 1, CalendarDays: true},
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"velocity", "days"}},
			{ID: "days", Unit: kpi.Number, Value: 360},
			{ID: "velocity", Unit: kpi.Currency, Op: kpi.Ratio, Children: []string{"pipeline", "cycle_days"}},
			{ID: "cycle_days", Unit: kpi.Number, Value: 45, Min: 1, Max: 365},
			{ID: "pipeline", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"opportunities", "deal_value", "win_rate"}},
			{ID: "opportunities", Unit: kpi.Count, Value: 50, Min: 0, Max: 500},
			{ID: "deal_value", Unit: kpi.Currency, Value: 1_000_000},
			{ID: "win_rate", Unit: kpi.Rate, Value: 0.25, Min: 0.01, Max: 1},
		},
	}
}

// netNewSpec: net new ARR = new + expansion − churn, new from weekly
// opportunities per rep.
func netNewSpec() kpi.Spec {
	return kpi.Spec{
		Goal:     kpi.Goal{Node: "net_new", Value: 100_000_000, Period: kpi.Year},
		Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 4},
		Nodes: []kpi.Node{
			{ID: "net_new", Unit: kpi.Currency, Op: kpi.Difference, Children: []string{"added", "churned"}},
			{ID: "added", Unit: kpi.Currency, Op: kpi.Sum, Children: []string{"new_arr", "expansion"}},
			{ID: "new_arr", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"acv", "deals"}},
			{ID: "acv", Unit: kpi.Currency, Op: kpi.Ratio, Children: []string{"contract", "years"}},
			{ID: "contract", Unit: kpi.Currency, Value: 1_800_000},
			{ID: "years", Unit: kpi.Number, Value: 3, Min: 1, Max: 5},
			{ID: "deals", Unit: kpi.Count, Op: kpi.Product, Children: []string{"win_rate", "opportunities"}},
			{ID: "win_rate", Unit: kpi.Rate, Value: 0.25},
			{ID: "opportunities", Unit: kpi.Count, Value: 2, Activity: true, Per: kpi.PerWeek, Ceiling: 20},
			{ID: "expansion", Unit: kpi.Currency, Value: 60_000_000},
			{ID: "churned", Unit: kpi.Currency, Value: 10_000_000},
		},
	}
}

func TestSolveFourOperations(t *testing.T) {
	for _, tc := range []struct {
		name   string
		spec   kpi.Spec
		target string
		pace   float64 // the target's requirement (per rep per day for an activity)
	}{
		{"numerator", velocitySpec(), "opportunities", 60},
		{"denominator", velocitySpec(), "cycle_days", 37.5},
		{"rate below a ratio", velocitySpec(), "win_rate", 0.3},
		{"activity per week below a difference", netNewSpec(), "opportunities", (110_000_000 - 60_000_000) / 600_000.0 / 0.25 / (12 * 20 * 4)},
		{"subtrahend", netNewSpec(), "churned", 600_000*96 + 60_000_000 - 100_000_000},
		{"divisor below a sum", netNewSpec(), "years", 1_800_000 * 96 / (110_000_000 - 60_000_000.0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := compile(t, tc.spec)
			a, err := forecast.Solve(m, tc.target, kpi.RoundNone, forecast.Config{})
			if err != nil {
				t.Fatal(err)
			}
			if !a.Reachable || math.Abs(a.Pace-tc.pace) > 1e-9*tc.pace {
				t.Fatalf("pace = %v (reachable %v), want %v", a.Pace, a.Reachable, tc.pace)
			}
			i, _ := m.Index(tc.target)
			if !m.Node(i).Activity {
				// The plan's answer is the tree's.
				if got := a.Tree.Required[i]; math.Abs(got-a.Pace) > 1e-9*a.Pace {
					t.Errorf("tree %v, plan %v", got, a.Pace)
				}
			}
			// Goal seek on the plan agrees, and its value reaches the goal.
			sk, err := forecast.GoalSeek(m, tc.target, forecast.Config{})
			if err != nil {
				t.Fatal(err)
			}
			want := tc.pace
			if n := m.Node(i); n.Activity {
				want *= m.Calendar().Days(n.Per)
			}
			if math.Abs(sk.Needed-want) > 1e-6*want || math.Abs(sk.Revenue-sk.Goal) > 1e-6*sk.Goal {
				t.Errorf("goal seek needed %v (revenue %v of %v), want %v", sk.Needed, sk.Revenue, sk.Goal, want)
			}
			if !a.Finite() {
				t.Error("answer not finite")
			}
		})
	}
}

func TestFourOperationsRefused(t *testing.T) {
	zero := with(velocitySpec(), "cycle_days", 0)
	zero.Nodes[3].Min, zero.Nodes[3].Max = 0, 0
	m := compile(t, zero)
	_, err := forecast.Solve(m, "opportunities", kpi.RoundCeil, forecast.Config{})
	if es := kpi.List(err); len(es) != 1 || es[0].Code != kpi.ZeroDivisor || es[0].Node != "cycle_days" {
		t.Fatalf("denominator 0: %v", err)
	}
	m = compile(t, with(netNewSpec(), "expansion", 1))
	_, err = forecast.Solve(m, "churned", kpi.RoundCeil, forecast.Config{})
	if es := kpi.List(err); len(es) != 1 || es[0].Code != kpi.DifferenceShort {
		t.Fatalf("difference short: %v", err)
	}
	// Goal seek on a divisor never tries 0.
	sk, err := forecast.GoalSeek(compile(t, with(velocitySpec(), "opportunities", 1)), "cycle_days", forecast.Config{})
	if err == nil || sk.Reachable || sk.Needed >= 1 {
		t.Fatalf("cycle days with one opportunity: %+v, %v", sk, err)
	}
}

func TestTornadoMovesADivisor(t *testing.T) {
	s, err := forecast.Tornado(compile(t, velocitySpec()), "opportunities", forecast.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range s.Bars {
		if b.Lever == forecast.Headcount {
			t.Error("the headcount cannot move a tree without activity, but has a bar")
		}
		if b.Lever == "cycle_days" {
			if math.Abs(b.Down.Value-40.5) > 1e-9 || math.Abs(b.Up.Value-49.5) > 1e-9 {
				t.Errorf("cycle days moved to %v and %v, want 40.5 and 49.5", b.Down.Value, b.Up.Value)
			}
			if !(b.Up.Revenue < b.Down.Revenue) || !(b.Up.Required > b.Down.Required) {
				t.Errorf("a longer cycle should lower revenue and raise the requirement: %+v", b)
			}
		}
	}
}

func TestMonteCarloFourOperations(t *testing.T) {
	for _, spec := range []kpi.Spec{velocitySpec(), netNewSpec()} {
		cfg := forecast.Config{Trials: 500, Seed: 7, Ranges: map[string]forecast.Range{"win_rate": {Won: 25, Of: 100}}}
		b, err := forecast.Run(compile(t, spec), cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, mo := range b.Months {
			for _, v := range []float64{mo.Mean, mo.Revenue.P10, mo.Revenue.P90, mo.Cumulative.P50} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("%s: not finite in month %d: %+v", spec.Goal.Node, mo.Index, mo)
				}
			}
		}
		if b.ProbGoal <= 0 || b.ProbGoal >= 1 {
			t.Errorf("%s: probability %v", spec.Goal.Node, b.ProbGoal)
		}
	}
}

func TestPlanWeekAndHour(t *testing.T) {
	s := outboundSpec()
	s.Goal = kpi.Goal{Node: "revenue", Value: 625_000, Period: kpi.Week}
	s.Calendar.Headcount, s.Calendar.HoursPerDay = 1, 5
	m := compile(t, s)
	a, err := forecast.Solve(m, "calls", kpi.RoundNone, forecast.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if g := a.Goal(); math.Abs(g-30_000_000) > 1e-6 {
		t.Errorf("goal a year = %v, want 30,000,000", g)
	}
	g := m.Goal()
	if w, _ := a.Required(g, kpi.Week); math.Abs(w-625_000) > 1e-6 {
		t.Errorf("goal a week = %v", w)
	}
	c, _ := m.Index("calls")
	d, _ := a.Required(c, kpi.RepDay)
	if h, _ := a.Required(c, kpi.Hour); math.Abs(h-d/5) > 1e-9 {
		t.Errorf("calls an hour = %v, want %v", h, d/5)
	}
}

// Properties over the four operations through the one model: the plan
// with the target at its pace meets the goal, and raising a conversion
// rate never raises the pace.
func TestFourOperationsPlanProperties(t *testing.T) {
	ops := []kpi.Op{kpi.Product, kpi.Sum, kpi.Difference, kpi.Ratio}
	checked := 0
	for k := range 64 {
		op1, op2 := ops[k%4], ops[k/4%4]
		spec := func(rate float64) kpi.Spec {
			return kpi.Spec{
				Goal:     kpi.Goal{Node: "goal", Value: 5000 + float64(k)*700, Period: kpi.Year},
				Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 2},
				Nodes: []kpi.Node{
					{ID: "goal", Unit: kpi.Number, Op: op1, Children: []string{"work", "a"}},
					{ID: "a", Unit: kpi.Number, Value: 1 + float64(k%5)},
					{ID: "work", Unit: kpi.Number, Op: op2, Children: []string{"conv", "b"}},
					{ID: "b", Unit: kpi.Number, Value: 2},
					{ID: "conv", Unit: kpi.Count, Op: kpi.Product, Children: []string{"rate", "calls"}},
					{ID: "rate", Unit: kpi.Rate, Value: rate},
					{ID: "calls", Unit: kpi.Count, Value: 10, Activity: true, Per: kpi.Per(k % 3)},
				},
			}
		}
		cfg := forecast.Config{LagMonths: k % 3, Hires: []forecast.Hire{{Month: 2, Count: 1, RampMonths: 2}}}
		var last float64
		for j, rate := range []float64{0.1, 0.2, 0.4} {
			m := compile(t, spec(rate))
			a, err := forecast.Solve(m, "calls", kpi.RoundNone, cfg)
			if err != nil || !a.Reachable {
				break
			}
			// The plan at the pace meets its goal.
			c, _ := m.Index("calls")
			at := compile(t, with(spec(rate), "calls", a.Pace*m.Calendar().Days(m.Node(c).Per)))
			p, err := forecast.NewPlan(at, "calls", cfg)
			if err != nil || math.Abs(p.Revenue-p.Goal) > 1e-6*p.Goal {
				t.Fatalf("%v(%v): plan at the pace %v lands %v of %v (%v)", op1, op2, a.Pace, p.Revenue, p.Goal, err)
			}
			if j > 0 && a.Pace > last*(1+1e-9) {
				t.Fatalf("%v(%v): raising the rate to %v raised the calls needed from %v to %v", op1, op2, rate, last, a.Pace)
			}
			last = a.Pace
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d answers checked", checked)
	}
}

// A plan shorter or longer than the calendar's year asks the same of each
// period: the tree is solved over the calendar's months, the table splits
// over the plan's (a 6-month plan's year read ¥200,000,000 for a goal of
// ¥100,000,000 a year).
func TestRequiredWhateverThePlanLength(t *testing.T) {
	m := compile(t, outboundSpec())
	g := m.Goal()
	c, _ := m.Index("calls")
	want := map[kpi.Period][2]float64{ // revenue, calls
		kpi.Year:   {100_000_000, 100_000},
		kpi.Month:  {100_000_000.0 / 12, 100_000.0 / 12},
		kpi.Day:    {100_000_000.0 / 240, 100_000.0 / 240},
		kpi.RepDay: {100_000_000.0 / 2400, 100_000.0 / 2400},
	}
	for _, months := range []int{1, 6, 12, 18} {
		t.Run(strconv.Itoa(months)+" months", func(t *testing.T) {
			a, err := forecast.Solve(m, "calls", kpi.RoundNone, forecast.Config{Months: months})
			if err != nil {
				t.Fatal(err)
			}
			for p, w := range want {
				for k, i := range []int{g, c} {
					if got, _ := a.Required(i, p); math.Abs(got-w[k]) > 1e-9*w[k] {
						t.Errorf("node %d, %v: %v, want %v", i, p, got, w[k])
					}
				}
			}
		})
	}
}
