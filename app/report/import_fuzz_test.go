package report_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// FuzzImportNotes: whatever file an import reads, its note and its
// problems are written in both languages without a panic, a format
// verb left unfilled (%!d) or a NaN (other than what the file's own text
// holds, which a note quotes: a header "0000000000000NaN", a cell
// "1x2%!0"). Seeded from the sample exports and
// the activity logs' shapes (an empty list of types had indexed past its
// end).
func FuzzImportNotes(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "actuals", "*.csv"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("Activity date,Call outcome,Call direction\n2026-04-01,Connected,Inbound\n"))
	f.Add([]byte("Type,Date,Status\nCall,2026-04-01,Not Started\n"))
	f.Add([]byte("Type,Month,Record Count\nCall,2026-04,many\n"))
	f.Add([]byte("Stage,Amount,Month\nWon,USD 100,2026-04\n"))
	f.Add([]byte("Month,月次解約率,Churn rate (weekly),解約率\n2026-04,0.7%,0.1%,8%\n"))
	nodes := []actuals.Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}, {ID: "deals", Ja: "受注件数", En: "Deals won"},
		{ID: "close_rate", Ja: "受注率", En: "Close rate", Rate: true}, {ID: "calls", Ja: "架電数", En: "Calls"},
		{ID: "churn_rate", Ja: "解約率", En: "Churn rate", Rate: true, YearRate: true}}
	f.Fuzz(func(t *testing.T, data []byte) {
		res := actuals.ParseBytesIn(data, nodes, "JPY")
		for _, l := range i18n.Langs {
			texts := []string{report.ImportNotes(l, res, nodes)}
			for _, p := range res.Problems {
				texts = append(texts, report.Problem(l, p))
			}
			for _, s := range texts {
				if s = withoutQuoted(s, data); strings.Contains(s, "%!") || strings.Contains(s, "NaN") {
					t.Fatalf("%s: %q", l, s)
				}
			}
		}
	})
}

// withoutQuoted is s without the cells of data that hold "NaN" or "%!":
// what a note quotes of the file.
func withoutQuoted(s string, data []byte) string {
	cells := strings.FieldsFunc(string(data), func(r rune) bool { return strings.ContainsRune(",;\t\r\n\"", r) })
	for _, c := range cells {
		if strings.Contains(c, "NaN") || strings.Contains(c, "%!") {
			s = strings.ReplaceAll(s, strings.TrimSpace(c), "")
		}
	}
	return s
}
