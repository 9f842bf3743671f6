package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
)

// A currency typed into an actual that is no amount is refused at its
// cell, naming it, and nothing is entered: 12万円 of deals read 120,000
// deals won. An amount takes its 円 as before.
func TestActualMoneyOnlyForAmounts(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.Ja, "受注件数（2026年4月）: 「12万円」は金額です。この項目は金額ではないため、通貨なしの数値で入力してください。"},
		{i18n.En, `Deals won (Apr 2026): "12万円" is an amount; this is no amount: enter a number without a currency.`},
	} {
		m := newModel(t, c.lang)
		m.SetStartYear("2026")
		m.SetActual(2026, time.April, 0, "deals", "12万円")
		m.SetActual(2026, time.April, 0, "revenue", "600万円")
		y := m.YearView()
		if len(y.EntryErrs) != 1 || !strings.HasPrefix(y.EntryErrs[0], c.want) {
			t.Errorf("%s: %q, want %q", c.lang, y.EntryErrs, c.want)
		}
		if len(m.Scenario.Actuals) != 1 || m.Scenario.Actuals[0].Node != "revenue" || m.Scenario.Actuals[0].Value != 6_000_000 {
			t.Errorf("%s: actuals %+v, want the revenue alone", c.lang, m.Scenario.Actuals)
		}
	}
}

// A count that is no whole number is refused at its cell, as the CSV
// import and a file refuse it: 3.5 deals typed counted ¥2,800,000 at a
// ¥800,000 deal size, where the same June imported was left out. A whole
// count and a rate's fraction are taken.
func TestActualCountWhole(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.Ja, "受注件数（2026年6月）: 「3.5」は整数ではありません。件数は整数で入力してください。 前の値3のまま計算しています。"},
		{i18n.En, `Deals won (Jun 2026): "3.5" is not a whole number; a count is entered as one. The last value, 3, still counts.`},
	} {
		m := newModel(t, c.lang)
		m.SetStartYear("2026")
		m.SetActual(2026, time.June, 0, "deals", "3")
		m.SetActual(2026, time.June, 0, "deals", "3.5")
		m.SetActual(2026, time.June, 0, "close_rate", "25.5%")
		y := m.YearView()
		if len(y.EntryErrs) != 1 || y.EntryErrs[0] != c.want {
			t.Errorf("%s: %q, want %q", c.lang, y.EntryErrs, c.want)
		}
		if len(m.Scenario.Actuals) != 2 {
			t.Fatalf("%s: actuals %+v, want the 3 deals and the rate", c.lang, m.Scenario.Actuals)
		}
		for _, a := range m.Scenario.Actuals {
			if a.Node == "deals" && a.Value != 3 {
				t.Errorf("%s: deals %v, want the 3 typed before", c.lang, a.Value)
			}
		}
	}
}
