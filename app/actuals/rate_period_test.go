package actuals_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// saasNodes are a SaaS tree's rates: the churn rate of the ARR up for
// renewal is the year's (a rate of a balance), the close rate a
// conversion, the same in any period.
var saasNodes = []actuals.Node{
	{ID: "churn_rate", Ja: "解約率", En: "Churn rate", Rate: true, YearRate: true},
	{ID: "close_rate", Ja: "受注率", En: "Close rate", Rate: true},
	{ID: "churned_arr", Ja: "解約ARR", En: "Churned ARR", Money: true},
}

// A rate of a balance whose header says a month's is read ×12 into the
// plan's year, a quarter's ×4, a year's as written; one that says no
// period is read as the year's; a week's is left out. A CRM's monthly
// churn of 0.7 % had read as 0.7 % a year: a twelfth of the churn, every
// step at plan. A conversion rate's period words only name its column.
func TestRatePeriod(t *testing.T) {
	for _, tc := range []struct {
		name, header, cell string
		node               string
		value              float64 // April's, 0 with a problem
		per                int
		problem            actuals.Code
	}{
		{name: "a month's in brackets", header: "解約率（月次）", cell: "0.7%", node: "churn_rate", value: 0.084, per: 12},
		{name: "a month's before the name", header: "月次解約率", cell: "0.7%", node: "churn_rate", value: 0.084, per: 12},
		{name: "a month's in English", header: "Monthly churn rate", cell: "0.7%", node: "churn_rate", value: 0.084, per: 12},
		{name: "a month's in English brackets", header: "Churn rate (per month)", cell: "0.007", node: "churn_rate", value: 0.084, per: 12},
		{name: "a quarter's", header: "Quarterly churn rate", cell: "2%", node: "churn_rate", value: 0.08, per: 4},
		{name: "a year's said", header: "解約率（年率）", cell: "8%", node: "churn_rate", value: 0.08, per: 1},
		{name: "no period: the year's", header: "Churn rate", cell: "8%", node: "churn_rate", value: 0.08},
		{name: "a week's is left out", header: "Churn rate (weekly)", cell: "0.2%", node: "churn_rate", problem: actuals.WeekRate},
		{name: "a month's over 100% a year", header: "月次解約率", cell: "10%", node: "churn_rate", problem: actuals.RateAbove},
		{name: "a monthly close rate is the close rate", header: "月次受注率", cell: "20%", node: "close_rate", value: 0.2},
		{name: "a close rate in brackets too", header: "Close rate (monthly)", cell: "20%", node: "close_rate", value: 0.2},
		{name: "a word that only starts like one", header: "Monthlyx churn rate", cell: "1%", problem: actuals.UnknownColumn},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Churned ARR beside it, so that the file always names a KPI.
			res := actuals.ParseBytes([]byte("Month,"+tc.header+",解約ARR\n2026-04,"+tc.cell+",2000000\n"), saasNodes)
			if tc.problem != 0 {
				if len(res.Problems) != 1 || res.Problems[0].Code != tc.problem {
					t.Fatalf("problems %v, want one of code %d", res.Problems, tc.problem)
				}
				// A column left out leaves the row's other values; a value
				// refused leaves the row out whole.
				if tc.problem == actuals.RateAbove {
					if len(res.Entries) != 0 {
						t.Errorf("entries %v, want none: the row is left out", res.Entries)
					}
				} else if len(res.Entries) != 1 || res.Entries[0].Node != "churned_arr" {
					t.Errorf("entries %v, want churned ARR's alone", res.Entries)
				}
				return
			}
			if len(res.Problems) != 0 {
				t.Fatalf("problems %v", res.Problems)
			}
			if len(res.Entries) != 2 || res.Entries[0].Node != tc.node || math.Abs(res.Entries[0].Value-tc.value) > 1e-12 {
				t.Fatalf("entries %+v, want %s %v", res.Entries, tc.node, tc.value)
			}
			if len(res.Columns) != 2 || res.Columns[0].Per != tc.per {
				t.Errorf("columns %+v, want Per %d", res.Columns, tc.per)
			}
			if len(res.Scaled()) != 0 {
				t.Errorf("a rate's period is not a unit's scale: Scaled %+v", res.Scaled())
			}
		})
	}
}

// A long form's metric says its period as a column's header does.
func TestRatePeriodLongForm(t *testing.T) {
	res := actuals.ParseBytes([]byte("Month,Metric,Value\n2026-04,月次解約率,0.5%\n2026-04,解約ARR,1500000\n"), saasNodes)
	if len(res.Problems) != 0 {
		t.Fatalf("problems %v", res.Problems)
	}
	got := map[string]float64{}
	for _, e := range res.Entries {
		got[e.Node] = e.Value
	}
	if math.Abs(got["churn_rate"]-0.06) > 1e-12 || got["churned_arr"] != 1_500_000 {
		t.Errorf("entries %v, want churn_rate 0.06 and churned_arr 1,500,000", got)
	}
	if len(res.Metrics) != 1 || res.Metrics[0].Per != 12 {
		t.Errorf("metrics %+v, want the churn rate's at Per 12", res.Metrics)
	}
}
