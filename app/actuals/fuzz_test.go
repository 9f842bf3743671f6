package actuals_test

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/actuals"
)

// FuzzParse: whatever the file, Parse returns; the Result crosses from a
// Web Worker to the page as JSON unchanged; every entry names a node,
// a month from 1 to 12, a week from 0 to 5 and a finite value of 0 or
// more (a rate at most 1), added up from one row or more; every problem's
// row and column, and every row repeated, lie in the file.
// Seeded from the sample exports (testdata/actuals); the corpus found is
// committed under testdata/fuzz.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "actuals", "*.csv"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("Month;Close rate;Revenue\nApr;25%;1.234,5\n"))
	f.Add([]byte("Close Date,Amount\n2026年4月,100\nAprl,200\n,300\n2026-04-31,1\n"))
	f.Add([]byte("年月,架電数,受注金額\n令和8年4月,7400,\"¥6,000,000\"\nR8.6,7600,-\n2026/4/1(水),1,－\n46143,2,¥ -\n4月,3,4\n"))
	// Blank lines and cells of several lines: rows as a spreadsheet shows them.
	f.Add([]byte("\n\nMonth,Calls,Memo\r\n\r\n2026-04,x,\"a\r\n\r\nb\"\n2026-05,1,\n\n2026-06,\"2\n\",\n"))
	// Spreadsheets picked in place of their CSV, and a header alone.
	f.Add([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00[Content_Types].xml,Month\n"))
	f.Add([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00Month,Calls\n"))
	f.Add([]byte("Month,Calls\n\n,\n"))
	// A long form whose value header holds a unit, a metric's own, or none.
	f.Add([]byte("月,指標,値（千円）\n2026-04,受注金額,\"9,000\"\n2026-04,架電数,100\n2026-05,受注金額（百万円）,1\n"))
	f.Add([]byte("Month,Metric,Value (new)\n2026-04,Revenue,9\n2026-04,Close rate,25%\n"))
	// Activity logs: a type column, a status, a grouped type, types naming two KPIs or none.
	f.Add([]byte("Type,Date,Status\nCall,2026/4/1,Completed\n,2026/4/9,\nMeeting,2026/5/2,Not Started\nEmail,2026/5/3,\n"))
	f.Add([]byte("活動種別,活動日\n電話,2026年4月1日\nアポ,R8.5\n訪問,\n合計,\n"))
	f.Add([]byte("Call Type,Type,Date,Record Count\nInbound,Call,2026/4/1,3\nOutbound,Call,2026/4/2,x\n,Meeting,2026/4/3,2\n"))
	f.Add([]byte("Month,月次解約率,Churn rate (weekly),Quarterly churn rate\n2026-04,0.7%,0.1%,2%\n2026-05,9%,,\n"))
	f.Add([]byte("Month,Metric,Value\n2026-04,解約率（月次）,0.5%\n2026-04,Monthly close rate,20%\n"))
	// The outbound tree and a rate of a balance, stated per year (a
	// header may say a month's: rate_period.go).
	nodes := append(slices.Clone(outbound), actuals.Node{ID: "churn_rate", Ja: "解約率", En: "Churn rate", Rate: true, YearRate: true})
	f.Fuzz(func(t *testing.T, data []byte) {
		res := actuals.ParseBytesIn(data, nodes, "JPY") // as a plan in yen imports it
		known := map[string]bool{}
		for _, n := range nodes {
			known[n.ID] = known[n.ID] || n.Rate || true
		}
		for _, e := range res.Entries {
			if !known[e.Node] || e.Month < 1 || e.Month > 12 || e.Week < 0 || e.Week > 5 ||
				math.IsNaN(e.Value) || math.IsInf(e.Value, 0) || e.Value < 0 {
				t.Fatalf("entry %+v", e)
			}
			if (e.Node == "close_rate" || e.Node == "meeting_rate" || e.Node == "appointment_rate" || e.Node == "churn_rate") && e.Value > 1 {
				t.Fatalf("rate %+v", e)
			}
		}
		if res.Good > res.Valued || res.Valued > res.Rows {
			t.Fatalf("good %d, valued %d of %d rows", res.Good, res.Valued, res.Rows)
		}
		for _, p := range res.Problems {
			if p.Row < 0 || p.Column < 0 || p.Row > bytes.Count(data, []byte("\n"))+1 || !utf8.ValidString(p.Error()) && p.Code != actuals.BadFile {
				t.Fatalf("problem %+v", p)
			}
		}
		for _, p := range res.Problems {
			switch p.Code {
			case actuals.TooLarge, actuals.TooManyRows, actuals.NotUTF8, actuals.Binary:
				if len(res.Problems) != 1 || len(res.Entries) != 0 {
					t.Fatalf("a refused file read %d entries, %d problems", len(res.Entries), len(res.Problems))
				}
			}
		}
		for _, e := range res.Entries {
			if e.Rows == 0 && e.Row == 0 && e.Value == 0 && (res.Stage != nil && res.Stage.Won > 0 || res.Activity != nil && res.Activity.Read() > 0) {
				continue // a deal export's month or week without a won deal, an activity log's without an activity of a type
			}
			if e.Row < 2 || e.Row > bytes.Count(data, []byte("\n"))+1 {
				t.Fatalf("entry %+v: row outside the file", e)
			}
			if e.Rows < 1 || e.Rows > res.Valued {
				t.Fatalf("entry %+v: added up from %d rows of %d", e, e.Rows, res.Valued)
			}
		}
		for _, g := range res.Same { // rows repeated: two or more, in file order
			if len(g) < 2 || !slices.IsSorted(g) || g[0] < 2 || g[len(g)-1] > bytes.Count(data, []byte("\n"))+1 {
				t.Fatalf("same rows %v", g)
			}
		}
		if len(res.Problems) > actuals.MaxProblems+1 {
			t.Fatalf("%d problems", len(res.Problems))
		}
		if back, err := crossed(res); err != nil || !reflect.DeepEqual(back, res) {
			t.Fatalf("the result crossed from a worker as %+v (%v), want %+v", back, err, res)
		}
	})
}
