package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// TestForecastCardPlanSpan: the forecast card's figures are per year; a
// plan of 24 months says so, with its own totals, which the monthly plan
// and the probability count. A plan of 12 months says nothing.
func TestForecastCardPlanSpan(t *testing.T) {
	for _, c := range []struct {
		name   string
		lang   i18n.Lang
		months int
		want   string
	}{
		{"a year en", i18n.En, 12, ""},
		{"a year ja", i18n.Ja, 12, ""},
		{"two years en", i18n.En, 24, "Per year: the plan's 24 months scaled to twelve. Over the 24 months, the forecast is ¥192,000,000 against a goal of ¥200,000,000."},
		{"two years ja", i18n.Ja, 24, "1年あたりの値です（計画の24か月を12か月に換算）。24か月全体では予測1億9,200万円、目標2億円です。"},
		{"half a year en", i18n.En, 6, "Per year: the plan's 6 months scaled to twelve. Over the 6 months, the forecast is ¥48,000,000 against a goal of ¥50,000,000."},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			m.Scenario.Forecast.Months = c.months
			v := m.View()
			if v.Forecast.Span != c.want {
				t.Errorf("span %q, want %q", v.Forecast.Span, c.want)
			}
			if v.Forecast.Total.Exact != 96e6 {
				t.Errorf("the card's forecast %v is not the year's 96,000,000", v.Forecast.Total.Exact)
			}
		})
	}
}
