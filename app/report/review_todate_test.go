package report_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestReviewToDateGrid: a month to date's count target is rounded on the
// grid its figure is written on, as a week's is (2.27 deals is 2.3): it was
// rounded up to a whole unit, and December to the 7th of 10 deals, 2.17,
// read 3 (38 % too high). The outbound plan needs 8.33 deals a month;
// August 2026 has 21 working days, 3 of them by the 5th (1.19 deals: 1.2,
// where it read 2) and 10 by the 14th (3.97: 4.0, written 4). A month over
// keeps whole targets.
func TestReviewToDateGrid(t *testing.T) {
	csv := "月,売上,受注件数\n2026年4月,8000000,8\n2026年8月,1000000,1\n"
	for _, tc := range []struct {
		name  string
		today time.Time
		lang  i18n.Lang
		want  string // the deals' target
	}{
		{"August 5: 3 of 21 working days", time.Date(2026, 8, 5, 18, 0, 0, 0, time.UTC), i18n.Ja, "1.2"},
		{"August 14: 10 of 21", time.Date(2026, 8, 14, 18, 0, 0, 0, time.UTC), i18n.En, "4"},
		{"August over", time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC), i18n.En, "9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, rf := refitOn(t, "outbound", csv, tc.today)
			rv := report.NewReview(rf, s.Actuals, false, tc.lang, s.Currency)
			for _, r := range rv.Rows {
				if r.Label == s.Node("deals").Label.In(string(tc.lang)) {
					if r.Target != tc.want {
						t.Errorf("%s: deals' target %q, want %q", rv.Period, r.Target, tc.want)
					}
					if strings.Contains(tc.want, ".") && r.Rate == "100%" {
						t.Errorf("rate %s", r.Rate)
					}
					return
				}
			}
			t.Fatalf("%s: no deals row in %+v", rv.Period, rv.Rows)
		})
	}
}
