package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

func yearModel(t *testing.T, l i18n.Lang) *Model {
	t.Helper()
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	return NewModel(ps, "outbound", l)
}

func TestParseWeights(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"1\t1\t1.5\t1\t1\t1\t1\t0.8\t1\t1\t1\t1.2", true}, // a spreadsheet row
		{"1,1,1,1,1,1,1,1,1,1,1,2", true},
		{"１ １ １ １ １ １ １ １ １ １ １ ２", true}, // full-width
		{"", true}, // flat
		{"1 2 3", false},
		{"1 1 1 1 1 1 1 1 1 1 1 -1", false},
		{"1 1 1 1 1 1 1 1 1 1 1 x", false},
	} {
		w, err := ParseWeights(tc.in)
		if (err == nil) != tc.ok || tc.ok && tc.in != "" && len(w) != 12 {
			t.Errorf("ParseWeights(%q) = %v, %v", tc.in, w, err)
		}
	}
}

// A sales leader's morning: the plan set in the page, seven months
// imported from a CRM export, the year so far read in one view, with the
// figures of the one model (scenario.Refit).
func TestYearView(t *testing.T) {
	m := yearModel(t, i18n.Ja)
	m.SetText(scenario.KeyStartYear, "2026")
	m.SetSeasonalityText("1 1 1 1 1 1 1 1 1 1 1 1")
	m.SetHire(0, "count", "2")
	m.SetHire(0, "month", "4")
	if y := m.YearView(); y.StartYear != 2026 || y.StartMonth != 4 || len(y.Hires) != 1 || y.Hires[0].Month != 4 || y.SeasonErr != "" || y.HireErr != "" {
		t.Fatalf("plan %+v", y)
	}
	m.SetSeasonalityText("1 2 3")
	if y := m.YearView(); y.SeasonErr == "" || y.Season != "1 2 3" || len(m.Scenario.Forecast.Seasonality) != 12 {
		t.Errorf("a bad row: %q %q", y.SeasonErr, y.Season)
	}
	m.RemoveHire(0)
	data, err := os.ReadFile("../../testdata/actuals/salesforce-ja.csv")
	if err != nil {
		t.Fatal(err)
	}
	m.ImportActuals("salesforce-ja.csv", data)
	y := m.YearView()
	if len(y.Problems) != 3 || !strings.Contains(y.Problems[0], "5行目・1列目") || y.Refit == nil || y.Review == nil {
		t.Fatalf("import %q %v", y.Imported, y.Problems)
	}
	rf, err := m.Scenario.Refit()
	if err != nil {
		t.Fatal(err)
	}
	if y.Refit.R.Achievement != rf.Achievement || y.Refit.R.Pace != rf.Pace || y.Refit.R.ProbGoal != rf.ProbGoal {
		t.Errorf("view %+v, engine %+v", y.Refit.R, rf)
	}
	if y.Rows[6].Cells[0] == "" || y.Rows[7].Cells[0] != "" || y.Rows[0].Label != "2026年4月" {
		t.Errorf("rows %+v", y.Rows[:8])
	}
	m.SetActual(2026, 11, "revenue", "7,000,000")
	if y := m.YearView(); y.Refit.R.Closed != 8 || y.EntryErr != "" {
		t.Errorf("typed: closed %d, %q", y.Refit.R.Closed, y.EntryErr)
	}
	m.SetActual(2026, 11, "revenue", "lots")
	if y := m.YearView(); y.EntryErr == "" {
		t.Errorf("a bad value taken")
	}
	m.SetOpen(SectionWeekly, true)
	if y := m.YearView(); !y.Weekly || y.Review.Weekly != true {
		t.Errorf("weekly")
	}
	// The state carries the actuals.
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	n := yearModel(t, i18n.Ja)
	if err := n.Restore(st); err != nil || len(n.Scenario.Actuals) != len(m.Scenario.Actuals) {
		t.Errorf("restore: %v", err)
	}
}
