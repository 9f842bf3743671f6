package scenario_test

import (
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// The importer is told which KPIs rows do not add up to: rates, and the
// values that are no flow (a price, a balance, contract years, the ACV
// they make); a count or an amount a month adds up.
func TestImportNodesLevels(t *testing.T) {
	for _, c := range []struct {
		preset       string
		level, rates []string
	}{
		{"outbound", []string{"unit_price"}, []string{"close_rate", "meeting_rate", "appointment_rate"}},
		{"saas-revenue", []string{"acv", "contract_value", "contract_years", "opening_arr", "renewing_arr"}, []string{"close_rate", "expansion_rate", "churn_rate"}},
	} {
		t.Run(c.preset, func(t *testing.T) {
			s, err := presets(t).Get(c.preset)
			if err != nil {
				t.Fatal(err)
			}
			var level, rates []string
			for _, n := range s.ImportNodes() {
				if n.Level {
					level = append(level, n.ID)
				}
				if n.Rate {
					rates = append(rates, n.ID)
				}
			}
			slices.Sort(level)
			slices.Sort(rates)
			want, wantRates := slices.Sorted(slices.Values(c.level)), slices.Sorted(slices.Values(c.rates))
			if !slices.Equal(level, want) || !slices.Equal(rates, wantRates) {
				t.Errorf("levels %q, rates %q; want %q, %q", level, rates, want, wantRates)
			}
			if c.preset != "outbound" {
				return
			}
			res, _ := s.ImportCSV([]byte("Month,Average deal size,Deals won\n2026-04,1000000,3\n2026-04,1000000,4\n"))
			if !slices.ContainsFunc(res.Problems, func(p actuals.Problem) bool { return p.Code == actuals.LevelRows }) {
				t.Errorf("two rows of one month's deal size: problems %+v", res.Problems)
			}
		})
	}
}
