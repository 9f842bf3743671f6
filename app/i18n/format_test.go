package i18n_test

import (
	"math"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

func TestFormatValue(t *testing.T) {
	ja := i18n.Format{Lang: i18n.Ja, Currency: "JPY"}
	en := i18n.Format{Lang: i18n.En, Currency: "JPY"}
	usd := i18n.Format{Lang: i18n.En, Currency: "USD"}
	for _, c := range []struct {
		name     string
		f        i18n.Format
		u        kpi.Unit
		periodic bool
		p        kpi.Period
		v        float64
		want     string
	}{
		{"money half up, not to even", usd, kpi.Currency, true, kpi.Year, 9562.5, "$9,563"},
		{"money half up below 1,000", usd, kpi.Currency, true, kpi.Year, 2.345, "$2.35"},
		{"negative money", en, kpi.Currency, true, kpi.Year, -4_000_000, "-¥4,000,000"},
		{"yen in 万 in Japanese", ja, kpi.Currency, true, kpi.Month, 8_333_333.33, "833.3万円"},
		{"no -0 for a tiny negative", en, kpi.Count, true, kpi.Year, -1e-9, "0"},
		{"no -0 for money", usd, kpi.Currency, true, kpi.Year, -0.001, "$0"},
		{"count per rep per day keeps its tenth", en, kpi.Count, true, kpi.RepDay, 0.9, "0.9"},
		{"count per day keeps its tenth from 100", en, kpi.Count, true, kpi.Day, 416.7, "416.7"},
		{"count per month is whole from 100", en, kpi.Count, true, kpi.Month, 8334, "8,334"},
		{"a count goal is a count, not money", en, kpi.Count, true, kpi.Year, 168, "168"},
		{"rate", ja, kpi.Rate, false, kpi.Year, 0.2604166, "26.04%"},
		{"NaN never shows as a number", en, kpi.Number, false, kpi.Year, math.NaN(), "—"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.Value(c.u, c.periodic, c.p, c.v); got != c.want {
				t.Errorf("Value(%v, %v) = %q, want %q", c.u, c.v, got, c.want)
			}
		})
	}
}

func TestShare(t *testing.T) {
	for v, want := range map[float64]string{-0.04: "-4%", 0.125: "+12.5%", 0: "0%", -0.00001: "0%", 0.00001: "0%"} {
		if got := i18n.Share(v); got != want {
			t.Errorf("Share(%v) = %q, want %q", v, got, want)
		}
	}
}
