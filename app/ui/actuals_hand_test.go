package ui

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// An import that replaces a value typed by hand names it: the month, the
// KPI, the value typed and the file's, in both languages, and undo brings
// the typed value back. A December deal typed after the export (¥1.5M, 2
// deals) went back to the file's 0 with "no problems" said, and nothing
// said it had been typed.
func TestImportNamesHandTyped(t *testing.T) {
	file := []byte("年月,売上,受注件数\n2026年11月,9000000,9\n2026年12月,0,0\n")
	for _, tc := range []struct {
		name  string
		lang  i18n.Lang
		typed [][2]string // node, text typed into December
		again []byte      // the file imported again
		want  []string    // in the report, in order
		not   []string
	}{
		{"typed over, in Japanese", i18n.Ja, [][2]string{{"revenue", "150万"}, {"deals", "2"}}, file,
			[]string{"手入力の値をファイルの値で置き換えました", "2026年12月の売上 150万円→0円", "2026年12月の受注件数 2→0", "「元に戻す」で戻せます"}, nil},
		{"typed over, in English", i18n.En, [][2]string{{"revenue", "1500000"}, {"deals", "2"}}, file,
			[]string{"Replaced values typed by hand with the file's", "Dec 2026 revenue", "→ ¥0", "Dec 2026 deals won 2 → 0", "Undo brings them back"}, nil},
		{"typed as the file has it", i18n.Ja, [][2]string{{"deals", "0"}}, file,
			nil, []string{"手入力"}},
		{"a KPI the file has not", i18n.Ja, [][2]string{{"calls", "900"}}, file,
			nil, []string{"手入力"}},
		{"a month the file has not", i18n.Ja, [][2]string{{"revenue", "150万"}}, []byte("年月,売上\n2026年11月,9000000\n"),
			nil, []string{"手入力"}},
		{"text refused, then the file's", i18n.Ja, [][2]string{{"revenue", "15o万"}}, file,
			[]string{"2026年12月の売上 「15o万」→0円"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := yearModel(t, tc.lang)
			m.SetText(scenario.KeyStartYear, "2026")
			m.ImportActuals("crm.csv", file)
			for _, c := range tc.typed {
				m.SetActual(2026, time.December, 0, c[0], c[1])
			}
			before, err := m.State()
			if err != nil {
				t.Fatal(err)
			}
			h := NewHistory(before, 10)
			m.ImportActuals("crm.csv", tc.again)
			got := m.YearView().Imported
			at := 0
			for _, w := range tc.want {
				k := strings.Index(got[at:], w)
				if k < 0 {
					t.Fatalf("report %q; want %q after byte %d", got, w, at)
				}
				at += k + len(w)
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("report %q says %q", got, w)
				}
			}
			after, err := m.State()
			if err != nil {
				t.Fatal(err)
			}
			if !h.Record(after) {
				if len(tc.want) > 0 {
					t.Fatal("the import was no step to undo")
				}
				return
			}
			to, _, _ := h.Undo()
			data, _ := json.Marshal(to) // as the tab keeps its steps
			var back State
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			if err := m.Restore(back); err != nil {
				t.Fatal(err)
			}
			for _, c := range tc.typed {
				if v, ok := december(m.Scenario.Actuals, c[0]); ok && len(tc.want) > 0 && c[1] == "2" && v != 2 {
					t.Errorf("undone: %s is %v, want the 2 typed", c[0], v)
				}
			}
			// Undone and imported again, the report names them again: the
			// values typed are still known as typed.
			m.ImportActuals("crm.csv", tc.again)
			if again := m.YearView().Imported; len(tc.want) > 0 && !strings.Contains(again, tc.want[min(1, len(tc.want)-1)]) {
				t.Errorf("undone and imported again: %q, want %q in it", again, tc.want[min(1, len(tc.want)-1)])
			}
		})
	}
}

// A value typed, then imported over, is the file's: the next import of a
// file with another value names nothing.
func TestImportHandTypedOnce(t *testing.T) {
	m := yearModel(t, i18n.Ja)
	m.SetText(scenario.KeyStartYear, "2026")
	m.SetActual(2026, time.December, 0, "revenue", "150万")
	m.ImportActuals("a.csv", []byte("年月,売上\n2026年12月,0\n"))
	if got := m.YearView().Imported; !strings.Contains(got, "150万円→0円") {
		t.Fatalf("first import: %q", got)
	}
	m.ImportActuals("b.csv", []byte("年月,売上\n2026年12月,1000000\n"))
	if got := m.YearView().Imported; strings.Contains(got, "手入力") {
		t.Errorf("second import names a value the first replaced: %q", got)
	}
}

func december(as forecast.Actuals, node string) (float64, bool) {
	for _, a := range as {
		if a.Node == node && a.Month == time.December && a.Week == 0 {
			return a.Value, true
		}
	}
	return 0, false
}

// A file imported again whose September row is refused says the row was
// left out: 「2026年9月はこのファイルにないため…」 was said of it. An empty
// file says it is empty.
func TestImportSaysRefusedRow(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang i18n.Lang
		data string
		want string
	}{
		{"refused, in Japanese", i18n.Ja, "年月,売上\n2026年4月,6000000\n2026年9月,#VALUE!\n", "2026年9月は行を読み込めなかったため（問題を参照）、それまでの実績をそのまま使っています。"},
		{"refused, in English", i18n.En, "年月,売上\n2026年4月,6000000\n2026年9月,#VALUE!\n", "Sep 2026: its row was left out (see the problems), so the actuals held before stay."},
		{"empty, in Japanese", i18n.Ja, "", "ファイルが空です"},
		{"empty, in English", i18n.En, "", "the file is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := yearModel(t, tc.lang)
			m.SetText(scenario.KeyStartYear, "2026")
			m.ImportActuals("a.csv", []byte("年月,売上\n2026年4月,6000000\n2026年9月,7000000\n"))
			m.ImportActuals("b.csv", []byte(tc.data))
			y := m.YearView()
			if got := y.Imported + " " + strings.Join(y.Problems, " "); !strings.Contains(got, tc.want) {
				t.Errorf("report %q; want %q in it", got, tc.want)
			}
		})
	}
}
