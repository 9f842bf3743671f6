package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// TestBasis: with a sales cycle the required table says which months its
// quarter, month, week and day are over, in both languages; without one
// it says nothing.
func TestBasis(t *testing.T) {
	for _, c := range []struct {
		name string
		lang i18n.Lang
		set  map[string]float64
		want string
	}{
		{"no sales cycle", i18n.En, nil, ""},
		{"new team, 1-month cycle, en", i18n.En, map[string]float64{"forecast.lag_months": 1, "forecast.new_team": 1},
			"A quarter's, a month's, a week's and a day's needs are over the 11 months whose activity lands in the plan (Apr to Feb, 220 working days)."},
		{"new team, 1-month cycle, ja", i18n.Ja, map[string]float64{"forecast.lag_months": 1, "forecast.new_team": 1},
			"四半期・月・週・営業日あたりの必要数は、計画期間内に売上になる行動の11か月（4月〜2月、220営業日）で割った値です。"},
		{"2-month cycle, en", i18n.En, map[string]float64{"forecast.lag_months": 2},
			"A quarter's, a month's, a week's and a day's needs are over the 12 months whose activity lands in the plan (Feb to Jan, 240 working days)."},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tableWith(t, "outbound", c.lang, c.set).Basis(); got != c.want {
				t.Errorf("basis %q, want %q", got, c.want)
			}
		})
	}
}
