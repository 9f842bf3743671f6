package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// TestGapWhenTheGoalIsMet: a goal the forecast meets exactly leaves no
// row short or ahead. With field team A's goal at its forecast of
// ¥218,700,000, revenue's gap read ¥0 beside deals' -0.1 (72.9 against
// the 73 that 72.9 rounds up to) and meetings' -1 (911.25, written 911,
// against 912). Every preset, every rounding, both languages.
func TestGapWhenTheGoalIsMet(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, id := range ps.IDs() {
		for _, r := range []kpi.Rounding{kpi.RoundCeil, kpi.RoundNearest, kpi.RoundNone} {
			for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
				t.Run(id+"/"+r.String()+"/"+string(l), func(t *testing.T) {
					s := preset(t, id)
					if s.Goal.Period != kpi.Year {
						t.Skip("a goal of another period")
					}
					s.Rounding = r
					a, err := s.Answer()
					if err != nil {
						t.Fatal(err)
					}
					s.Goal.Value = a.Forecast()
					if a, err = s.Answer(); err != nil {
						t.Skip(err) // a goal no lever can be solved for
					}
					for _, row := range report.New(a, l, s.Currency).Rows {
						if row.OnPath && row.Periodic() {
							checked++
							if row.Gap.Value != 0 {
								t.Errorf("%s: required %s, forecast %s, gap %s; want 0", row.ID, row.Required[0].Text, row.Forecast.Text, row.Gap.Text)
							}
						}
					}
				})
			}
		}
	}
	if checked < 20 {
		t.Errorf("%d rows checked; the test is broken", checked)
	}
}
