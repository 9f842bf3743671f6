package report_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestLeanNote: when half the Monte Carlo runs land a tenth or more away
// from the forecast, the note says where, and names the range that moves
// them, in the page's language; a plan whose runs centre on the forecast
// has no note.
func TestLeanNote(t *testing.T) {
	cases := []struct {
		name   string
		preset string
		lang   i18n.Lang
		set    map[string]forecast.Range // ranges replaced
		want   []string                  // "" for no note
	}{
		{"inside sales' cost per lead, en", "inside-sales", i18n.En, nil, []string{
			"Half the runs land under ¥51,500,000, short of the forecast of ¥74,880,000, which takes every planned value as it is: ",
			"the range of cost per lead (CPA), ¥5,000–¥22,500, centres on ¥11,000, not on the planned ¥7,500."}},
		{"inside sales' cost per lead, ja", "inside-sales", i18n.Ja, nil, []string{
			"試行の半分は5,150万円未満で、計画値どおりの予測7,488万円に届きません。",
			"リード獲得単価（CPA）の幅（5,000円〜22,500円）の中央が、計画値の7,500円ではなく11,000円にあるためです。"}},
		{"a range centred on the plan", "outbound", i18n.En, nil, []string{""}},
		{"a history better than the plan, over", "outbound", i18n.En,
			map[string]forecast.Range{"appointment_rate": {Won: 60, Of: 2000}}, []string{
				"Half the runs land over ¥14", "beyond the forecast of ¥96,000,000",
				": appointment rate's history, 60 of 2,000, centres on 3.03%, not on the planned 2%."}},
		{"a history, ja", "outbound", i18n.Ja,
			map[string]forecast.Range{"appointment_rate": {Won: 60, Of: 2000}}, []string{
				"計画値どおりの予測9,600万円を上回ります。アポイント獲得率の実績（2,000件中60件）の中央が、計画値の2%ではなく3.03%にあるためです。"}},
		{"no one range explains it", "outbound", i18n.En, map[string]forecast.Range{
			"close_rate":       {Low: 0.15, Likely: 0.25, High: 0.27},
			"meeting_rate":     {Low: 0.10, Likely: 0.20, High: 0.22},
			"appointment_rate": {Won: 36, Of: 2000},
		}, []string{"Half the runs land under ¥", ", short of the forecast of ¥96,000,000, which takes every planned value as it is."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := preset(t, c.preset)
			ranges := map[string]forecast.Range{}
			for id, r := range s.Forecast.Ranges {
				ranges[id] = r
			}
			for id, r := range c.set {
				ranges[id] = r
			}
			s.Forecast.Ranges = ranges
			m, err := s.Model()
			if err != nil {
				t.Fatal(err)
			}
			s.Forecast.Trials = 10000
			b, err := forecast.Run(m, s.Forecast)
			if err != nil {
				t.Fatal(err)
			}
			got := report.LeanNote(i18n.Format{Lang: c.lang, Currency: s.Currency}, m, s.Forecast, b)
			for _, w := range c.want {
				if w == "" && got != "" || !strings.Contains(got, w) {
					t.Errorf("note %q, want it to hold %q", got, w)
				}
			}
		})
	}
}

// A median of 0 (a close rate of 0.001 %: no run closes a deal) is no
// "half the runs land under ¥0".
func TestLeanNoteMedianZero(t *testing.T) {
	s := preset(t, "outbound")
	m, err := s.Model()
	if err != nil {
		t.Fatal(err)
	}
	b := &forecast.Bands{Months: []forecast.Band{{CumForecast: 3840}}}
	if got := report.LeanNote(i18n.Format{Lang: i18n.En, Currency: "JPY"}, m, s.Forecast, b); got != "" {
		t.Errorf("note %q", got)
	}
}
