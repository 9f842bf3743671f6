package ui

import (
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/scenarios"
)

var compatMake = flag.Bool("compat.make", false, "add testdata/compat entries made by this build, dated today")

// TestMakeCompatEntries adds to testdata/compat the work this build makes,
// each way users keep it, under today's date: go test -run
// TestMakeCompatEntries -compat.make ./app/ui. Run it when a format changes
// (the link codec, State, the scenario file), and commit what it adds. It
// never overwrites an entry: what an earlier build made stays as it made
// it. Each entry's .want is what the page showed its maker, checked to be
// what the page shows once it opens the entry; with actuals, its year
// years on too, after its plan ("year after its plan:").
func TestMakeCompatEntries(t *testing.T) {
	if !*compatMake {
		t.Skip("run with -compat.make to add entries")
	}
	shipped, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	day := now.Format("2006-01-02") + "-"
	const origin = "https://kpisim.github.io/kpisim/"
	ps := shipped.Dated(now)
	write := func(name string, data []byte, maker *Model) {
		t.Helper()
		path := filepath.Join(compatDir, day+name)
		if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("%s is there already: an entry is never rewritten", path)
		}
		opened, err := openEarlier(shipped, now, compatKind(name), data)
		if err != nil {
			t.Fatalf("%s: the page refuses what it made: %v", name, err)
		}
		want := compatSummary(maker)
		if got := compatSummary(opened); got != want {
			t.Fatalf("%s opens to something else than its maker saw:\n%s", name, lineDiff(want, got))
		}
		later, err := openEarlier(shipped, yearsOn, compatKind(name), data)
		if err != nil {
			t.Fatalf("%s: the page refuses it years on: %v", name, err)
		}
		if _, year := cutLine(compatSummary(later), yearHead); year != "" {
			want += yearAfterHead + strings.TrimPrefix(year, yearHead) + "\n"
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path+".want", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stateJSON := func(m *Model) []byte {
		t.Helper()
		st, err := m.State()
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	link := func(name string, m *Model) { // as the share dialog writes it
		t.Helper()
		payload, err := share.Encode(stateJSON(m), newLinkForms(shipped, now).bases())
		if err != nil {
			t.Fatal(err)
		}
		write(name+".link", []byte(origin+share.Fragment(payload)+"\n"), m)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	// The default preset, the close rate dragged, a row chosen, the months open.
	m := NewModel(ps, scenario.DefaultPreset, i18n.En)
	m.SetDisplay("close_rate", 22)
	m.Selected = "deals"
	m.SetOpen(SectionMonths, true)
	link("outbound", m)

	// Inside sales in Japanese: a price typed as 60万, a refused text kept,
	// the quarter's goal, goal seek, the tornado's settings, two ticks.
	m = NewModel(ps, "inside-sales", i18n.Ja)
	m.SetText("unit_price", "60万")
	m.Commit("unit_price")
	m.SetText("close_rate", "0")
	m.SetGoalPeriod(kpi.Quarter)
	m.SetSeek("unit_price")
	m.SetSensitivity(SensitivityRange)
	m.SetSensitivityOf(SensitivityRequired)
	m.SetCheck(1, true)
	m.SetCheck(3, true)
	link("inside-sales-ja", m)

	// A comparison: route sales at 7 visits, kept, against the work at 5.
	route := NewModel(ps, "route-sales", i18n.En)
	route.SetText("visits", "7")
	kept, err := scenario.EncodeJSON(route.Scenario)
	must(err)
	m = NewModel(ps, "route-sales", i18n.Ja)
	m.SetText("visits", "5")
	m.SetCompare([]Variant{{Name: "訪問7件", Preset: "route-sales", Scenario: kept}, {Current: true}}, 0)
	link("route-sales-compare", m)

	// A tree of one's own: a factor added under revenue, named in both languages.
	own := NewModel(ps, scenario.DefaultPreset, i18n.En)
	id, err := own.Scenario.AddChild("revenue", kpi.Lever)
	must(err)
	must(own.Scenario.Rename(id, i18n.En, "Upsell"))
	must(own.Scenario.Rename(id, i18n.Ja, "アップセル"))
	own.treeEdited()
	link("own-tree", own)

	// Every other preset, a lever moved: SaaS in Japanese, velocity in English.
	m = NewModel(ps, "saas-revenue", i18n.Ja)
	m.SetText("churn_rate", "6")
	link("saas-revenue", m)
	m = NewModel(ps, "velocity", i18n.En)
	m.SetText("win_rate", "30")
	link("velocity", m)

	// The year as it happens: a start year, seasonality, a hire, two
	// months of actuals; as a link, and as the browser saves it.
	m = NewModel(ps, "field-sales", i18n.En)
	m.SetStartYear("2026")
	m.Commit(scenario.KeyStartYear)
	m.SetSeasonalityText("1 1 1 2 2 2 1 1 1 1 1 2")
	m.SetHire(0, "month", "6")
	m.SetActual(2026, time.April, 0, "deals", "3")
	m.SetActual(2026, time.April, 0, "revenue", "1200万")
	m.SetActual(2026, time.May, 0, "deals", "2")
	m.SetActual(2026, time.May, 0, "revenue", "900万")
	link("field-sales-actuals", m)
	m.Lang = i18n.Ja
	saved, err := json.Marshal(string(stateJSON(m))) // go-app's LocalStorage.Set
	must(err)
	write("field-sales-actuals.saved.json", append(saved, '\n'), m)

	// My scenarios, two kept: the first is opened.
	st1, err := own.State()
	must(err)
	st2, err := route.State()
	must(err)
	list, err := json.Marshal([]mine{{Name: "Own tree", Saved: now.Format(time.RFC3339), State: st1}, {Name: "Route", Saved: now.Format(time.RFC3339), State: st2}})
	must(err)
	write("own-tree.mine.json", append(list, '\n'), own)

	// The download: the tree of one's own with an actual.
	own.SetActual(0, time.April, 0, "deals", "4")
	y, err := ScenarioYAML(own.Scenario, "own-tree.yaml")
	must(err)
	write("own-tree.yaml", y, own)
}
