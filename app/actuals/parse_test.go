package actuals_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// outbound is the default preset's tree (scenarios/outbound.yaml).
var outbound = []actuals.Node{
	{ID: "revenue", Ja: "売上", En: "Revenue", Money: true},
	{ID: "unit_price", Ja: "平均単価", En: "Average deal size", Money: true},
	{ID: "deals", Ja: "受注件数", En: "Deals won", Whole: true},
	{ID: "close_rate", Ja: "受注率", En: "Close rate", Rate: true},
	{ID: "opportunities", Ja: "商談数", En: "Opportunities", Whole: true},
	{ID: "meeting_rate", Ja: "商談化率", En: "Meeting conversion", Rate: true},
	{ID: "first_meetings", Ja: "初回商談数（アポ）", En: "First meetings", Whole: true},
	{ID: "appointment_rate", Ja: "アポイント獲得率", En: "Appointment rate", Rate: true},
	{ID: "calls", Ja: "架電数", En: "Calls", Whole: true},
}

// The seven months every sample export holds (testdata/actuals), as
// calls, first meetings, opportunities, deals, revenue.
var seven = [7][5]float64{
	{7400, 148, 22, 6, 6e6}, {7900, 158, 24, 6, 6e6}, {7600, 152, 23, 6, 6e6}, {8100, 162, 24, 6, 6e6},
	{6900, 138, 21, 5, 5e6}, {7700, 154, 23, 6, 6e6}, {7800, 156, 23, 6, 6e6},
}

var ids = []string{"calls", "first_meetings", "opportunities", "deals", "revenue"}

// monthTotals adds the entries up by month (weeks into their month).
func monthTotals(es []actuals.Entry) map[[2]int]map[string]float64 {
	out := map[[2]int]map[string]float64{}
	for _, e := range es {
		k := [2]int{e.Year, e.Month}
		if out[k] == nil {
			out[k] = map[string]float64{}
		}
		out[k][e.Node] += e.Value
	}
	return out
}

// Every sample export reads as the same seven months; the bad rows of the
// Japanese Salesforce export each get a message with their row and column.
func TestSamples(t *testing.T) {
	for _, tc := range []struct {
		file     string
		weekly   bool
		problems []string
	}{
		{file: "salesforce-en.csv"},
		{file: "salesforce-ja.csv", problems: []string{
			`row 5, column 1 (完了予定日 (暦月)): "2026年13月" is not a month or a date, so the row is left out`,
			`row 8, column 4 (商談数): "-3" is negative, so the row is left out: a count or a rate is 0 or more`,
			`row 8, column 6 (金額 の合計): "abc" is not a number, so the row is left out`,
		}},
		{file: "hubspot-en.csv"},
		{file: "hubspot-ja.csv", weekly: true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "..", "testdata", "actuals", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			res := actuals.Parse(f, outbound)
			var got []string
			for _, p := range res.Problems {
				got = append(got, p.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tc.problems, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.problems, "\n"))
			}
			if len(res.Columns) != 5 || res.Good != 7*map[bool]int{false: 1, true: 4}[tc.weekly] {
				t.Errorf("columns %v, good rows %d", res.Columns, res.Good)
			}
			tot := monthTotals(res.Entries)
			for k, want := range seven {
				m := tot[[2]int{2026, 4 + k}]
				for j, id := range ids {
					if m[id] != want[j] {
						t.Errorf("2026-%02d %s = %v, want %v", 4+k, id, m[id], want[j])
					}
				}
			}
			for _, e := range res.Entries {
				if (e.Week != 0) != tc.weekly {
					t.Errorf("entry %+v: weekly %v", e, tc.weekly)
				}
			}
		})
	}
}

func TestCells(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		want      string // entries as "y-m-w node value", one per line
		problems  []string
	}{
		{"semicolon and decimal comma", "Monat;Month;Revenue\n;2026-04;1.234,5\n", "2026-4-0 revenue 1234.5",
			[]string{`column 1 (Monat): "Monat" names no KPI of this tree; the column is left out`}},
		{"tab, 億 and 万", "年月\t売上\n2026/04\t1億2,000万\n2026/05\t１２３４円\n", "2026-4-0 revenue 120000000\n2026-5-0 revenue 1234", nil},
		// 千, 百 and 兆 read as the page reads them (jpnum): 150百万円 was "not a number".
		{"千, 百 and 兆 as typed", "年月,売上\n2026/04,150百万円\n2026/05,5千万\n2026/06,1千5百万\n2026/07,0.001兆\n2026/08,5百3千\n2026/09,1万-2\n",
			"2026-4-0 revenue 150000000\n2026-5-0 revenue 50000000\n2026-6-0 revenue 15000000\n2026-7-0 revenue 1000000000",
			[]string{`row 6, column 2 (売上): "5百3千" is not a number, so the row is left out`, `row 7, column 2 (売上): "1万-2" is not a number, so the row is left out`}},
		{"rates as percent or number", "Month,Close rate\nApr,25%\nMay,0.3\nJun,30\nJul,130%\n", "0-4-0 close_rate 0.25\n0-5-0 close_rate 0.3\n0-6-0 close_rate 0.3",
			[]string{`row 5, column 2 (Close rate): "130%" is above 100%, so the row is left out`}},
		{"long form", "Date,Metric,Value\n2026-04-01,calls,100\n2026-04-01,架電数,50\n2026-04-01,visits,3\n", "2026-4-0 calls 150",
			[]string{`row 4, column 2 (Metric): "visits" names no KPI of this tree`}},
		{"week column", "Month,Week,Calls\n2026-04,W1,10\n2026-04,第2週,20\n2026-04,9,5\n", "2026-4-1 calls 10\n2026-4-2 calls 20",
			[]string{`row 4, column 2 (Week): "9" is not a month or a date, so the row is left out`}},
		{"grouped export", "Close Date,Amount\n2026年4月,100\n,200\n2026年5月,5\n", "2026-4-0 revenue 300\n2026-5-0 revenue 5", nil},
		{"a refused month is not carried down", "Close Date,Amount\n2026年4月,100\nAprl,200\n,300\n2026年5月,5\n", "2026-4-0 revenue 100\n2026-5-0 revenue 5",
			[]string{`row 3, column 1 (Close Date): "Aprl" is not a month or a date, so the row is left out`,
				"row 4, column 1 (Close Date): the month is empty, and no month above it is read: write the row's month"}},
		{"a first row without its month", "Month,Calls\n,5\n2026-04,7\n", "2026-4-0 calls 7",
			[]string{"row 2, column 1 (Month): the month is empty, and no month above it is read: write the row's month"}},
		{"days that no calendar has", "Date,Calls\n2026-04-31,1\n2026/02/30,2\n2027-02-29,3\n2028-02-29,4\n2026-04-30,5\n",
			"2026-4-0 calls 5\n2028-2-0 calls 4", []string{ // month ends: month totals
				`row 2, column 1 (Date): "2026-04-31" is not a month or a date, so the row is left out`,
				`row 3, column 1 (Date): "2026/02/30" is not a month or a date, so the row is left out`,
				`row 4, column 1 (Date): "2027-02-29" is not a month or a date, so the row is left out`}},
		{"no period", "Calls\n10\n", "", []string{"row 1: no column names the month or date (Month, Date, 月, 年月, 日付 …)"}},
		{"no node", "Month,Visits\n2026-04,1\n", "", []string{
			`column 2 (Visits): "Visits" names no KPI of this tree; the column is left out`,
			"row 1: no column names a KPI of this tree (by id or label)"}},
		{"empty", "", "", []string{"the file is empty"}},
		{"not utf-8", "Month,\x83\x8c\x83x\n", "", []string{`the file is neither UTF-8 nor Shift_JIS text; save it as "CSV UTF-8"`}},
		// Month totals dated as a month's last day were read as its fifth
		// week, its other weeks then counted at the plan: the year read as
		// won, 744 %.
		{"month totals dated their last day", "Date,Calls\n2026/4/30,10\n2026年5月31日,20\n6/30/2026,30\n", "2026-4-0 calls 10\n2026-5-0 calls 20\n2026-6-0 calls 30", nil},
		// One late deal beside month totals made the whole file weekly.
		{"a late deal beside month totals", "Date,Calls\n2026/9/1,10\n2026/10/1,20\n2026/10/20,5\n2026/11/1,30\n", "2026-9-0 calls 10\n2026-10-0 calls 25\n2026-11-0 calls 30", nil},
		{"month totals and a month to date", "Date,Calls\n2026/10/31,10\n2026/11/30,20\n2026/12/4,5\n", "2026-10-0 calls 10\n2026-11-0 calls 20\n2026-12-1 calls 5", nil},
		{"weeks starting on the 1st", "Date,Calls\n2026/4/1,1\n2026/4/8,2\n2026/4/15,3\n2026/5/1,4\n2026/5/8,5\n", "2026-4-1 calls 1\n2026-4-2 calls 2\n2026-4-3 calls 3\n2026-5-1 calls 4\n2026-5-2 calls 5", nil},
		{"weeks ending on Sundays", "Date,Calls\n2026/5/24,1\n2026/5/31,2\n2026/6/7,3\n", "2026-5-4 calls 1\n2026-5-5 calls 2\n2026-6-1 calls 3", nil},
		{"a month's first days", "Date,Calls\n2026/4/1,1\n2026/4/2,2\n2026/4/8,3\n", "2026-4-1 calls 3\n2026-4-2 calls 3", nil},
		// A row with a value refused is left out whole: counted without
		// its amount, 鈴木's four deals made November's deal size ¥920,000.
		{"a row with a value refused", "Month,Calls,Deals won,Revenue\n2026-11,100,4,\"¥4,000,000-\"\n2026-11,50,2,2000000\n",
			"2026-11-0 calls 50\n2026-11-0 deals 2\n2026-11-0 revenue 2000000",
			[]string{`row 2, column 4 (Revenue): "¥4,000,000-" is not a number, so the row is left out`}},
		// A count that is no whole number was read without a word.
		{"a fractional count", "Month,Deals won,Revenue\n2026-04,3.5,3500000\n2026-05,4,4000000\n", "2026-5-0 deals 4\n2026-5-0 revenue 4000000",
			[]string{`row 2, column 2 (Deals won): "3.5" is a count that is not a whole number, so the row is left out`}},
		// A file's conventions, read from the whole file (reading.go).
		{"a semicolon file with decimal points", "Month;Revenue\n2026-04;6000000.50\n2026-05;1234.5\n2026-06;1.234\n",
			"2026-4-0 revenue 6000000.5\n2026-5-0 revenue 1234.5\n2026-6-0 revenue 1.234", nil},
		{"a semicolon file with decimal commas", "Month;Revenue\n2026-04;6.000.000,50\n2026-05;1.234\n",
			"2026-4-0 revenue 6000000.5\n2026-5-0 revenue 1234", nil},
		{"a rate's plain values beside percentages", "Month,Close rate\n2026-04,2.5\n2026-05,1.25\n2026-06,0.5\n2026-07,1\n",
			"2026-4-0 close_rate 0.025\n2026-5-0 close_rate 0.0125\n2026-6-0 close_rate 0.005\n2026-7-0 close_rate 0.01", nil},
		{"a Month column dated day first", "Month,Calls\n1/4/2026,10\n1/5/2026,20\n1/6/2026,30\n",
			"2026-4-0 calls 10\n2026-5-0 calls 20\n2026-6-0 calls 30", nil},
		{"dates day first, one that could only be", "Month,Calls\n13/4/2026,10\n1/5/2026,20\n30/6/2026,30\n",
			"2026-4-2 calls 10\n2026-5-0 calls 20\n2026-6-0 calls 30", nil},
		{"a Date column's US days stay month first", "Date,Calls\n4/1/2026,10\n4/2/2026,20\n4/6/2026,5\n",
			"2026-4-1 calls 35", nil},
		{"a group's total", "Month,Owner,Calls\n2026-04,Sato,10\n2026-04,Suzuki,20\n2026-04,Sato Total,10\n2026-04,佐藤 集計,10\n2026-04,東日本合計,30\n",
			"2026-4-0 calls 30", nil},
		{"a last row adding up the file", "Month,Calls,Revenue\n2026-04,10,100\n2026-05,20,200\n,30,300\n",
			"2026-4-0 calls 10\n2026-4-0 revenue 100\n2026-5-0 calls 20\n2026-5-0 revenue 200", nil},
		{"a grouped export's row alike, a row after it", "Month,Calls,Revenue\n2026-04,10,100\n2026-05,20,200\n,30,300\n2026-06,5,50\n",
			"2026-4-0 calls 10\n2026-4-0 revenue 100\n2026-5-0 calls 50\n2026-5-0 revenue 500\n2026-6-0 calls 5\n2026-6-0 revenue 50", nil},
		// A won deal without its amount, counted at ¥0, made the average
		// deal size ¥525,000 of deals of ¥1,000,000 and more.
		{"a won deal without its amount", "Opportunity Name,Stage,Amount,Close Date\nA,Closed Won,1200000,4/10/2026\nB,Closed Won,,4/22/2026\nC,Closed Won,0,4/23/2026\n",
			"2026-4-1 revenue 0\n2026-4-1 deals 0\n2026-4-2 revenue 1200000\n2026-4-2 deals 1\n2026-4-3 revenue 0\n2026-4-3 deals 0\n2026-4-4 revenue 0\n2026-4-4 deals 1",
			[]string{"row 3, column 3 (Amount): the won deal's amount is empty, so the row is left out: counted at 0, it would lower the average deal size"}},
		{"utf-16", "\xff\xfeM\x00o\x00n\x00t\x00h\x00,\x00C\x00a\x00l\x00l\x00s\x00\n\x004\x00/\x001\x00/\x002\x000\x002\x006\x00,\x007\x00\n\x00", "2026-4-0 calls 7", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), outbound)
			var got []string
			for _, e := range res.Entries {
				got = append(got, strings.Join([]string{itoa(e.Year) + "-" + itoa(e.Month) + "-" + itoa(e.Week), e.Node, ftoa(e.Value)}, " "))
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("entries:\n%s\nwant:\n%s", g, tc.want)
			}
			var ps []string
			for _, p := range res.Problems {
				ps = append(ps, p.Error())
			}
			if strings.Join(ps, "\n") != strings.Join(tc.problems, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(ps, "\n"), strings.Join(tc.problems, "\n"))
			}
		})
	}
}

// TestRefusedDealLeftOut: a won deal whose amount is refused (a refund
// written as a negative amount) is no deal won: counted without its
// amount, it made the average deal size ¥940,000 of deals of ¥1,000,000.
func TestRefusedDealLeftOut(t *testing.T) {
	csv := "Close Date,Stage,Amount\n2026-04-03,Closed Won,1000000\n2026-04-10,Closed Won,-200000\n2026-04-20,Closed Won,1000000\n"
	res := actuals.ParseBytes([]byte(csv), outbound)
	if res.Stage == nil || res.Stage.Won != 2 {
		t.Fatalf("stage %+v, want 2 won", res.Stage)
	}
	tot := monthTotals(res.Entries)[[2]int{2026, 4}]
	if tot["deals"] != 2 || tot["revenue"] != 2000000 {
		t.Errorf("April: %v, want 2 deals of ¥2,000,000", tot)
	}
	if len(res.Problems) != 1 || res.Problems[0].Code != actuals.Negative {
		t.Errorf("problems %v", res.Problems)
	}
}
