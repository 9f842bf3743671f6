package forecast_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/kpi"
)

// outboundSpec is the default preset (scenarios/outbound.yaml): 100,000,000
// a year from 40 calls a rep a day, 10 reps, 20 working days.
func outboundSpec() kpi.Spec {
	return kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 100_000_000, Period: kpi.Year},
		Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 10},
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"unit_price", "deals"}},
			{ID: "unit_price", Unit: kpi.Currency, Value: 1_000_000, Min: 100_000, Max: 5_000_000},
			{ID: "deals", Unit: kpi.Count, Op: kpi.Product, Children: []string{"close_rate", "opportunities"}},
			{ID: "close_rate", Unit: kpi.Rate, Value: 0.25, Min: 0.01, Max: 1},
			{ID: "opportunities", Unit: kpi.Count, Op: kpi.Product, Children: []string{"meeting_rate", "first_meetings"}},
			{ID: "meeting_rate", Unit: kpi.Rate, Value: 0.20, Min: 0.01, Max: 1},
			{ID: "first_meetings", Unit: kpi.Count, Op: kpi.Product, Children: []string{"appointment_rate", "calls"}},
			{ID: "appointment_rate", Unit: kpi.Rate, Value: 0.02, Min: 0.001, Max: 0.3},
			{ID: "calls", Unit: kpi.Count, Value: 40, Min: 0, Max: 200, Activity: true, Ceiling: 100},
		},
	}
}

// renewalSpec adds a plan total without activity: revenue is new business
// plus 24,000,000 of renewals a year.
func renewalSpec() kpi.Spec {
	return kpi.Spec{
		Goal:     kpi.Goal{Node: "revenue", Value: 60_000_000, Period: kpi.Year},
		Calendar: kpi.Calendar{Months: 12, WorkingDays: 20, Headcount: 4},
		Nodes: []kpi.Node{
			{ID: "revenue", Unit: kpi.Currency, Op: kpi.Sum, Children: []string{"new_revenue", "renewals"}},
			{ID: "renewals", Unit: kpi.Currency, Value: 24_000_000},
			{ID: "new_revenue", Unit: kpi.Currency, Op: kpi.Product, Children: []string{"deal_size", "deals"}},
			{ID: "deal_size", Unit: kpi.Currency, Value: 1_500_000},
			{ID: "deals", Unit: kpi.Count, Op: kpi.Product, Children: []string{"close_rate", "meetings"}},
			{ID: "close_rate", Unit: kpi.Rate, Value: 0.25},
			{ID: "meetings", Unit: kpi.Count, Value: 0.8, Activity: true},
		},
	}
}

func compile(t testing.TB, s kpi.Spec) *kpi.Model {
	t.Helper()
	m, err := kpi.Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// with returns spec with lever id set to v.
func with(s kpi.Spec, id string, v float64) kpi.Spec {
	nodes := append([]kpi.Node(nil), s.Nodes...)
	for i := range nodes {
		if nodes[i].ID == id {
			nodes[i].Value = v
		}
	}
	s.Nodes = nodes
	return s
}

func nan() float64 { return math.NaN() }
func inf() float64 { return math.Inf(1) }
