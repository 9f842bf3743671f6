package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// TestSeasonalityNamesTheRule: a seasonality row is refused with the rule
// it breaks. A weight of 1e300 is a number of 0 or more, too large (it was
// said to be no number of 0 or more), and "abc" is no number (it was said
// to hold 1 weight where 12 are needed).
func TestSeasonalityNamesTheRule(t *testing.T) {
	for _, tc := range []struct {
		name, row string
		ja, en    string
	}{
		{"a huge weight", "1e300,1,1,1,1,1,1,1,1,1,1,1",
			"季節性: 4月の重み「1e300」が大きすぎます。重みは1,000,000,000,000,000以下にしてください",
			`Seasonality: the weight for month 4, "1e300", is too large: a weight is at most 1,000,000,000,000,000`},
		{"a weight past float64", "1 1 1 1 1 1 1 1 1 1 1 1e400",
			"季節性: 3月の重み「1e400」が大きすぎます。重みは1,000,000,000,000,000以下にしてください",
			`Seasonality: the weight for month 3, "1e400", is too large: a weight is at most 1,000,000,000,000,000`},
		{"a word alone", "abc",
			"季節性: 4月の重み「abc」は数ではありません",
			`Seasonality: the weight for month 4, "abc", is not a number`},
		{"a word among 12", "1 1 x 1 1 1 1 1 1 1 1 1",
			"季節性: 6月の重み「x」は数ではありません",
			`Seasonality: the weight for month 6, "x", is not a number`},
		{"infinity", "1 inf 1 1 1 1 1 1 1 1 1 1",
			"季節性: 5月の重み「inf」は数ではありません",
			`Seasonality: the weight for month 5, "inf", is not a number`},
		{"a negative weight", "1 1 1 1 1 1 1 1 1 1 1 -1",
			"季節性: 3月の重み「-1」がマイナスです。重みは0以上にしてください",
			`Seasonality: the weight for month 3, "-1", is below 0: a weight is 0 or more`},
		{"too few numbers", "1 2 3",
			"季節性: 計画の開始月から月ごとに12個の重みが必要です（3個）",
			"Seasonality: must hold 12 weights, one per month from the plan's first month; got 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for l, want := range map[i18n.Lang]string{i18n.Ja: tc.ja, i18n.En: tc.en} {
				m := yearModel(t, l) // outbound: April to March
				m.SetSeasonalityText(tc.row)
				if got := m.YearView().SeasonErr; got != want {
					t.Errorf("%s: %q\nwant %q", l, got, want)
				}
			}
		})
	}
}
