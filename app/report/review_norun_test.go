package report_test

import (
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// A re-forecast made without its Monte Carlo run (forecast.NoRun, kpisim
// forecast -trials 0) has no chance to write: Prob is empty in both
// languages, never the "0%" its unset ProbGoal would read as, even with the
// goal met by the actuals (which a run writes as certain). With the run it
// is the chance.
func TestRefitNoRunNoChance(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		opts      []forecast.RefitOption
		lang      i18n.Lang
		want      string
	}{
		{"ja, no run", "年月,売上\n2026年4月,6000000\n", []forecast.RefitOption{forecast.NoRun}, i18n.Ja, ""},
		{"en, no run", "Month,Revenue\n2026-04,6000000\n", []forecast.RefitOption{forecast.NoRun}, i18n.En, ""},
		{"en, no run, the goal met", "Month,Revenue\n2026-04,120000000\n", []forecast.RefitOption{forecast.NoRun}, i18n.En, ""},
		{"en, the goal met, a run", "Month,Revenue\n2026-04,120000000\n", nil, i18n.En, "100%"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := refitOf(t, "outbound", tc.csv)
			rf, err := s.RefitOn(time.Time{}, tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if got := report.NewRefit(rf, tc.lang, s.Currency).Prob; got != tc.want {
				t.Errorf("Prob %q, want %q", got, tc.want)
			}
		})
	}
}
