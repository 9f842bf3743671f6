package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// TestReviewSaysWhatARateDivides: with a sales cycle the monthly review's
// rate from an activity divides the month's result by the activity of
// the cycle earlier, as the re-forecast does, and says so. Team C's
// August read "Appointment rate 9.17%, target 4%" beside 2,800 calls: 110
// meetings ÷ July's 1,200 calls, unsaid. Without a cycle it is the
// month's own and needs no words; the funnel says it divides so too.
func TestReviewSaysWhatARateDivides(t *testing.T) {
	const csv = "Month,Calls,First meetings,Opportunities,Deals won,Revenue\n" +
		"2026-04,2900,116,35,8,12000000\n2026-05,2700,100,30,7,10500000\n2026-06,1500,45,12,3,4500000\n" +
		"2026-07,1200,36,10,2,3000000\n2026-08,2800,110,33,6,9000000\n"
	for _, c := range []struct {
		name        string
		lang        i18n.Lang
		lag         float64
		rate, basis string
		steps       string
	}{
		{"1-month cycle, en", i18n.En, 1, "9.17%", "110 first meetings in Aug 2026 ÷ 1,200 calls in Jul 2026",
			"With the sales cycle (1 month), a step from an activity divides what it led to by the activity 1 month earlier (as the monthly review does)."},
		{"1-month cycle, ja", i18n.Ja, 1, "9.17%", "2026年8月の初回商談数（アポ）110 ÷ 2026年7月の架電数1,200",
			"商談期間（1か月）があるため、行動からの転換率は、その結果を1か月前の行動で割っています（月次レビューも同じ）。"},
		{"no cycle, en", i18n.En, 0, "3.93%", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps, err := scenario.LoadPresets(scenarios.FS)
			if err != nil {
				t.Fatal(err)
			}
			s, _ := ps.Get("outbound")
			s = s.Clone()
			for k, v := range map[string]float64{scenario.KeyStartYear: 2026, scenario.KeyLag: c.lag} {
				if err := s.Set(k, v); err != nil {
					t.Fatal(err)
				}
			}
			rf := refitWith(t, s, csv)
			rv := report.NewReview(rf, s.Actuals, false, c.lang, s.Currency)
			found := false
			for _, r := range rv.Rows {
				if r.Actual == c.rate {
					found = true
					if r.Basis != c.basis {
						t.Errorf("%s %s: basis %q, want %q", r.Label, r.Actual, r.Basis, c.basis)
					}
				}
			}
			if !found {
				t.Errorf("no row reads %s: %+v", c.rate, rv.Rows)
			}
			if got := report.NewRefit(rf, c.lang, s.Currency).StepsLag; got != c.steps {
				t.Errorf("funnel note %q, want %q", got, c.steps)
			}
		})
	}
}
