package ui

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// An export parsed on a worker imports as it does parsed in the page:
// the same actuals, the same report in both languages, the same year
// placed (a plan without a year takes the file's), for every sample export
// (Shift_JIS decoded on the worker), against a plan in yen and one in
// dollars.
func TestImportThroughWorker(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/actuals/*.csv")
	if len(files) < 10 {
		t.Fatalf("%d sample exports", len(files))
	}
	sjis := func(b []byte) ([]byte, error) { return japanese.ShiftJIS.NewDecoder().Bytes(b) }
	for _, currency := range []string{"", "USD"} {
		for _, f := range files {
			name := filepath.Base(f)
			t.Run(currency+name, func(t *testing.T) {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				page, worker := yearModel(t, i18n.En), yearModel(t, i18n.En)
				for _, m := range []*Model{page, worker} {
					m.Scenario.Currency = currency
				}
				converted, _ := actuals.FromShiftJIS(data, sjis)
				page.ImportActuals(name, converted)

				nodes, err := json.Marshal(worker.Scenario.ImportNodes())
				if err != nil {
					t.Fatal(err)
				}
				js, err := readExport(data, string(nodes), worker.Scenario.ImportCurrency(), sjis)
				if err != nil {
					t.Fatal(err)
				}
				res, err := readResult(js)
				if err != nil {
					t.Fatal(err)
				}
				worker.ImportParsed(name, res)

				if !reflect.DeepEqual(worker.Scenario.Actuals, page.Scenario.Actuals) || len(page.Scenario.Actuals) == 0 && len(res.Entries) > 0 {
					t.Errorf("actuals through a worker\n%+v\nin the page\n%+v", worker.Scenario.Actuals, page.Scenario.Actuals)
				}
				if w, p := worker.Scenario.Forecast.StartYear, page.Scenario.Forecast.StartYear; w != p {
					t.Errorf("the plan's year through a worker %d, in the page %d", w, p)
				}
				for _, l := range i18n.Langs {
					page.Lang, worker.Lang = l, l
					if w, p := worker.YearView(), page.YearView(); w.Imported != p.Imported || !reflect.DeepEqual(w.Problems, p.Problems) || w.Imported == "" {
						t.Errorf("%s: the report through a worker %q %q, in the page %q %q", l, w.Imported, w.Problems, p.Imported, p.Problems)
					}
				}
			})
		}
	}
	if _, err := readExport([]byte("Month,Calls\n"), "not json", "JPY", sjis); err == nil {
		t.Error("nodes that are not JSON: no error")
	}
	if _, err := readResult("{"); err == nil {
		t.Error("a result cut short: no error")
	}
}

// A churn rate written per month, parsed on a worker, is read ×12 as in
// the page: the worker gets the nodes' YearRate and hands back the
// column's period (actuals.Mapping.Per).
func TestImportThroughWorkerMonthlyRate(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	m := NewModel(ps, "saas-revenue", i18n.Ja)
	nodes, err := json.Marshal(m.Scenario.ImportNodes())
	if err != nil {
		t.Fatal(err)
	}
	js, err := readExport([]byte("Month,解約率（月次）\n2026-04,0.7%\n"), string(nodes), m.Scenario.ImportCurrency(), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := readResult(js)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 1 || res.Entries[0].Node != "churn_rate" || math.Abs(res.Entries[0].Value-0.084) > 1e-12 {
		t.Errorf("entries through a worker %+v, want churn_rate 0.084", res.Entries)
	}
	if len(res.Columns) != 1 || res.Columns[0].Per != 12 {
		t.Errorf("columns through a worker %+v, want the churn rate's at Per 12", res.Columns)
	}
}
