package report_test

import (
	"encoding/csv"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
)

// The plan's CSV holds the plan to 12 significant digits, without binary
// floating point's noise (9600000.000000002): its rows read back give
// every month's figures, the lead months first, and a run's bands only
// where there is one.
func TestWritePlanCSV(t *testing.T) {
	tb := table(t, "field-sales", i18n.Ja) // a sales cycle: lead months
	p := tb.Answer.Plan
	cfg := p.Config
	cfg.Trials, cfg.Seed = 500, 7
	b, err := forecast.Run(tb.Answer.Tree.Model, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, bands := range []*forecast.Bands{nil, b} {
		var sb strings.Builder
		if err := tb.WritePlanCSV(&sb, bands); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(sb.String())).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(rows[0], ","); got != "index,year,month,working_days,headcount,planned,required,required_rep_day,revenue,cum_revenue,goal,cum_goal,cum_p10,cum_p50,cum_p90,on_track" {
			t.Fatalf("head %s", got)
		}
		months := append(append([]forecast.Month(nil), p.Lead...), p.Months...)
		if len(p.Lead) == 0 || len(rows) != 1+len(months) {
			t.Fatalf("%d rows for %d lead and %d plan months", len(rows)-1, len(p.Lead), len(p.Months))
		}
		num := func(s string) float64 {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			return v
		}
		same := func(s string, v float64) bool { return math.Abs(num(s)-v) <= 1e-11*math.Max(1, math.Abs(v)) }
		for i, m := range months {
			r := rows[i+1]
			if num(r[0]) != float64(m.Index) || num(r[2]) != float64(m.Month) || !same(r[6], m.Required) || !same(r[9], m.CumRevenue) || !same(r[11], m.CumGoal) {
				t.Errorf("row %d %v, month %+v", i, r, m)
			}
			for _, cell := range r {
				if digits := strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(cell), "0"); len(digits) > 12 {
					t.Errorf("row %d: %s has %d significant digits", i, cell, len(digits))
				}
			}
			banded := bands != nil && m.Index >= 0
			if (r[12] != "") != banded || (r[15] != "") != banded {
				t.Errorf("row %d bands %v, want bands %v", i, r[12:], banded)
			}
			if banded && !same(r[13], bands.Months[m.Index].Cumulative.P50) {
				t.Errorf("row %d P50 %s, want %v", i, r[13], bands.Months[m.Index].Cumulative.P50)
			}
		}
	}
}
