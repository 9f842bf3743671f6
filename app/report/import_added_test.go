package report_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestImportAddedUp: an import says which months (or weeks) and KPIs it
// added up from several rows, and names by row the rows equal in every
// cell, in both languages; a one-row-per-rep export gets one sentence.
// Two "Apr 2026" rows of revenue read April as ¥7,000,000 and nothing
// said so.
func TestImportAddedUp(t *testing.T) {
	nodes := []actuals.Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}, {ID: "calls", Ja: "架電数", En: "Calls"},
		{ID: "deals", Ja: "受注件数", En: "Deals won"}, {ID: "meetings", Ja: "商談数", En: "Meetings"}}
	perRep := "Month,Rep,Calls,Meetings,Deals won,Revenue\n"
	for m := 1; m <= 12; m++ {
		for r := 1; r <= 8; r++ {
			perRep += fmt.Sprintf("2026-%02d,rep%d,%d,%d,%d,%d\n", m, r, 900+r, 20, 1, 100000*r)
		}
	}
	perRep += "2026-03,rep8,908,20,1,800000\n" // rep 8's March pasted again
	weekly := "Date,Calls\n" + strings.Repeat("2026-04-01,1\n2026-04-02,1\n2026-04-08,1\n2026-04-09,1\n2026-05-01,1\n2026-05-02,1\n", 1)
	for _, tc := range []struct {
		name, csv string
		ja, en    string
	}{
		{"a row per month", "年月,売上\n2026年4月,6000000\n2026年5月,6000000\n", "", ""},
		{"two rows of April", "年月,売上\n2026年4月,6000000\n2026年4月,1000000\n",
			"2026年4月の売上は2行を合計しました。", "Apr 2026 revenue: 2 rows added up."},
		{"a row pasted twice", "年月,売上,架電数\n2026年4月,6000000,100\n2026年5月,6000000,100\n2026年5月,6000000,100\n",
			"すべての列が同じ行も合計しました: 3・4行目。重複した行なら消して、読み込み直してください。2026年5月の売上は2行を合計しました。2026年5月の架電数は2行を合計しました。",
			"Rows identical in every column are added up too: rows 3 and 4. If one is a copy, delete it and import again. May 2026 revenue: 2 rows added up. May 2026 calls: 2 rows added up."},
		{"rows repeated in four groups", "Month,Calls\n2026-04,1\n2026-04,1\n2026-04,1\n2026-05,2\n2026-05,2\n2026-06,3\n2026-06,3\n2026-07,4\n2026-07,4\n",
			"すべての列が同じ行も合計しました: 2・3・4行目、5・6行目、7・8行目ほか1組。重複した行なら消して、読み込み直してください。月・KPIごとの4件の値は、それぞれ2〜3行を合計しました（担当者別・案件別の行と同じ読み方）。",
			"Rows identical in every column are added up too: rows 2, 3 and 4; rows 5 and 6; rows 7 and 8 (and 1 more). If one is a copy, delete it and import again. 4 values of a month and KPI added up from 2–3 rows each, as for an export with a row per rep or deal."},
		{"a month pasted 1,200 times: four rows named, not 1,200", "Month,Calls\n" + strings.Repeat("2026-04,1\n", 1200),
			"すべての列が同じ行も合計しました: 2・3・4・5行目ほか1,196行。重複した行なら消して、読み込み直してください。2026年4月の架電数は1,200行を合計しました。",
			"Rows identical in every column are added up too: rows 2, 3, 4, 5 and 1,196 more. If one is a copy, delete it and import again. Apr 2026 calls: 1,200 rows added up."},
		{"a row per rep, 8 reps, 12 months, 4 KPIs, one row pasted again", perRep,
			"「Rep」列は担当者の名前として読みました（KPIの列ではありません）。すべての列が同じ行も合計しました: 25・98行目。重複した行なら消して、読み込み直してください。月・KPIごとの48件の値は、それぞれ8〜9行を合計しました（担当者別・案件別の行と同じ読み方）。",
			"The Rep column is read as the rep's name (no KPI). Rows identical in every column are added up too: rows 25 and 98. If one is a copy, delete it and import again. 48 values of a month and KPI added up from 8–9 rows each, as for an export with a row per rep or deal."},
		{"days into weeks", weekly,
			"2026年4月第1週の架電数は2行を合計しました。2026年4月第2週の架電数は2行を合計しました。2026年5月第1週の架電数は2行を合計しました。",
			"Apr 2026 week 1 calls: 2 rows added up. Apr 2026 week 2 calls: 2 rows added up. May 2026 week 1 calls: 2 rows added up."},
		{"days into weeks, four of them", weekly + "2026-05-08,1\n2026-05-09,1\n",
			"週・KPIごとの4件の値は、それぞれ2行を合計しました（担当者別・案件別の行と同じ読み方）。",
			"4 values of a week and KPI added up from 2 rows each, as for an export with a row per rep or deal."},
		{"a unit, then what is added up", "月,受注金額（千円）\n2026年4月,9000\n2026年4月,1000\n",
			"「受注金額（千円）」の値は、見出しの単位（千円）のとおり1,000倍して読み込みました。2026年4月の売上は2行を合計しました。",
			`"受注金額（千円）": each value is read ×1,000, as the header's unit (千円) says. Apr 2026 revenue: 2 rows added up.`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), nodes)
			if ja, en := report.ImportNotes(i18n.Ja, res, nodes), report.ImportNotes(i18n.En, res, nodes); ja != tc.ja || en != tc.en {
				t.Errorf("ja %q\nen %q\nwant ja %q\nen %q", ja, en, tc.ja, tc.en)
			}
		})
	}
}

// A month without a year (4月) adds to the dated rows of its month
// (scenario.ImportCSV), and the import counts their rows together.
func TestImportAddedUpYearless(t *testing.T) {
	s := preset(t, "outbound")
	res, _ := s.ImportCSV([]byte("年月,売上\n2026年4月,6000000\n4月,1000000\n2026年5月,6000000\n"))
	if got, want := report.AddedUp(i18n.Ja, res, s.ImportNodes()), "2026年4月の売上は2行を合計しました。"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestImportTotals: an import names the total rows it left out, in both
// languages, one row or several.
func TestImportTotals(t *testing.T) {
	nodes := []actuals.Node{{ID: "calls", Ja: "架電数", En: "Calls"}}
	for _, tc := range []struct {
		name, csv string
		ja, en    string
	}{
		{"one", "Month,Rep,Calls\n2026-04,A,100\n2026-05,A,100\n2026-05,合計,100\n",
			"「Rep」列は担当者の名前として読みました（KPIの列ではありません）。合計の行は、同じ期間のほかの行を足したものとして読みませんでした: 4行目。",
			"The Rep column is read as the rep's name (no KPI). Total rows are left out, as the other rows of their period add up to them: row 4."},
		{"two", "Month,Rep,Calls\n2026-04,A,100\n2026-04,Total,100\n2026-05,A,100\n2026-05,Total,100\n",
			"「Rep」列は担当者の名前として読みました（KPIの列ではありません）。合計の行は、同じ期間のほかの行を足したものとして読みませんでした: 3・5行目。",
			"The Rep column is read as the rep's name (no KPI). Total rows are left out, as the other rows of their period add up to them: rows 3 and 5."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), nodes)
			for l, want := range map[i18n.Lang]string{i18n.Ja: tc.ja, i18n.En: tc.en} {
				if got := report.ImportNotes(l, res, nodes); got != want {
					t.Errorf("%s:\n got %q\nwant %q", l, got, want)
				}
			}
		})
	}
}

// An import that checked each row's currency in a column of its own says
// which, in the page's language and the CLI's.
func TestImportCurrencyColumn(t *testing.T) {
	nodes := []actuals.Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}}
	res := actuals.ParseBytesIn([]byte("Month,Amount Currency,Revenue\n2026-04,USD,100\n2026-05,JPY,200\n"), nodes, "USD")
	for l, want := range map[i18n.Lang]string{
		i18n.Ja: "各行の金額の通貨は「Amount Currency」列で確かめました（計画と別の通貨の行は読み込みません）。",
		i18n.En: `Each row's amounts are in the currency its column "Amount Currency" names (a row in another currency than the plan's is left out).`,
	} {
		if got := report.ImportNotes(l, res, nodes); got != want {
			t.Errorf("%s:\n got %q\nwant %q", l, got, want)
		}
	}
	if len(res.Problems) != 1 || res.Problems[0].Row != 3 {
		t.Errorf("problems %v, want May's yen", res.Problems)
	}
}

// What a file could mean two ways the import says it read one way: dates
// day first, a rate's plain values as percentages, in both languages; a
// file that leaves no doubt is said nothing of.
func TestImportConventions(t *testing.T) {
	s := preset(t, "outbound")
	for _, tc := range []struct {
		name, csv, ja, en string
	}{
		{"dates day first", "Month,Calls\n1/4/2026,10\n1/5/2026,20\n",
			"「1/4/2026」のような日付は、ファイルの書き方に合わせて日を先に読みました（2026年4月1日）。",
			"Dates such as 1/4/2026 are read day first (1 April 2026), as the file writes them."},
		{"a rate's 0.9 beside 2.1 and 1.8", "Month,Appointment rate\n2026-04,2.1\n2026-05,1.8\n2026-06,0.9\n",
			"「アポイント獲得率」の1以下の値は、同じ列のほかの値に合わせて%として読みました（0.9は0.9%）。",
			"Appointment rate: values of 1 or less are read as percentages, as the column's others are (0.9 is 0.9%)."},
		{"no doubt", "Month,Calls,Close rate\n2026-04,10,25%\n4/13/2026,20,0.3\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := s.ImportCSV([]byte(tc.csv))
			nodes := s.ImportNodes()
			if ja, en := report.Conventions(i18n.Ja, res, nodes), report.Conventions(i18n.En, res, nodes); ja != tc.ja || en != tc.en {
				t.Errorf("ja %q\nen %q\nwant ja %q\nen %q", ja, en, tc.ja, tc.en)
			}
		})
	}
}

// TestImportCellUnit: a cell that writes its own unit under a header with
// one is read as the amount it says, and the import says so after the
// header's scale, in both languages, the same for the page and the CLI.
func TestImportCellUnit(t *testing.T) {
	s := preset(t, "field-sales")
	res, _ := s.ImportCSV([]byte("月,受注金額（千円）\n2026年4月,9万\n2026年5月,\"9,000\"\n"))
	if len(res.Entries) != 2 || res.Entries[0].Value != 9e4 || res.Entries[1].Value != 9e6 {
		t.Fatalf("entries %+v", res.Entries)
	}
	for l, want := range map[i18n.Lang]string{
		i18n.Ja: "「受注金額（千円）」の値は、見出しの単位（千円）のとおり1,000倍して読み込みました。「受注金額（千円）」の「9万」のように単位を書いた値は、見出しの単位を掛けずに、書かれたとおりの金額として読みました。",
		i18n.En: `"受注金額（千円）": each value is read ×1,000, as the header's unit (千円) says. "受注金額（千円）": values that write their own unit, such as 9万, are read as the amounts they say, without the header's unit.`,
	} {
		if got := report.Scaled(l, res); got != want {
			t.Errorf("%s:\ngot  %q\nwant %q", l, got, want)
		}
	}
}

// TestImportExtraCells: a row wider than the header is named in the page's
// language with both counts and the way out; its columns had shifted.
func TestImportExtraCells(t *testing.T) {
	s := preset(t, "outbound")
	res, _ := s.ImportCSV([]byte("月,架電数,売上\n2026/09,4900,8,343,000\n"))
	if len(res.Problems) != 1 {
		t.Fatalf("problems %+v", res.Problems)
	}
	want := "2行目: この行は5列ありますが見出しは3列のため、列がずれないよう読み飛ばします。桁区切りのカンマを含む数値は\"8,343,000\"のように引用符で囲むか（ExcelのCSVはそう書き出します）、余分な列に見出しを付けてください"
	if got := report.Problem(i18n.Ja, res.Problems[0]); got != want {
		t.Errorf("ja:\ngot  %q\nwant %q", got, want)
	}
	if en := report.Problem(i18n.En, res.Problems[0]); en != res.Problems[0].Error() {
		t.Errorf("en %q, the package's own %q", en, res.Problems[0].Error())
	}
}

// TestImportRepColumn: a per-rep export's rep column (担当者, Owner) is no
// problem: the import says it read the reps' rows into the team's. Every
// such file had read 「問題が1件あります」, naming the column as no KPI.
func TestImportRepColumn(t *testing.T) {
	s := preset(t, "outbound")
	res, _ := s.ImportCSV([]byte("月,担当者,架電数\n2026-04,佐藤,100\n2026-04,鈴木,200\n"))
	if len(res.Problems) != 0 || len(res.Entries) != 1 || res.Entries[0].Value != 300 {
		t.Fatalf("entries %+v, problems %+v", res.Entries, res.Problems)
	}
	nodes := s.ImportNodes()
	for l, want := range map[i18n.Lang]string{
		i18n.Ja: "「担当者」列は担当者の名前として読みました（KPIの列ではありません）。2026年4月の架電数は2行を合計しました。",
		i18n.En: "The 担当者 column is read as the rep's name (no KPI). Apr 2026 calls: 2 rows added up.",
	} {
		if got := report.ImportNotes(l, res, nodes); !strings.Contains(got, want) {
			t.Errorf("%s: notes %q lack %q", l, got, want)
		}
	}
}
