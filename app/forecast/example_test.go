package forecast_test

import (
	"fmt"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// exampleModel is the default preset: 100,000,000 a year from 40 calls a
// rep a day (10 reps, 20 days), 2 % to a meeting, 20 % to an opportunity,
// 25 % closed at 1,000,000 a deal: 96,000,000 forecast.
func exampleModel() *kpi.Model {
	m, err := kpi.Compile(outboundSpec())
	if err != nil {
		panic(err)
	}
	return m
}

// A new team with a two-month sales cycle: it makes no calls before the
// year (November and December need nothing), so January and February land
// nothing, and what is called in the last two months lands after the year;
// the ten months that land carry the year at 50 calls a rep a day.
func ExampleNewPlan() {
	p, err := forecast.NewPlan(exampleModel(), "calls", forecast.Config{LagMonths: 2, NewTeam: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	show := func(mo forecast.Month) {
		fmt.Printf("%-9s calls %5.0f need %5.0f (%4.1f/rep/day)  revenue %3.0fM  to date %3.0fM of %3.0fM\n",
			mo.Month, mo.Planned, mo.Required, mo.RequiredPerRepDay, mo.Revenue/1e6, mo.CumRevenue/1e6, mo.CumGoal/1e6)
	}
	for _, mo := range p.Lead {
		show(mo)
	}
	for _, mo := range p.Months[:3] {
		show(mo)
	}
	show(p.Months[11])
	fmt.Printf("forecast %.0fM of %.0fM; %.0f calls needed, %.1f a rep a day\n", p.Revenue/1e6, p.Goal/1e6, p.Required, p.RequiredPerRepDay)
	// Output:
	// November  calls     0 need     0 ( 0.0/rep/day)  revenue   0M  to date   0M of   0M
	// December  calls     0 need     0 ( 0.0/rep/day)  revenue   0M  to date   0M of   0M
	// January   calls  8000 need 10000 (50.0/rep/day)  revenue   0M  to date   0M of   8M
	// February  calls  8000 need 10000 (50.0/rep/day)  revenue   0M  to date   0M of  17M
	// March     calls  8000 need 10000 (50.0/rep/day)  revenue   8M  to date   8M of  25M
	// December  calls  8000 need     0 ( 0.0/rep/day)  revenue   8M  to date  80M of 100M
	// forecast 80M of 100M; 100000 calls needed, 50.0 a rep a day
}

// A seasonal goal: the year of the issue, in 万円, spreads a goal of
// 120,000,000 exactly.
func ExampleConfig_seasonality() {
	m, _ := kpi.Compile(kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 120_000_000},
		Calendar: kpi.DefaultCalendar(),
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"price", "deals"}},
			{ID: "price", Unit: kpi.Currency, Value: 1_000_000},
			{ID: "deals", Unit: kpi.Count, Value: 0.5, Activity: true},
		},
	})
	p, _ := forecast.NewPlan(m, "deals", forecast.Config{
		Seasonality: []float64{300, 200, 2600, 500, 300, 2400, 400, 400, 1800, 300, 400, 2400},
	})
	sum := 0.0
	for _, mo := range p.Months {
		fmt.Printf("%.3s %5.0f万円\n", mo.Month, mo.Goal/10_000)
		sum += mo.Goal
	}
	fmt.Printf("year %.0f\n", sum)
	// Output:
	// Jan   300万円
	// Feb   200万円
	// Mar  2600万円
	// Apr   500万円
	// May   300万円
	// Jun  2400万円
	// Jul   400万円
	// Aug   400万円
	// Sep  1800万円
	// Oct   300万円
	// Nov   400万円
	// Dec  2400万円
	// year 120000000
}

// A Monte Carlo run: a close rate known from history (12 won of 50), a
// three-point meeting rate and ±15 % variability in calls. The seed makes
// the numbers the same everywhere.
func ExampleRun() {
	b, err := forecast.Run(exampleModel(), forecast.Config{
		Ranges: map[string]forecast.Range{
			"close_rate":   {Won: 12, Of: 50},
			"meeting_rate": {Low: 0.15, Likely: 0.20, High: 0.25},
		},
		ActivityCV: map[string]float64{"calls": 0.15},
		Trials:     1000,
		Seed:       2026,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range []int{0, 5, 11} {
		bd := b.Months[k]
		fmt.Printf("%-8s to date P10 %3.0fM  P50 %3.0fM  P90 %3.0fM  (plan %3.0fM)\n", bd.Month,
			bd.Cumulative.P10/1e6, bd.Cumulative.P50/1e6, bd.Cumulative.P90/1e6, bd.CumForecast/1e6)
	}
	fmt.Printf("P(goal) = %.1f%% over %d trials\n", b.ProbGoal*100, b.Trials)
	// Output:
	// January  to date P10   4M  P50   8M  P90  13M  (plan   8M)
	// June     to date P10  29M  P50  47M  P90  66M  (plan  48M)
	// December to date P10  61M  P50  94M  P90 130M  (plan  96M)
	// P(goal) = 41.6% over 1000 trials
}

// A page runs the trials in slices between frames.
func ExampleRunner_Step() {
	r, err := forecast.NewRunner(exampleModel(), forecast.Config{Trials: 10_000, Seed: 1}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for frame := 1; ; frame++ {
		done := r.Step(2500) // one frame's worth
		fmt.Printf("frame %d: %3.0f%%\n", frame, r.Progress()*100)
		if done {
			break
		}
	}
	fmt.Printf("P(goal) = %.1f%%\n", r.Result().ProbGoal*100)
	// Output:
	// frame 1:  25%
	// frame 2:  50%
	// frame 3:  75%
	// frame 4: 100%
	// P(goal) = 35.9%
}

// Each lever ±10 %: every factor of the chain moves revenue by the same
// 10 %, and all but the calls themselves move the calls needed.
func ExampleTornado() {
	s, err := forecast.Tornado(exampleModel(), "calls", forecast.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("base: %.1fM, %.1f calls a rep a day needed\n", s.Base.Revenue/1e6, s.Base.Required)
	for _, b := range s.Bars {
		fmt.Printf("%-18s %5.1fM .. %5.1fM   needs %4.1f .. %4.1f calls\n", b.Lever,
			b.Down.Revenue/1e6, b.Up.Revenue/1e6, b.Down.Required, b.Up.Required)
	}
	// Output:
	// base: 96.0M, 41.7 calls a rep a day needed
	// unit_price          86.4M .. 105.6M   needs 46.3 .. 37.9 calls
	// close_rate          86.4M .. 105.6M   needs 46.3 .. 37.9 calls
	// meeting_rate        86.4M .. 105.6M   needs 46.3 .. 37.9 calls
	// appointment_rate    86.4M .. 105.6M   needs 46.3 .. 37.9 calls
	// calendar.headcount  86.4M .. 105.6M   needs 46.3 .. 37.9 calls
	// calls               86.4M .. 105.6M   needs 41.7 .. 41.7 calls
}

// Goal seek: what one lever must be, the others fixed.
func ExampleGoalSeek() {
	m := exampleModel()
	for _, lever := range []string{"close_rate", "unit_price", forecast.Headcount, "calls"} {
		sk, err := forecast.GoalSeek(m, lever, forecast.Config{})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-18s %12.4f -> %12.4f\n", lever, sk.Current, sk.Value)
	}
	// With a 2-month sales cycle only ten months land: the close rate must
	// carry 20 % more.
	sk, _ := forecast.GoalSeek(m, "close_rate", forecast.Config{LagMonths: 2, NewTeam: true})
	fmt.Printf("with a lag: close rate %.2f%%\n", sk.Value*100)
	// Three times the goal is out of the calls' reach (a ceiling of 100).
	big := outboundSpec()
	big.Goal.Value = 300_000_000
	m, _ = kpi.Compile(big)
	_, err := forecast.GoalSeek(m, "calls", forecast.Config{})
	fmt.Println(err)
	// Output:
	// close_rate               0.2500 ->       0.2604
	// unit_price         1000000.0000 -> 1041666.6667
	// calendar.headcount      10.0000 ->      10.4167
	// calls                   40.0000 ->      41.6667
	// with a lag: close rate 31.25%
	// calls.goal_seek: not reachable under the activity's ceiling: the goal needs 125, above the ceiling 100
}

func ExampleBusinessDays() {
	for _, m := range []time.Month{time.September, time.October} {
		d, _ := forecast.BusinessDays("jp", 2015, m)
		fmt.Println(m, 2015, d)
	}
	// Output:
	// September 2015 19
	// October 2015 21
}

// Seven ramped reps at 85 % and three ramping at 40 % of a 150,000 quota.
func ExampleCapacity() {
	fmt.Println(forecast.Capacity(150_000,
		forecast.Cohort{Reps: 7, Productivity: 0.85},
		forecast.Cohort{Reps: 3, Productivity: forecast.Ramp(1, 5)}))
	// Output: 1.0725e+06
}
