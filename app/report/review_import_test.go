package report_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// A problem reads wholly in the page's language, naming its rule: a file
// over the row limit read 「100002行目: ファイルが大きすぎます。以降は読み
// 込みません（over 100000 rows）」, a file that could not be read quoted
// Go's English error in the Japanese message, a spreadsheet was quoted
// back as a column name and a header alone as no problem at all.
func TestProblemInThePageLanguage(t *testing.T) {
	calls := []actuals.Node{{ID: "calls", Ja: "架電数", En: "Calls"}}
	for _, tc := range []struct {
		name   string
		res    *actuals.Result
		ja, en string
	}{
		{"over the row limit",
			actuals.ParseBytes([]byte("月,架電数\n"+strings.Repeat("2026-04,1\n", actuals.MaxRows+1)), calls),
			"データ行が上限の100,000行を超えているため、何も読み込みませんでした。月ごとの集計にするか、期間を分けて書き出してください",
			"the file has over 100,000 data rows, the limit, so nothing is imported: export a summary by month, or fewer months at a time"},
		{"over the size limit",
			actuals.ParseBytes([]byte("月,架電数\n"+strings.Repeat("2026-04,1\n", actuals.MaxBytes/10)), calls),
			"ファイルが上限の8 MBを超えているため、何も読み込みませんでした。期間を分けて書き出してください",
			"the file is over the limit of 8 MB, so nothing is imported: export fewer months at a time"},
		{"a spreadsheet picked in place of its CSV",
			actuals.ParseBytes([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00[Content_Types].xml"), calls),
			"表計算ソフトのファイル（Excelの.xlsx・.xls、.ods）かバイナリファイルで、CSVではありません。Excelで「名前を付けて保存 → CSV UTF-8 (コンマ区切り)」で保存し、そのファイルを読み込んでください",
			`the file is a spreadsheet (Excel .xlsx or .xls, .ods) or another binary file, not CSV: in Excel, choose Save As → "CSV UTF-8 (Comma delimited)" and import that file`},
		{"a header alone", actuals.ParseBytes([]byte("月,架電数\n"), calls),
			"見出し行のほかにデータ行がありません", "the file has a header row but no data rows"},
		{"a file that cannot be read",
			actuals.Parse(iotest.ErrReader(errors.New("unexpected EOF")), calls),
			"CSVとして読めません", "the file cannot be read as CSV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.res.Problems) != 1 || len(tc.res.Entries) != 0 {
				t.Fatalf("problems %+v, %d entries; want one problem and none", tc.res.Problems, len(tc.res.Entries))
			}
			p := tc.res.Problems[0]
			if ja, en := report.Problem(i18n.Ja, p), report.Problem(i18n.En, p); ja != tc.ja || en != tc.en || en != p.Error() {
				t.Errorf("ja %q\nen %q (importer %q)\nwant ja %q\nen %q", ja, en, p.Error(), tc.ja, tc.en)
			}
		})
	}
}

// Every code's Japanese message holds no English beyond its argument (a
// cell or header as written) and the names a user sees in a file or in
// Excel (CSV, UTF-8, Month, .xlsx …); a Text that is Go's English stays out.
func TestProblemJapaneseHasNoEnglish(t *testing.T) {
	names := regexp.MustCompile(`CSV|UTF-8|Shift_JIS|Excel|KPI|ID|MB|Month|Date|JPY|\.xlsx|\.xls|\.ods`)
	words := regexp.MustCompile(`[A-Za-z]{2,}`)
	codes := []actuals.Code{actuals.BadValueUnit, actuals.UnitConflict, actuals.RateRows, actuals.LevelRows, actuals.OtherCurrency, actuals.OtherCurrencyColumn, actuals.RepeatedColumn}
	for c := actuals.BadFile; c <= actuals.NoRows; c++ {
		codes = append(codes, c)
	}
	for _, c := range codes {
		p := actuals.Problem{Row: 3, Column: 2, Header: "Visits", Text: "extraneous or missing quote", Code: c}
		ja := report.Problem(i18n.Ja, p)
		rest := strings.Replace(ja, "（Visits）", "", 1)
		for _, arg := range p.Args() { // the header, and for a repeat the header it repeats
			if arg, ok := arg.(string); ok {
				rest = strings.Replace(rest, arg, "", 1)
			}
		}
		if w := words.FindString(names.ReplaceAllString(rest, "")); w != "" || strings.Contains(ja, "%!") {
			t.Errorf("code %d: %q reads %q in English", c, ja, w)
		}
	}
}

// TestImportUnitWords: an import says which columns it read at their
// header's unit, and why it left a money column out, in both languages.
func TestImportUnitWords(t *testing.T) {
	nodes := []actuals.Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}, {ID: "calls", Ja: "架電数", En: "Calls"}}
	res := actuals.ParseBytes([]byte("月,受注金額（千円）,架電数（千件）\n2026-04,9,1\n"), nodes)
	for _, c := range []struct {
		name string
		l    i18n.Lang
		want string
	}{
		{"ja", i18n.Ja, "「受注金額（千円）」の値は、見出しの単位（千円）のとおり1,000倍して読み込みました。「架電数（千件）」の値は、見出しの単位（千件）のとおり1,000倍して読み込みました。"},
		{"en", i18n.En, `"受注金額（千円）": each value is read ×1,000, as the header's unit (千円) says. "架電数（千件）": each value is read ×1,000, as the header's unit (千件) says.`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := report.Scaled(c.l, res); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
	if got := report.Scaled(i18n.Ja, actuals.ParseBytes([]byte("月,売上\n2026-04,9\n"), nodes)); got != "" {
		t.Errorf("no unit: %q", got)
	}
	long := actuals.ParseBytes([]byte("月,指標,値（千円）\n2026-04,受注金額,9\n2026-04,架電数,1\n2026-05,売上,2\n"), nodes)
	countsOnly := actuals.ParseBytes([]byte("Month,Metric,Value (K)\n2026-04,Calls,1\n"), nodes)
	for _, c := range []struct {
		name string
		l    i18n.Lang
		res  *actuals.Result
		want string
	}{
		{"a long form's value header, ja", i18n.Ja, long, "「値（千円）」の列の金額（受注金額、売上）は、見出しの単位（千円）のとおり1,000倍して読み込みました。件数と率（架電数）には単位を掛けず、そのまま読み込みました。"},
		{"a long form's value header, en", i18n.En, long, `"値（千円）": its amounts (受注金額, 売上) are read ×1,000, as the header's unit (千円) says. Its counts and rates (架電数) are read as written.`},
		{"a value header over counts alone, ja", i18n.Ja, countsOnly, "見出しの単位（K）は金額にだけ掛けるため、「Value (K)」の列の件数と率（Calls）はそのまま読み込みました。"},
		{"a value header over counts alone, en", i18n.En, countsOnly, `"Value (K)": its counts and rates (Calls) are read as written, as the header's unit (K) scales amounts only.`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := report.Scaled(c.l, c.res); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
	if got := report.Scaled(i18n.En, actuals.ParseBytes([]byte("月,指標,値（円）\n2026-04,受注金額,9\n"), nodes)); got != "" {
		t.Errorf("a value header in yen: %q", got)
	}
	p := actuals.Problem{Row: 1, Column: 2, Header: "受注金額（新規）", Text: "新規", Code: actuals.BadUnit, InHeader: true}
	if en, ja := report.Problem(i18n.En, p), report.Problem(i18n.Ja, p); en != p.Error() ||
		ja != "2列目（受注金額（新規））: 見出しの単位「新規」は読めないため、この列は読み飛ばします。金額の単位は円・千円・万円・百万円・億円・JPY・K（千）・M（百万）のどれかで書いてください" {
		t.Errorf("en %q, ja %q", en, ja)
	}
	for _, c := range []struct {
		name   string
		p      actuals.Problem
		ja, en string
	}{
		{"a value header's brackets that are no unit", actuals.Problem{Row: 3, Column: 3, Header: "値（新規）", Text: "新規", Code: actuals.BadValueUnit},
			"3行目・3列目（値（新規））: 値の列の見出しの単位「新規」は読めないため、金額の行は読み飛ばします（件数と率は読み込みます）。金額の単位は円・千円・万円・百万円・億円・JPY・K（千）・M（百万）のどれかで書いてください",
			`row 3, column 3 (値（新規）): the value column's unit "新規" is not one this reads, so its amounts are left out (counts and rates are read): write an amount's unit as 円, 千円, 万円, 百万円, 億円, JPY, K (thousands) or M (millions)`},
		{"a metric's unit unlike the value header's", actuals.Problem{Row: 2, Column: 2, Header: "受注金額（百万円）", Text: "値（千円）", Code: actuals.UnitConflict},
			"2行目・2列目（受注金額（百万円））: 指標名の単位が値の列の見出し「値（千円）」の単位と合わないため、この行は読み飛ばします。単位はどちらか一方にだけ書いてください",
			`row 2, column 2 (受注金額（百万円）): the unit in the metric's name disagrees with the value column's header "値（千円）", so the row is left out: write the unit in one of them only`},
		{"a price in two rows of a month", actuals.Problem{Row: 3, Text: "平均単価", Code: actuals.LevelRows},
			"3行目: 「平均単価」は足し合わせられない値（単価・残高など）で、同じ月（週）に2行以上あります。その月（週）の値は読み込みません。1行にするか、もとになる金額と件数を入れてください",
			`row 3: "平均単価" is a value that rows do not add up to (a price, a balance) given in more than one row of one month or week, so it is left out for that period; give it once, or give the amounts and counts it comes from`},
		{"an amount in another currency", actuals.Problem{Row: 2, Column: 2, Header: "Amount", Text: "USD 10,000", Code: actuals.OtherCurrency},
			"2行目・2列目（Amount）: 「USD 10,000」は計画と別の通貨の金額のため、この行は読み込みません。計画の通貨に換算するか、計画の通貨（ページでは「ツリーを編集」の「このツリー」）を変えてください",
			`row 2, column 2 (Amount): "USD 10,000" is in another currency than the plan's, so the row is left out: convert it to the plan's currency, or change the plan's currency (in the page: Edit the tree, This tree)`},
		// Said of the column, which is left out: it read "row 1, column 6
		// … so the row is left out", and a KPI's second column "names no KPI".
		{"a header in another currency", actuals.Problem{Row: 1, Column: 6, Header: "Amount (USD)", Code: actuals.OtherCurrencyColumn},
			"6列目（Amount (USD)）: 見出しの「Amount (USD)」は計画と別の通貨のため、この列は読み込みません。計画の通貨に換算するか、計画の通貨（ページでは「ツリーを編集」の「このツリー」）を変えてください",
			`column 6 (Amount (USD)): the header "Amount (USD)" names another currency than the plan's, so the column is left out: convert its amounts to the plan's currency, or change the plan's currency (in the page: Edit the tree, This tree)`},
		{"a KPI's second column", actuals.Problem{Row: 1, Column: 3, Header: "CALLS", Text: " Calls ", Of: 2, Code: actuals.RepeatedColumn},
			"3列目（CALLS）: 「CALLS」は「Calls」（2列目）と同じKPIの列のため、この列は読み飛ばします",
			`column 3 (CALLS): "CALLS" repeats the column of Calls (column 2), so it is left out`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if ja, en := report.Problem(i18n.Ja, c.p), report.Problem(i18n.En, c.p); ja != c.ja || en != c.en || en != c.p.Error() {
				t.Errorf("ja %q\nen %q (importer %q)\nwant ja %q\nen %q", ja, en, c.p.Error(), c.ja, c.en)
			}
		})
	}
}
