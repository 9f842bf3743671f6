package kpi_test

import (
	"fmt"

	"github.com/kpisim/kpisim/app/kpi"
)

// The article's worked example: 100,000,000 JPY a year at 1,000,000 a deal
// and a 25 % close rate needs 25 deals and 100 opportunities a quarter,
// about 33 opportunities a month (34 under the ceil policy).
func ExampleModel_Solve() {
	m, err := kpi.Compile(kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 100_000_000, Period: kpi.Year},
		Calendar: kpi.DefaultCalendar(),
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"unit_price", "deals"}},
			{ID: "unit_price", Unit: kpi.Currency, Value: 1_000_000},
			{ID: "deals", Unit: kpi.Count, Op: kpi.Product, Children: []string{"close_rate", "opportunities"}},
			{ID: "close_rate", Unit: kpi.Rate, Value: 0.25},
			{ID: "opportunities", Unit: kpi.Count, Value: 1, Activity: true},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := m.Solve("opportunities", kpi.RoundCeil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []string{"deals", "opportunities"} {
		i, _ := m.Index(id)
		q, _ := res.TargetValue(i, kpi.Quarter)
		exact, _ := res.Exact(i, kpi.Month)
		month, _ := res.TargetValue(i, kpi.Month)
		fmt.Printf("%s: %g a quarter, %.2f a month (plan %g)\n", id, q, exact, month)
	}
	// Output:
	// deals: 25 a quarter, 8.33 a month (plan 9)
	// opportunities: 100 a quarter, 33.33 a month (plan 34)
}

// Solving for a rate is the same operation: what close rate do 40 calls a
// rep a day need?
func ExampleModel_Solve_goalSeek() {
	m, _ := kpi.Compile(kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 100_000_000},
		Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 10},
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"unit_price", "deals"}},
			{ID: "unit_price", Unit: kpi.Currency, Value: 1_000_000},
			{ID: "deals", Unit: kpi.Count, Op: kpi.Product, Children: []string{"close_rate", "meetings"}},
			{ID: "close_rate", Unit: kpi.Rate, Value: 0.25},
			{ID: "meetings", Unit: kpi.Count, Op: kpi.Product, Children: []string{"meeting_rate", "calls"}},
			{ID: "meeting_rate", Unit: kpi.Rate, Value: 0.004},
			{ID: "calls", Unit: kpi.Count, Value: 40, Activity: true},
		},
	})
	res, err := m.Solve("close_rate", kpi.RoundNone)
	if err != nil {
		fmt.Println(err)
		return
	}
	i, _ := m.Index("close_rate")
	fmt.Printf("close rate needed: %.2f%%\n", res.Required[i]*100)
	// Output:
	// close rate needed: 26.04%
}
