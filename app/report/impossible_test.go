package report_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// More deals won than opportunities in a month is named with its month,
// both counts and the rule, in both languages; the funnel reads April's
// close rate, not 15,625,010.94 %; the review grades no rate of it.
func TestImpossibleMonth(t *testing.T) {
	csv := "Month,Calls,First meetings,Opportunities,Deals won,Revenue\n" +
		"April 2026,8000,160,32,8,8000000\nMay 2026,8000,160,32,9999999,8000000\n"
	s, rf := refitOf(t, "outbound", csv)
	for _, c := range []struct {
		lang i18n.Lang
		note []string
	}{
		{i18n.Ja, []string{"2026年5月", "受注件数（9,999,999）", "商談数（32）", "受注率が100%を超えます"}},
		{i18n.En, []string{"May 2026", "deals won (9,999,999)", "opportunities (32)", "close rate above 100%"}},
	} {
		r := report.NewRefit(rf, c.lang, s.Currency)
		for _, w := range c.note {
			if !strings.Contains(r.Impossible, w) {
				t.Errorf("%s: the note %q lacks %q", c.lang, r.Impossible, w)
			}
		}
		for _, st := range r.Steps {
			if strings.Contains(st.Observed, ",") && strings.HasSuffix(st.Observed, "%") {
				t.Errorf("%s: %s observed %s", c.lang, st.Label, st.Observed)
			}
		}
		rv := report.NewReview(rf, s.Actuals, false, c.lang, s.Currency)
		for _, row := range rv.Rows {
			if row.Label == r.Steps[1].Label && (row.Rate != "—" || row.Text != c.lang.T("review.check")) {
				t.Errorf("%s: the review grades %s %s as %q %q", c.lang, row.Label, row.Actual, row.Rate, row.Text)
			}
		}
	}
}

// A week typed before it begins is named as a month typed ahead is.
func TestAheadWeekNamed(t *testing.T) {
	s := in2026(t, "outbound")
	if err := s.SetActuals(forecast.Actuals{
		{Year: 2026, Month: 11, Node: "revenue", Value: 8_000_000},
		{Year: 2026, Month: 12, Week: 4, Node: "revenue", Value: 1_000_000},
	}); err != nil {
		t.Fatal(err)
	}
	rf, err := s.RefitOn(time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), forecast.NoRun)
	if err != nil {
		t.Fatal(err)
	}
	for l, want := range map[i18n.Lang]string{
		i18n.Ja: "2026年12月の第4週はまだ始まっていないため（今日は2026年12月7日）、入っている実績は残したまま数えていません。始まると数えます。",
		i18n.En: "Week 4 of Dec 2026 has not begun (today is 7 Dec 2026): its actuals are kept but not counted until it does.",
	} {
		if got := report.AheadNote(rf, l); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}
