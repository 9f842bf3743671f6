package kpi_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/kpi"
)

// A rate of a balance is the year's; a conversion rate, a share of
// accounts times a revenue per account (no given balance), and any node
// not a rate lever are none.
func TestYearRate(t *testing.T) {
	m, err := kpi.Compile(kpi.Spec{
		Goal:     kpi.Goal{Node: "net", Value: 100_000_000},
		Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 4},
		Nodes: []kpi.Node{
			{ID: "net", Unit: kpi.Currency, Op: kpi.Difference, Children: []string{"gross", "churned"}},
			{ID: "gross", Unit: kpi.Currency, Op: kpi.Sum, Children: []string{"new", "expansion", "repeat"}},
			{ID: "new", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"deals", "acv"}},
			{ID: "deals", Unit: kpi.Count, Op: kpi.Product, Children: []string{"close_rate", "opportunities"}},
			{ID: "close_rate", Unit: kpi.Rate, Op: kpi.Lever, Value: 0.25},
			{ID: "opportunities", Unit: kpi.Count, Op: kpi.Lever, Value: 2, Activity: true},
			{ID: "acv", Unit: kpi.Currency, Op: kpi.Lever, Value: 1_200_000},
			{ID: "expansion", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"opening", "expansion_rate"}},
			{ID: "opening", Unit: kpi.Currency, Op: kpi.Lever, Value: 300_000_000, Given: true},
			{ID: "expansion_rate", Unit: kpi.Rate, Op: kpi.Lever, Value: 0.1},
			{ID: "repeat", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"customers", "repeat_rate", "account_value"}},
			{ID: "customers", Unit: kpi.Count, Op: kpi.Lever, Value: 120},
			{ID: "repeat_rate", Unit: kpi.Rate, Op: kpi.Lever, Value: 0.8},
			{ID: "account_value", Unit: kpi.Currency, Op: kpi.Lever, Value: 600_000},
			{ID: "churned", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"churn_rate", "accounts", "arr_each"}},
			{ID: "churn_rate", Unit: kpi.Rate, Op: kpi.Lever, Value: 0.08},
			{ID: "accounts", Unit: kpi.Count, Op: kpi.Lever, Value: 300, Given: true},
			{ID: "arr_each", Unit: kpi.Currency, Op: kpi.Lever, Value: 1_000_000, Given: true},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		id   string
		want bool
	}{
		{"expansion rate of opening ARR", "expansion_rate", true},
		{"churn rate of accounts × ARR each", "churn_rate", true},
		{"close rate of opportunities, an activity", "close_rate", false},
		{"repeat rate of customers × a revenue per account", "repeat_rate", false},
		{"the balance itself", "opening", false},
		{"a computed amount", "churned", false},
		{"an activity", "opportunities", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			i, ok := m.Index(c.id)
			if !ok {
				t.Fatalf("no node %s", c.id)
			}
			if got := m.YearRate(i); got != c.want {
				t.Errorf("YearRate(%s) = %v, want %v", c.id, got, c.want)
			}
		})
	}
}
