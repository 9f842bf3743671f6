package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestImportStages: an import of a deal export says, in both languages,
// that only its won deals' rows are read, which stages it left out, how
// the deal count came and through which week its last month counts; a
// month's deals added up go unsaid (each row is a deal), a row pasted
// twice does not.
func TestImportStages(t *testing.T) {
	nodes := []actuals.Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}, {ID: "deals", Ja: "受注件数", En: "Deals won"}}
	for _, tc := range []struct {
		name, csv string
		ja, en    string
	}{
		{"a row per deal", "Stage,Amount,Close Date\nClosed Won,1200000,2026/4/10\nClosed Won,900000,2026/4/22\nClosed Lost,1500000,2026/4/25\nClosed Won,1100000,2026/5/12\n",
			"「Stage」列が受注の行だけを読みました（3行）。失注や進行中の行は除きました: Closed Lost 1行。受注件数は受注の行を1行1件として数えました。受注は受注日の月ごとに数え、受注のない月は0件としました。最後の月の2026年5月は、最後に受注か失注した週（第2週）までとしました。",
			"Only the rows whose Stage is a won deal are read (3 rows). Rows at other stages (lost or open) are left out: Closed Lost: 1 row. Deals won counts each won row as one deal. Deals count in the month they closed in, and a month without a won deal as none. The last month, May 2026, counts through the week of its last closed deal, won or lost (week 2)."},
		{"a summary by stage", "フェーズ,年月,金額,レコード件数\n受注,2026年4月,2100000,2\n,2026年5月,1100000,1\n失注,2026年4月,1500000,1\n商談中,2026年4月,900000,3\n",
			"「フェーズ」列が受注の行だけを読みました（2行）。失注や進行中の行は除きました: 失注 1行、商談中 1行。受注件数は受注の行の「レコード件数」を読みました。受注は受注日の月ごとに数え、受注のない月は0件としました。",
			"Only the rows whose フェーズ is a won deal are read (2 rows). Rows at other stages (lost or open) are left out: 失注: 1 row; 商談中: 1 row. Deals won reads the won rows' レコード件数. Deals count in the month they closed in, and a month without a won deal as none."},
		{"created before closed", "Created Date,Stage,Amount,Close Date\n2026/1/10,Won,100,2026/4/1\n",
			"行の日付は「Close Date」で読みました（「Created Date」は使っていません）。「Stage」列が受注の行だけを読みました（1行）。受注件数は受注の行を1行1件として数えました。受注は受注日の月ごとに数え、受注のない月は0件としました。最後の月の2026年4月は、最後に受注か失注した週（第1週）までとしました。",
			"Rows are dated by Close Date (not by Created Date). Only the rows whose Stage is a won deal are read (1 row). Deals won counts each won row as one deal. Deals count in the month they closed in, and a month without a won deal as none. The last month, Apr 2026, counts through the week of its last closed deal, won or lost (week 1)."},
		{"a deal's name and owner", "Opportunity Name,Stage,Amount,Month,Owner\nA,Won,100,2026-04,Sato\n",
			"「Stage」列が受注の行だけを読みました（1行）。受注件数は受注の行を1行1件として数えました。受注は受注日の月ごとに数え、受注のない月は0件としました。KPIではない列（「Opportunity Name」、「Owner」）は読んでいません。",
			"Only the rows whose Stage is a won deal are read (1 row). Deals won counts each won row as one deal. Deals count in the month they closed in, and a month without a won deal as none. Columns that name no KPI are not read: Opportunity Name, Owner."},
		{"no won deal", "Stage,Month,Amount,Owner\nProspecting,2026-04,100,Sato\n",
			"「Stage」列が受注の行はなく、何も読んでいません。受注として読むのは Closed Won・受注・成約・成立・契約 などです。KPIではない列（「Owner」）は読んでいません。",
			"No row's Stage is a won deal, so nothing is read: a won deal's stage reads Closed Won, Won, 受注, 成約 or the like. Columns that name no KPI are not read: Owner."},
		{"a deal pasted twice", "Stage,Amount,Month\nWon,100,2026-04\nWon,100,2026-04\n",
			"「Stage」列が受注の行だけを読みました（2行）。受注件数は受注の行を1行1件として数えました。受注は受注日の月ごとに数え、受注のない月は0件としました。すべての列が同じ行も合計しました: 2・3行目。重複した行なら消して、読み込み直してください。",
			"Only the rows whose Stage is a won deal are read (2 rows). Deals won counts each won row as one deal. Deals count in the month they closed in, and a month without a won deal as none. Rows identical in every column are added up too: rows 2 and 3. If one is a copy, delete it and import again."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), nodes)
			for _, c := range []struct {
				l    i18n.Lang
				want string
			}{{i18n.Ja, tc.ja}, {i18n.En, tc.en}} {
				if got := report.ImportNotes(c.l, res, nodes); got != c.want {
					t.Errorf("%s:\n got %q\nwant %q", c.l, got, c.want)
				}
			}
		})
	}
}

// A won deal in another currency than the plan's is left out whole, and
// the note says so: it had said "no row's Stage is a won deal" of a file
// of three won deals in dollars, and counted a deal without its amount.
func TestImportStagesForeign(t *testing.T) {
	nodes := []actuals.Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}, {ID: "deals", Ja: "受注件数", En: "Deals won"}}
	for _, tc := range []struct {
		name, csv string
		ja, en    string
	}{
		{"every won deal in dollars", "Stage,Amount,Month\nWon,USD 100,2026-04\nWon,USD 200,2026-04\n",
			"「Stage」列が受注の行（2行）はどれも金額が計画と別の通貨のため、何も読んでいません。",
			"Every row whose Stage is a won deal (2 rows) is in another currency than the plan's, so nothing is read."},
		{"one of two in dollars", "Stage,Amount,Month\nWon,USD 100,2026-04\nWon,200,2026-04\n",
			"「Stage」列が受注の行だけを読みました（1行）。受注の行のうち1行は、金額が計画と別の通貨のため受注件数にも数えていません。受注件数は受注の行を1行1件として数えました。受注は受注日の月ごとに数え、受注のない月は0件としました。",
			"Only the rows whose Stage is a won deal are read (1 row). Won rows in another currency than the plan's (1 row) are not counted as deals either. Deals won counts each won row as one deal. Deals count in the month they closed in, and a month without a won deal as none."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytesIn([]byte(tc.csv), nodes, "JPY")
			for l, want := range map[i18n.Lang]string{i18n.Ja: tc.ja, i18n.En: tc.en} {
				if got := report.ImportNotes(l, res, nodes); got != want {
					t.Errorf("%s:\n got %q\nwant %q", l, got, want)
				}
			}
		})
	}
}
