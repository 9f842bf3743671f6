package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// A unit the arithmetic rules out is cautioned at the node's unit field,
// naming the node, its terms and the unit they make, in the page's
// language: Rate picked for Deals won (close rate × opportunities) had
// made it read as a percentage without a word.
func TestEditorCautionsUnitAgainstTerms(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		lang i18n.Lang
		unit kpi.Unit
		want string
	}{
		{"deals as a rate, en", i18n.En, kpi.Rate, "Deals won is Close rate × Opportunities, so its unit is Count, not Rate (%): set Count, or change the units below it."},
		{"deals as a rate, ja", i18n.Ja, kpi.Rate, "受注件数は受注率 × 商談数なので、単位は件数です（今は率（%））。件数にするか、下の項目の単位を見直してください。"},

		{"deals as a count", i18n.En, kpi.Count, ""},
		{"deals as a plain number", i18n.Ja, kpi.Number, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := NewModel(ps, "outbound", tc.lang)
			e := &Editor{Open: true}
			e.Select("deals")
			if !e.Set(m, scenario.EditUnit, tc.unit.String()) {
				t.Fatalf("the unit %s was refused: %+v", tc.unit, e.View(m).field(scenario.EditUnit).Error)
			}
			if got := e.View(m).field(scenario.EditUnit).Note; got != tc.want {
				t.Errorf("caution %q\nwant %q", got, tc.want)
			}
			if got := m.Scenario.Node("deals").Unit; got != tc.unit {
				t.Errorf("the unit set by hand is %s, want %s", got, tc.unit)
			}
		})
	}
}

// Money is no unit a formula takes by hand against its terms: Deals won
// (close rate × opportunities) set to Currency is refused in the page's
// language and keeps its count, as the unit field's refusals do. Cautioned
// only, it had read "¥100 deals won" in every table and the CLI, and left
// the funnel.
func TestEditorRefusesMoneyAgainstTerms(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, node string
		lang       i18n.Lang
		unit       kpi.Unit
		want       string
	}{
		{"deals as money, en", "deals", i18n.En, kpi.Currency, "Deals won: whether it is money follows from the terms below it, so it cannot take this unit: set Count"},
		{"deals as money, ja", "deals", i18n.Ja, kpi.Currency, "受注件数: 金額かどうかは下の項目の計算で決まるため、この単位にはできません（件数にしてください）"},
		{"revenue as a count, en", "revenue", i18n.En, kpi.Count, "Revenue: whether it is money follows from the terms below it, so it cannot take this unit: set Currency"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := NewModel(ps, "outbound", tc.lang)
			before := m.Scenario.Node(tc.node).Unit
			e := &Editor{Open: true}
			e.Select(tc.node)
			if e.Set(m, scenario.EditUnit, tc.unit.String()) {
				t.Fatalf("the unit %s was taken", tc.unit)
			}
			if got := e.View(m).field(scenario.EditUnit).Error; got != tc.want {
				t.Errorf("refusal %q\nwant %q", got, tc.want)
			}
			if got := m.Scenario.Node(tc.node).Unit; got != before {
				t.Errorf("refused, the unit is %s, want %s", got, before)
			}
		})
	}
}
