package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestImportActivities: an import of an activity log says, in both
// languages, which types it counted for which KPI, the types and tasks it
// left out, how its months count and through which week its last month
// does, and the columns it did not read; its months' rows added up go
// unsaid (each row is an activity). A log whose types name no KPI says
// which types it holds and how a type is read.
func TestImportActivities(t *testing.T) {
	nodes := []actuals.Node{{ID: "calls", Ja: "架電数", En: "Calls"}, {ID: "opportunities", Ja: "商談数", En: "Opportunities"}}
	for _, tc := range []struct {
		name, csv string
		ja, en    string
	}{
		{"a tasks report", "Subject,Task Type,Date,Status\nCall,Call,2026/4/2,Completed\nCall,Call,2026/4/9,Completed\nIntro,Email,2026/4/10,Completed\nDemo,Meeting,2026/5/12,Completed\nCall,Call,2026/5/14,Not Started\n",
			"「Task Type」列の種別ごとに、1行を1件として数えました: Call → 架電数 2行、Meeting → 商談数 1行。KPIに当たらない種別の行は除きました: Email 1行。除いた種別を数えるには（数えた種別をほかのKPIで数えるにも）、「ツリーを編集」でそのKPIの「実績の取り込みで読む別名」に種別の名前を加えて、読み込み直してください。「Status」が未完了・取消の行は除きました: Not Started 1行。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。最後の月の2026年5月は、最後の活動の週（第2週）までとしました。KPIではない列（「Subject」）は読んでいません。",
			"Each row counts as one, by its Task Type: Call as Calls, 2 rows; Meeting as Opportunities, 1 row. Rows of a type that names no KPI are left out: Email: 1 row. To count a type left out (or a type counted as another KPI), add its name to that KPI's other names in Edit the tree, then import the file again. Rows whose Status is not done or cancelled are left out: Not Started: 1 row. Activities count in the month of their date, and a month without one of a type as none. The last month, May 2026, counts through the week of its last activity (week 2). Columns that name no KPI are not read: Subject."},
		{"by month, 1,200 calls", "活動種別,年月\n" + repeat("電話,2026年4月\n", 1200),
			"「活動種別」列の種別ごとに、1行を1件として数えました: 電話 → 架電数 1,200行。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。",
			"Each row counts as one, by its 活動種別: 電話 as Calls, 1,200 rows. Activities count in the month of their date, and a month without one of a type as none."},
		{"a summary report's Record Count", "Type,Month,Record Count\nCall,2026-04,120\nCall,2026-05,130\nEmail,2026-05,30\n",
			"「Type」列の種別ごとに、「Record Count」列の数を合計しました: Call → 架電数 2行。KPIに当たらない種別の行は除きました: Email 1行。除いた種別を数えるには（数えた種別をほかのKPIで数えるにも）、「ツリーを編集」でそのKPIの「実績の取り込みで読む別名」に種別の名前を加えて、読み込み直してください。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。",
			"Each row adds its Record Count, by its Type: Call as Calls, 2 rows. Rows of a type that names no KPI are left out: Email: 1 row. To count a type left out (or a type counted as another KPI), add its name to that KPI's other names in Edit the tree, then import the file again. Activities count in the month of their date, and a month without one of a type as none."},
		{"a summary's row pasted twice is named, as a log's rows alike are not", "Type,Month,Record Count\nCall,2026-04,120\nCall,2026-04,120\n",
			"「Type」列の種別ごとに、「Record Count」列の数を合計しました: Call → 架電数 2行。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。すべての列が同じ行も合計しました: 2・3行目。重複した行なら消して、読み込み直してください。",
			"Each row adds its Record Count, by its Type: Call as Calls, 2 rows. Activities count in the month of their date, and a month without one of a type as none. Rows identical in every column are added up too: rows 2 and 3. If one is a copy, delete it and import again."},
		{"a count refused is no row counted", "Type,Month,Record Count\nCall,2026-04,120\nCall,2026-05,many\nMeeting,2026-05,x\n",
			"「Type」列の種別ごとに、「Record Count」列の数を合計しました: Call → 架電数 1行。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。",
			"Each row adds its Record Count, by its Type: Call as Calls, 1 row. Activities count in the month of their date, and a month without one of a type as none."},
		{"inbound calls", "Type,Call Type,Date\nCall,Outbound,2026-04\nCall,Inbound,2026-04\n",
			"「Type」列の種別ごとに、1行を1件として数えました: Call → 架電数 1行。「Call Type」が着信の行は除きました: Inbound 1行。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。",
			"Each row counts as one, by its Type: Call as Calls, 1 row. Rows whose Call Type is inbound are left out: Inbound: 1 row. Activities count in the month of their date, and a month without one of a type as none."},
		{"a log of calls alone", "Activity date,Call outcome\n2026-04-01,Connected\n2026-04-02,No answer\n",
			"通話の記録（「Call outcome」列があります）として、1行を1件の架電として数えました: 架電数 2行。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。最後の月の2026年4月は、最後の活動の週（第1週）までとしました。",
			"Each row is one call, as in a log of calls (it has Call outcome): Calls: 2 rows. Activities count in the month of their date, and a month without one of a type as none. The last month, Apr 2026, counts through the week of its last activity (week 1)."},
		{"a log of calls, every one received", "Activity date,Call outcome,Call direction\n2026-04-01,Connected,Inbound\n",
			"「Call direction」が着信の行は除きました: Inbound 1行。",
			"Rows whose Call direction is inbound are left out: Inbound: 1 row."},
		{"every task not started", "Type,Date,Status\nCall,2026-04-01,Not Started\n",
			"「Status」が未完了・取消の行は除きました: Not Started 1行。",
			"Rows whose Status is not done or cancelled are left out: Not Started: 1 row."},
		{"no type names a KPI; a blank type is the one above", "Type,Date,Subject\nEmail,2026-04-01,a\nNote,2026-04-02,b\n,2026-04-03,c\n",
			"「Type」列の種別はどれもこのツリーのKPIに当たらず、何も読んでいません: Email 1行、Note 2行。種別はKPIの名前（Calls・訪問件数 など）か、Call・電話（架電数）、Visit・訪問（商談数・訪問数）などで数えます。除いた種別を数えるには（数えた種別をほかのKPIで数えるにも）、「ツリーを編集」でそのKPIの「実績の取り込みで読む別名」に種別の名前を加えて、読み込み直してください。KPIではない列（「Subject」）は読んでいません。",
			"No Type in the file names a KPI of this tree, so nothing is read: Email: 1 row; Note: 2 rows. A type counts for the KPI it names (Calls for Call, 訪問件数 for 訪問), and Call or 電話 for calls, Visit, Meeting or 訪問 for meetings or visits. To count a type left out (or a type counted as another KPI), add its name to that KPI's other names in Edit the tree, then import the file again. Columns that name no KPI are not read: Subject."},
		{"a blank type first, a type naming two KPIs", "Type,Date,Subject\n,2026-04-01,a\nMeeting,2026-04-01,b\nCall,2026-04-01,c\n",
			"「Type」列の種別ごとに、1行を1件として数えました: Call → 架電数 1行。KPIに当たらない種別の行は除きました: （空欄） 1行、Meeting 1行（複数のKPIに当たるため数えていません: opportunities, interviews）。除いた種別を数えるには（数えた種別をほかのKPIで数えるにも）、「ツリーを編集」でそのKPIの「実績の取り込みで読む別名」に種別の名前を加えて、読み込み直してください。活動は日付の月ごとに数え、その種別の活動がない月は0件としました。最後の月の2026年4月は、最後の活動の週（第1週）までとしました。KPIではない列（「Subject」）は読んでいません。",
			"Each row counts as one, by its Type: Call as Calls, 1 row. Rows of a type that names no KPI are left out: (blank): 1 row; Meeting: 1 row (it names more than one KPI, opportunities, interviews, so it is not counted). To count a type left out (or a type counted as another KPI), add its name to that KPI's other names in Edit the tree, then import the file again. Activities count in the month of their date, and a month without one of a type as none. The last month, Apr 2026, counts through the week of its last activity (week 1). Columns that name no KPI are not read: Subject."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ns := nodes
			if tc.name == "a blank type first, a type naming two KPIs" {
				ns = append(ns[:2:2], actuals.Node{ID: "interviews", Ja: "面談数", En: "Meetings held"})
			}
			res := actuals.ParseBytes([]byte(tc.csv), ns)
			for _, c := range []struct {
				l    i18n.Lang
				want string
			}{{i18n.Ja, tc.ja}, {i18n.En, tc.en}} {
				if got := report.ImportNotes(c.l, res, ns); got != c.want {
					t.Errorf("%s:\n got %q\nwant %q", c.l, got, c.want)
				}
			}
		})
	}
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}
