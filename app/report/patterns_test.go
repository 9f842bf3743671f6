package report_test

import (
	"slices"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// The failure patterns follow the article's definitions: リード数だけを追う
// for leads, bought or counted, that reach the KGI with no conversion;
// 架電数だけをKPIにする for reps' activity with no outcome indicator, which
// is a conversion to a meeting or a deal (商談化率・受注率), not a call's
// connect rate.
func TestPatternsArticle(t *testing.T) {
	const head = "version: 1\ncurrency: JPY\ngoal: {node: revenue, value: 1億, period: year}\n" +
		"calendar: {months: 12, working_days: 20, headcount: 5}\nforecast: {start_month: 4}\n"
	for _, c := range []struct {
		name, yaml string
		patterns   []string
		item15     bool
	}{
		// It read 架電数だけをKPIにする: "Only the activity 'Leads'".
		{"leads only: revenue per lead × leads", "solve: leads\nnodes:\n" +
			"  - {id: revenue, label: {ja: 売上, en: Revenue}, unit: currency, cadence: monthly, product: [unit_price, leads]}\n" +
			"  - {id: unit_price, label: {ja: リード1件あたり売上, en: Revenue per lead}, unit: currency, cadence: monthly, value: 50000}\n" +
			"  - {id: leads, label: {ja: リード数, en: Leads}, unit: count, cadence: weekly, activity: true, value: 8, ceiling: 50}\n",
			[]string{"volume_no_rate:leads"}, false},
		// Leads bought as budget ÷ CPA, a repeat rate elsewhere: it read
		// that no pattern applies.
		{"leads bought: budget ÷ CPA, a repeat rate in another term", "solve: marketing_budget\nnodes:\n" +
			"  - {id: revenue, label: {ja: 売上, en: Revenue}, unit: currency, cadence: monthly, sum: [new_revenue, repeat_revenue]}\n" +
			"  - {id: new_revenue, label: {ja: 新規売上, en: New revenue}, unit: currency, cadence: monthly, product: [unit_price, mqls]}\n" +
			"  - {id: unit_price, label: {ja: リード1件あたり売上, en: Revenue per lead}, unit: currency, cadence: monthly, value: 50000}\n" +
			"  - {id: mqls, label: {ja: リード数, en: Leads}, unit: count, cadence: weekly, ratio: [marketing_budget, cpa]}\n" +
			"  - {id: marketing_budget, label: {ja: マーケティング予算, en: Marketing budget}, unit: currency, cadence: monthly, activity: true, per: month, value: 1000000, ceiling: 5000000}\n" +
			"  - {id: cpa, label: {ja: リード獲得単価（CPA）, en: Cost per lead (CPA)}, unit: currency, cadence: monthly, value: 10000}\n" +
			"  - {id: repeat_revenue, label: {ja: リピート売上, en: Repeat revenue}, unit: currency, cadence: monthly, product: [accounts, repeat_rate, account_value]}\n" +
			"  - {id: accounts, label: {ja: 既存顧客数, en: Existing accounts}, unit: count, cadence: quarterly, value: 50}\n" +
			"  - {id: repeat_rate, label: {ja: リピート率, en: Repeat rate}, unit: rate, cadence: quarterly, value: 80%}\n" +
			"  - {id: account_value, label: {ja: 顧客単価（年間）, en: Revenue per account}, unit: currency, cadence: monthly, value: 500000}\n",
			[]string{"volume_no_rate:mqls"}, true},
		// Calls × connect rate: it read no pattern, and item 15 "looks met
		// — Outcome indicators: 'Connect rate'".
		{"calls and a connect rate", "solve: calls\nnodes:\n" +
			"  - {id: revenue, label: {ja: 売上, en: Revenue}, unit: currency, cadence: monthly, product: [per_contact, contacts]}\n" +
			"  - {id: per_contact, label: {ja: 接続1件あたり売上, en: Revenue per contact}, unit: currency, cadence: monthly, value: 5000}\n" +
			"  - {id: contacts, label: {ja: 接続数, en: Contacts}, unit: count, cadence: daily, product: [connect_rate, calls]}\n" +
			"  - {id: connect_rate, label: {ja: 架電接続率, en: Connect rate}, unit: rate, cadence: daily, value: 40%}\n" +
			"  - {id: calls, label: {ja: 架電数, en: Calls}, unit: count, cadence: daily, activity: true, value: 40, ceiling: 200}\n",
			[]string{"activity_only:calls"}, false},
		{"calls only", "solve: calls\nnodes:\n" +
			"  - {id: revenue, label: {ja: 売上, en: Revenue}, unit: currency, cadence: monthly, product: [per_call, calls]}\n" +
			"  - {id: per_call, label: {ja: 架電1件あたり売上, en: Revenue per call}, unit: currency, cadence: monthly, value: 5000}\n" +
			"  - {id: calls, label: {ja: 架電数, en: Calls}, unit: count, cadence: daily, activity: true, value: 40, ceiling: 200}\n",
			[]string{"activity_only:calls"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := scenario.Parse([]byte(head+c.yaml), "probe")
			if err != nil {
				t.Fatal(err)
			}
			a, err := s.Answer()
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range i18n.Langs {
				tb := report.New(a, l, s.Currency)
				sm := tb.Smart()
				if got := keys(sm.Patterns); !slices.Equal(got, c.patterns) {
					t.Errorf("%s: patterns %q, want %q", l, got, c.patterns)
				}
				if got := tb.Suggest(sm)[15]; got.Met != c.item15 {
					t.Errorf("%s: item 15 met %v (%s), want %v", l, got.Met, got.Reason, c.item15)
				}
			}
		})
	}
	// The presets, whose rates are conversions, show none of these two.
	for _, id := range []string{"outbound", "field-sales", "inside-sales", "route-sales", "saas-revenue", "velocity"} {
		tb := table(t, id, i18n.En)
		sm := tb.Smart()
		for _, p := range sm.Patterns {
			if p.Key == report.PatternActivityOnly || p.Key == report.PatternVolumeNoRate {
				t.Errorf("%s: %s", id, p.Reason)
			}
		}
		if !tb.Suggest(sm)[15].Met {
			t.Errorf("%s: item 15 not met", id)
		}
	}
}
