package ui

import (
	"math"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A percentage typed into a field that is no rate, or an amount in another
// currency than the plan's, is refused at the field,
// in the page's language, its text kept and the figures as they were: 25%
// typed for the goal read as a goal of ¥25 ("+383,999,900 %"), and 50% for
// the calls as 50 calls. A rate's field takes it as before.
func TestPercentOnlyForRates(t *testing.T) {
	for _, tc := range []struct {
		name, key, text string
		lang            i18n.Lang
		refused         string // a part of the field's message; "" when taken
		want            float64
	}{
		{"the goal, en", scenario.KeyGoal, "25%", i18n.En, "is not a rate: enter a number without %", 0},
		{"the goal, ja", scenario.KeyGoal, "25%", i18n.Ja, "率の項目ではないため、%は付けられません", 0},
		{"a count, full-width", "calls", "５０％", i18n.Ja, "率の項目ではないため", 0},
		{"the reps", scenario.KeyHeadcount, "10 %", i18n.En, "is not a rate", 0},
		{"a rate", "close_rate", "30%", i18n.En, "", 0.3},
		{"a rate, full-width", "close_rate", "３０％", i18n.Ja, "", 0.3},
		{"odds for a count are a fraction, as before", "calls", "1/2", i18n.En, "", 0.5},
		// An amount in another currency than the plan's: refused, not
		// read as yen ($1,000,000 made a goal of ¥1,000,000).
		{"dollars for the goal, en", scenario.KeyGoal, "$1,000,000", i18n.En, `"$1,000,000" is in another currency than the plan's (JPY), and no exchange rate is applied: enter it in JPY`, 0},
		{"a code for a deal size, ja", "unit_price", "USD 10,000", i18n.Ja, "「USD 10,000」は計画の通貨（JPY）と別の通貨の金額です", 0},
		{"euros for the goal", scenario.KeyGoal, "€5,000", i18n.En, "another currency", 0},
		{"US dollars for the goal", scenario.KeyGoal, "US$1,000,000", i18n.En, `"US$1,000,000" is in another currency`, 0},
		{"yen for a deal size", "unit_price", "¥50万", i18n.Ja, "", 500000},
		// A currency for a count or a rate: refused, not dropped (12万円
		// read 120,000 calls a rep a day, $30 a close rate of 30 %).
		{"万円 for the calls, ja", "calls", "12万円", i18n.Ja, "架電数: 金額の項目ではないため、円・$などの通貨は付けられません", 0},
		{"dollars for a rate, en", "close_rate", "$30", i18n.En, "Close rate: is not an amount: enter a number without a currency", 0},
		{"yen for the reps", scenario.KeyHeadcount, "¥12", i18n.En, "is not an amount", 0},
		// Less than one yen a deal read ¥0 and 250,000,000 deals.
		{"less than a yen a deal", "unit_price", "0.4", i18n.En, "Average deal size: cannot be below the minimum ¥1", 0},
		{"less than a yen a deal, ja", "unit_price", "0.0000001", i18n.Ja, "平均単価: 最小値1円より小さくできません", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			before := m.Scenario.Clone()
			m.SetText(tc.key, tc.text)
			lv := lever(m.View(), tc.key)
			if tc.refused == "" {
				k, _ := scenario.ParseKey(tc.key)
				got := m.Scenario.Node(k.ID).Value
				if lv.Error != "" || math.Abs(got-tc.want) > 1e-12 {
					t.Errorf("%q: value %v, error %q; want %v taken", tc.text, got, lv.Error, tc.want)
				}
				return
			}
			if !strings.Contains(lv.Error, tc.refused) || lv.Text != tc.text {
				t.Errorf("%q: field %q, error %q; want the text kept and %q", tc.text, lv.Text, lv.Error, tc.refused)
			}
			if !sameJSON(mustJSON(t, before), mustJSON(t, m.Scenario)) {
				t.Error("the scenario changed")
			}
		})
	}
}

func mustJSON(t *testing.T, s *scenario.Scenario) []byte {
	t.Helper()
	b, err := scenario.EncodeJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The editor refuses a percentage for a node that is no rate, and for a
// ceiling, at its field; a rate's value takes it.
func TestEditorPercentOnlyForRates(t *testing.T) {
	for _, tc := range []struct {
		name, id, field, text string
		lang                  i18n.Lang
		want                  string // the field's message; "" when taken
	}{
		{"a deal size, en", "unit_price", scenario.EditValue, "25%", i18n.En, "Average deal size: is not a rate: enter a number without %"},
		{"a deal size, ja", "unit_price", scenario.EditValue, "２５％", i18n.Ja, "平均単価: 率の項目ではないため、%は付けられません。%なしの数値で入力してください"},
		{"a ceiling", "calls", scenario.EditCeiling, "80%", i18n.En, "Calls: is not a rate: enter a number without %"},
		{"a rate", "close_rate", scenario.EditValue, "30%", i18n.En, ""},
		{"dollars for a deal size", "unit_price", scenario.EditValue, "$5,000", i18n.En, `Average deal size: "$5,000" is in another currency than the plan's (JPY), and no exchange rate is applied: enter it in JPY`},
		{"pounds for a deal size, ja", "unit_price", scenario.EditValue, "£5,000", i18n.Ja, "平均単価: 「£5,000」は計画の通貨（JPY）と別の通貨の金額です。為替レートは使わないため、JPYで入力してください"},
		{"yen for a deal size", "unit_price", scenario.EditValue, "¥500,000", i18n.En, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			before := mustJSON(t, m.Scenario)
			e := &Editor{Open: true}
			e.Select(tc.id)
			took := e.Set(m, tc.field, tc.text)
			f := e.View(m).field(tc.field)
			if tc.want == "" {
				if !took || f.Error != "" {
					t.Errorf("%q refused: %q", tc.text, f.Error)
				}
				return
			}
			if took || f.Error != tc.want || f.Text != tc.text {
				t.Errorf("field %q, error %q; want %q kept and %q", f.Text, f.Error, tc.text, tc.want)
			}
			if !sameJSON(before, mustJSON(t, m.Scenario)) {
				t.Error("the scenario changed")
			}
		})
	}
}
