package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// The exact value beside the headline (the page's 「正確な値」 and
// kpisim calc's 「正確には」) writes an amount to the hundredth of its
// unit: solving outbound for the deal size read 1,041,666.666667円.
func TestHeadlineExact(t *testing.T) {
	for _, c := range []struct {
		name   string
		preset string
		solve  string
		lang   i18n.Lang
		figure string
		exact  string
	}{
		{"deal size, ja", "outbound", "unit_price", i18n.Ja, "104.2万円", "1,041,666.67円"},
		{"deal size, en", "outbound", "unit_price", i18n.En, "¥1,041,667", "¥1,041,666.67"},
		{"budget a rep a month, ja", "inside-sales", "", i18n.Ja, "192.4万円", "1,923,076.92円"},
		{"budget a rep a month, en", "inside-sales", "", i18n.En, "¥1,923,077", "¥1,923,076.92"},
		{"a rate in percent", "outbound", "close_rate", i18n.En, "26.05%", "26.0417%"},
		{"a pace", "outbound", "", i18n.Ja, "41.7", "41.6667"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := preset(t, c.preset)
			if c.solve != "" {
				s.Solve = c.solve
			}
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			h := report.New(a, c.lang, s.Currency).Head
			if h.Figure.Text != c.figure || h.Exact != c.exact {
				t.Errorf("headline %q, exact %q; want %q, %q", h.Figure.Text, h.Exact, c.figure, c.exact)
			}
		})
	}
}
