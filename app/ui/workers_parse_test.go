package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
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
