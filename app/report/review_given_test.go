package report_test

import (
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// A rate the file gives as it is, without the counts it comes from (a
// CRM's close rate by month or week), is reviewed as given; it was left
// out. The counts, when the period has them, still come first.
func TestReviewRateAsGiven(t *testing.T) {
	for _, c := range []struct {
		name, csv    string
		weekly       bool
		actual, rate string // the close rate's row
		status       report.Status
	}{
		{"a month's rate", "Month,Close rate,Revenue\nApril 2026,20%,6000000\nMay 2026,22%,7000000\n", false, "22%", "88%", report.OffTrack},
		{"a week's rate", "Week,Close rate,Opportunities\n2026-04-06,30%,9\n2026-04-13,24%,9\n", true, "24%", "96%", report.AtRisk},
		{"the counts before the rate", "Month,Close rate,Deals won,Opportunities\nApril 2026,20%,10,40\n", false, "25%", "100%", report.OnTrack},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := in2026(t, "inside-sales")
			if _, a := s.ImportCSV([]byte(c.csv)); s.SetActuals(a) != nil {
				t.Fatal("actuals refused")
			}
			rf, err := s.Refit()
			if err != nil {
				t.Fatal(err)
			}
			rv := report.NewReview(rf, s.Actuals, c.weekly, i18n.En, s.Currency)
			j := slices.IndexFunc(rv.Rows, func(r report.ReviewRow) bool { return r.Label == "Close rate" })
			if j < 0 || rv.Rows[j].Actual != c.actual || rv.Rows[j].Rate != c.rate || rv.Rows[j].Status != c.status {
				t.Errorf("%s: rows %+v, want the close rate at %s (%s of plan)", rv.Period, rv.Rows, c.actual, c.rate)
			}
		})
	}
}

// A price's target is the plan's price, in a week or a month to date as
// in a whole month: a week's share of the month's working days scaled it
// (¥1,000,000 a deal was ¥227,273 in a week of 5 of 22 days), and a deal
// size of ¥950,000 read 418 %, on track.
func TestReviewPriceInAWeek(t *testing.T) {
	for _, c := range []struct {
		name   string
		weekly bool
	}{
		{"a week", true},
		{"a month to date", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := in2026(t, "outbound")
			csv := "Week,Deals won,Average deal size\n2026-04-06,2,950000\n2026-04-13,3,950000\n"
			if _, a := s.ImportCSV([]byte(csv)); s.SetActuals(a) != nil {
				t.Fatal("actuals refused")
			}
			rf, err := s.Refit()
			if err != nil {
				t.Fatal(err)
			}
			rv := report.NewReview(rf, s.Actuals, c.weekly, i18n.En, s.Currency)
			j := slices.IndexFunc(rv.Rows, func(r report.ReviewRow) bool { return r.Label == "Average deal size" })
			if j < 0 || rv.Rows[j].Target != "¥1,000,000" || rv.Rows[j].Rate != "95%" || rv.Rows[j].Status != report.AtRisk {
				t.Errorf("%s: rows %+v, want the deal size at ¥950,000 of ¥1,000,000: 95%%", rv.Period, rv.Rows)
			}
		})
	}
}
