package forecast_test

import (
	"fmt"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// Seven months in, deals close at half the planned rate: the re-forecast
// names the leak, what the months left need per rep per day and the
// chance of the goal. Its forecast counts the five months left at the
// close rate seen (36 of 282 with no stated range): ¥3.5M to date and
// ¥2.55M to come, a gap of ¥5.95M, where the plan's rate would say ¥3.5M.
func ExampleRefit() {
	m, err := kpi.Compile(kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 12_000_000, Period: kpi.Year},
		Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 2},
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"deal_size", "deals"}},
			{ID: "deal_size", Unit: kpi.Currency, Value: 100_000},
			{ID: "deals", Unit: kpi.Count, Op: kpi.Product, Children: []string{"close_rate", "meetings"}},
			{ID: "close_rate", Unit: kpi.Rate, Value: 0.25},
			{ID: "meetings", Unit: kpi.Count, Value: 1, Activity: true, Ceiling: 3},
		},
	})
	if err != nil {
		panic(err)
	}
	cfg := forecast.Config{StartMonth: 4, StartYear: 2026, Trials: 2000, Seed: 1}
	var acts forecast.Actuals
	for mo := 4; mo <= 10; mo++ {
		acts = append(acts,
			forecast.Actual{Year: 2026, Month: timeMonth(mo), Node: "meetings", Value: 40},
			forecast.Actual{Year: 2026, Month: timeMonth(mo), Node: "deals", Value: 5},
			forecast.Actual{Year: 2026, Month: timeMonth(mo), Node: "revenue", Value: 500_000})
	}
	rf, err := forecast.Refit(m, "meetings", kpi.RoundCeil, cfg, acts)
	if err != nil {
		panic(err)
	}
	leak := rf.Steps[rf.Leak]
	fmt.Printf("achievement %.1f%%, gap %.0f\n", rf.Achievement*100, rf.Gap)
	fmt.Printf("leak: %s %.1f%% against %.0f%% planned\n", m.Node(leak.Lever).ID, leak.Observed*100, leak.Planned*100)
	fmt.Printf("from now on: %.1f meetings a rep a day (ceiling %g, over: %v)\n", rf.Pace, rf.Ceiling, rf.Over)
	fmt.Printf("chance of the goal: %.0f%%\n", rf.ProbGoal*100)
	// Output:
	// achievement 50.0%, gap -5946809
	// leak: close_rate 12.5% against 25% planned
	// from now on: 3.3 meetings a rep a day (ceiling 3, over: true)
	// chance of the goal: 0%
}

func timeMonth(m int) time.Month { return time.Month(m) }
