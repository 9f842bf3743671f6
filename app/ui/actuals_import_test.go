package ui

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// The last import's report stays with the work: a reload (the saved
// state read back) shows which rows a CRM export left out, in the page's
// language; an undo of the import, clearing the actuals or other work
// takes it away; a report that cannot be read costs the report, not the
// work.
func TestImportReportKept(t *testing.T) {
	m := yearModel(t, i18n.Ja)
	m.SetText("start_year", "2026")
	before, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/actuals/salesforce-ja.csv")
	if err != nil {
		t.Fatal(err)
	}
	m.ImportActuals("salesforce-ja.csv", data)
	want := m.YearView()
	if want.File != "salesforce-ja.csv" || want.Imported == "" || len(want.Problems) != 3 {
		t.Fatalf("import: file %q, %q, %v", want.File, want.Imported, want.Problems)
	}
	st, err := m.State()
	if err != nil {
		t.Fatal(err)
	}
	saved, err := json.Marshal(st) // as kpisim.state holds it
	if err != nil {
		t.Fatal(err)
	}
	restored := func(t *testing.T, saved []byte, l i18n.Lang) *YearView {
		t.Helper()
		var st State
		if err := json.Unmarshal(saved, &st); err != nil {
			t.Fatal(err)
		}
		st.Lang = string(l)
		m2 := yearModel(t, l)
		if err := m2.Restore(st); err != nil {
			t.Fatalf("restore: %v", err)
		}
		return m2.YearView()
	}

	t.Run("reloaded", func(t *testing.T) {
		got := restored(t, saved, i18n.Ja)
		if got.File != want.File || got.Imported != want.Imported || !reflect.DeepEqual(got.Problems, want.Problems) {
			t.Errorf("after a reload: file %q, %q, %v; want %q, %q, %v", got.File, got.Imported, got.Problems, want.File, want.Imported, want.Problems)
		}
	})
	t.Run("reloaded in English", func(t *testing.T) {
		got := restored(t, saved, i18n.En)
		if !strings.HasPrefix(got.Imported, "Read ") || len(got.Problems) != 3 || !strings.Contains(got.Problems[0], "row 5") {
			t.Errorf("in English: %q, %v", got.Imported, got.Problems)
		}
	})
	t.Run("undone", func(t *testing.T) {
		if err := m.Restore(before); err != nil {
			t.Fatal(err)
		}
		if y := m.YearView(); y.Imported != "" || len(y.Problems) != 0 || y.File != "" {
			t.Errorf("the import undone still says %q, %v", y.Imported, y.Problems)
		}
		if err := m.Restore(st); err != nil { // redone
			t.Fatal(err)
		}
		if y := m.YearView(); y.Imported != want.Imported {
			t.Errorf("the import redone says %q, want %q", y.Imported, want.Imported)
		}
	})
	t.Run("cleared", func(t *testing.T) {
		m.ClearActuals()
		st, err := m.State()
		if err != nil {
			t.Fatal(err)
		}
		if y := m.YearView(); y.Imported != "" || len(st.Import) != 0 {
			t.Errorf("the actuals cleared: %q, state %s", y.Imported, st.Import)
		}
	})
	t.Run("unreadable report", func(t *testing.T) {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(saved, &raw); err != nil {
			t.Fatal(err)
		}
		raw["import"] = json.RawMessage(`{"file": 5}`)
		bad, _ := json.Marshal(raw)
		got := restored(t, bad, i18n.Ja)
		if got.Imported != "" || got.Refit == nil {
			t.Errorf("an unreadable report: %q, refit %v; want the work without it", got.Imported, got.Refit != nil)
		}
	})
	t.Run("no step of its own", func(t *testing.T) {
		a := st
		a.Import = nil
		if !sameStep(a, st) {
			t.Error("a state differing only in its import's report is another step: an import that read nothing would be undone")
		}
	})
}

// A file read without a problem says so in words: "0 problems" and
// 「問題: 0件」 read as a count to look into.
func TestImportNoProblems(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{{i18n.Ja, "2行を読み込みました（値2個）。問題はありません。"}, {i18n.En, "Read 2 rows (2 values); no problems"}} {
		m := yearModel(t, tc.lang)
		m.SetText(scenario.KeyStartYear, "2026")
		m.ImportActuals("clean.csv", []byte("年月,売上\n2026年4月,6000000\n2026年5月,7000000\n"))
		if got := m.YearView().Imported; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.lang, got, tc.want)
		}
	}
}

// A second import that leaves a month out says the month keeps the actuals
// held before: April to July over April to August kept August with "no
// problems" said, and the achievement counted it.
func TestImportSaysKept(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.Ja, "2行を読み込みました（値2個）。問題はありません。2026年8月はこのファイルにないため、それまでの実績をそのまま使っています。"},
		{i18n.En, "Read 2 rows (2 values); no problems. Aug 2026: not in this file, the actuals held before stay."},
	} {
		m := yearModel(t, tc.lang)
		m.SetText(scenario.KeyStartYear, "2026")
		m.ImportActuals("to-aug.csv", []byte("年月,売上\n2026年4月,6000000\n2026年8月,2100000\n"))
		m.ImportActuals("to-jul.csv", []byte("年月,売上\n2026年4月,6000000\n2026年7月,6300000\n"))
		if got := m.YearView().Imported; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.lang, got, tc.want)
		}
	}
}

// The same file imported again says that nothing changed, in both
// languages, and adds no step to undo: an undo then undoes the import
// before it, which read as the page undoing the wrong thing. A file that
// changes a value says nothing of the kind.
func TestImportUnchanged(t *testing.T) {
	data := []byte("Month,Revenue\n2026-04,6000000\n2026-05,7000000\n")
	for _, tc := range []struct {
		name  string
		again string
		lang  i18n.Lang
		said  bool
	}{
		{"the same file", string(data), i18n.En, true},
		{"the same file, in Japanese", string(data), i18n.Ja, true},
		{"a value changed", "Month,Revenue\n2026-04,6000000\n2026-05,7100000\n", i18n.En, false},
		{"one month of it", "Month,Revenue\n2026-05,7000000\n", i18n.En, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := yearModel(t, tc.lang)
			m.SetText(scenario.KeyStartYear, "2026")
			m.ImportActuals("a.csv", data)
			first, err := m.State()
			if err != nil {
				t.Fatal(err)
			}
			h := NewHistory(first, 10)
			m.ImportActuals("b.csv", []byte(tc.again))
			y := m.YearView()
			said := strings.HasSuffix(y.Imported, tc.lang.T("import.unchanged"))
			if said != tc.said {
				t.Errorf("report %q; want it to say nothing changed: %v", y.Imported, tc.said)
			}
			st, err := m.State()
			if err != nil {
				t.Fatal(err)
			}
			if got := h.Record(st); got == tc.said {
				t.Errorf("recorded a step: %v, want %v", got, !tc.said)
			}
		})
	}
}
