package actuals_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// An activity log (a Salesforce Activities report, an SFA's 活動履歴) has
// a row per call, visit or email and a column for its type. It was
// refused whole: "no column names a KPI of this tree", though it is where
// a team's calls are kept. Each row now counts one for the KPI its type
// names, by month, a month without one as zero and the file's last month
// through the week of its last activity; other types, and tasks not done,
// are left out and counted.
func TestActivity(t *testing.T) {
	route := []actuals.Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true},
		{ID: "visits", Ja: "訪問件数", En: "Visits"}, {ID: "upsell_rate", Ja: "アップセル率", En: "Upsell rate", Rate: true}}
	type want struct {
		entries   []string // "2026-04 w0 calls 3 (3 rows)"
		counted   []actuals.TypeCount
		others    []actuals.TypeCount
		planned   []actuals.StageCount
		status    string
		count     string // a summary report's count column
		inbound   []actuals.StageCount
		direction string   // a call's direction column
		through   string   // "2026-06 w1", "" when whole months
		unread    []string // the columns that name no node: said, no problem
	}
	for _, tc := range []struct {
		name, csv, file string
		nodes           []actuals.Node
		want            want
	}{
		{name: "a Salesforce tasks report: calls and meetings counted, emails and an open task left out",
			file: "salesforce-activities-en.csv", nodes: outbound,
			want: want{
				entries: []string{"2026-04 w0 calls 3 (3 rows)", "2026-04 w0 opportunities 1 (1 rows)",
					"2026-05 w0 calls 0 (0 rows)", "2026-05 w0 opportunities 0 (0 rows)",
					"2026-06 w1 calls 2 (2 rows)", "2026-06 w1 opportunities 0 (0 rows)"},
				counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 5}, {Type: "Meeting", Node: "opportunities", Rows: 1}},
				others:  []actuals.TypeCount{{Type: "Email", Rows: 2}},
				planned: []actuals.StageCount{{Stage: "Not Started", Rows: 1}}, status: "Status",
				through: "2026-06 w1", unread: []string{"Subject", "Assigned", "Company / Account"}}},
		{name: "an SFA's 活動履歴 in Japanese: 電話 as 架電数, アポ as the first meetings",
			file: "sfa-activities-ja.csv", nodes: outbound,
			want: want{
				entries: []string{"2026-04 w0 calls 2 (2 rows)", "2026-04 w0 opportunities 1 (1 rows)", "2026-04 w0 first_meetings 0 (0 rows)",
					"2026-05 w1 calls 1 (1 rows)", "2026-05 w1 opportunities 0 (0 rows)", "2026-05 w1 first_meetings 0 (0 rows)",
					"2026-05 w2 calls 0 (0 rows)", "2026-05 w2 opportunities 0 (0 rows)", "2026-05 w2 first_meetings 0 (0 rows)",
					"2026-05 w3 first_meetings 1 (1 rows)", "2026-05 w3 calls 0 (0 rows)", "2026-05 w3 opportunities 0 (0 rows)"},
				counted: []actuals.TypeCount{{Type: "電話", Node: "calls", Rows: 3}, {Type: "訪問", Node: "opportunities", Rows: 1},
					{Type: "アポ", Node: "first_meetings", Rows: 1}},
				others:  []actuals.TypeCount{{Type: "メール", Rows: 1}},
				through: "2026-05 w3", unread: []string{"担当者", "顧客名", "件名"}}},
		{name: "a route sales tree: 訪問 counts for its 訪問件数, and 電話 for nothing",
			file: "sfa-activities-ja.csv", nodes: route,
			want: want{
				entries: []string{"2026-04 w0 visits 1 (1 rows)", "2026-05 w1 visits 0 (0 rows)", "2026-05 w2 visits 0 (0 rows)", "2026-05 w3 visits 0 (0 rows)"},
				counted: []actuals.TypeCount{{Type: "訪問", Node: "visits", Rows: 1}},
				others:  []actuals.TypeCount{{Type: "電話", Rows: 3}, {Type: "メール", Rows: 1}, {Type: "アポ", Rows: 1}},
				through: "2026-05 w3", unread: []string{"担当者", "顧客名", "件名"}}},
		{name: "HubSpot's activities: types in capitals, an English tree's Visits",
			csv:   "Activity date,Activity type,Call outcome,Contact\n2026-04-01,CALL,Connected,A\n2026-04-01,call,No answer,B\n2026-04-30,VISIT,,C\n",
			nodes: route,
			want: want{
				entries: []string{"2026-04 w1 visits 0 (0 rows)", "2026-04 w2 visits 0 (0 rows)", "2026-04 w3 visits 0 (0 rows)",
					"2026-04 w4 visits 0 (0 rows)", "2026-04 w5 visits 1 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "VISIT", Node: "visits", Rows: 1}},
				others:  []actuals.TypeCount{{Type: "CALL", Rows: 2}},
				through: "2026-04 w5", unread: []string{"Call outcome", "Contact"}}},
		{name: "Salesforce's tasks and events: dated by Due Date, not Created Date",
			csv:   "Subject,Type,Created Date,Due Date,Status\nCall,Call,2026/3/30,2026/4/1,Completed\nCall,Call,2026/4/20,2026/5/1,Completed\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w0 calls 1 (1 rows)", "2026-05 w1 calls 1 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 2}},
				status:  "Status", through: "2026-05 w1", unread: []string{"Subject"}}},
		{name: "an SFA's 訪問日 and 訪問件数",
			csv:   "訪問日,区分,顧客\n2026/4/3,訪問,A社\n2026/4/28,訪問,B社\n",
			nodes: []actuals.Node{{ID: "visits", Ja: "訪問件数", En: "Visits"}},
			want: want{
				entries: []string{"2026-04 w1 visits 1 (1 rows)", "2026-04 w2 visits 0 (0 rows)", "2026-04 w3 visits 0 (0 rows)", "2026-04 w4 visits 1 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "訪問", Node: "visits", Rows: 2}},
				through: "2026-04 w4", unread: []string{"顧客"}}},
		{name: "a summary report: each row its Record Count",
			csv:   "Type,Month,Record Count\nCall,2026-04,120\nEmail,2026-04,30\nCall,2026-05,130\nMeeting,2026-05,4\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w0 calls 120 (1 rows)", "2026-04 w0 opportunities 0 (0 rows)", "2026-05 w0 calls 130 (1 rows)", "2026-05 w0 opportunities 4 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 2}, {Type: "Meeting", Node: "opportunities", Rows: 1}},
				others:  []actuals.TypeCount{{Type: "Email", Rows: 1}}, count: "Record Count"}},
		{name: "a summary in Japanese: 件数",
			csv:   "活動種別,年月,件数\n電話,2026年4月,\"1,200\"\n訪問,2026年4月,35\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w0 calls 1200 (1 rows)", "2026-04 w0 opportunities 35 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "電話", Node: "calls", Rows: 1}, {Type: "訪問", Node: "opportunities", Rows: 1}}, count: "件数"}},
		{name: "a sheet of 月, 種別 and 実績: its numbers are the counts",
			csv:   "月,種別,実績\n2026年4月,電話,800\n2026年4月,訪問,20\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w0 calls 800 (1 rows)", "2026-04 w0 opportunities 20 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "電話", Node: "calls", Rows: 1}, {Type: "訪問", Node: "opportunities", Rows: 1}}, count: "実績"}},
		{name: "Salesforce's Call Type beside Type: inbound calls left out, and Call Type is no type column",
			csv:   "Subject,Call Type,Type,Date\nCall,Outbound,Call,2026/4/1\nCall,Inbound,Call,2026/4/2\nCall,,Call,2026/4/3\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w1 calls 2 (2 rows)"},
				counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 2}},
				inbound: []actuals.StageCount{{Stage: "Inbound", Rows: 1}}, direction: "Call Type",
				through: "2026-04 w1", unread: []string{"Subject"}}},
		{name: "HubSpot's calls: no type column, each row a call; the inbound left out",
			csv:   "Activity date,Call title,Call direction,Call outcome,Call duration (HH:mm:ss),Create date\n2026-04-02 10:00,A,OUTBOUND,Connected,00:03:10,2026-04-02\n2026-04-02 11:00,B,INBOUND,Connected,00:01:00,2026-04-02\n2026-04-09 09:30,C,OUTBOUND,No answer,00:00:00,2026-04-09\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w1 calls 1 (1 rows)", "2026-04 w2 calls 1 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 2}},
				inbound: []actuals.StageCount{{Stage: "INBOUND", Rows: 1}}, direction: "Call direction",
				through: "2026-04 w2", unread: []string{"Call outcome", "Call duration (HH:mm:ss)"}}},
		{name: "a grouped report writes its type once",
			csv:   "Type,Date,Subject\nCall,2026/4/1,a\n,2026/4/2,b\n,2026/4/3,c\nEmail,2026/4/4,d\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w1 calls 3 (3 rows)"},
				counted: []actuals.TypeCount{{Type: "Call", Node: "calls", Rows: 3}},
				others:  []actuals.TypeCount{{Type: "Email", Rows: 1}},
				through: "2026-04 w1", unread: []string{"Subject"}}},
		{name: "a type that names two KPIs counts for neither",
			csv:   "種別,日付\nMeeting,2026-04-01\n電話,2026-04-01\n",
			nodes: []actuals.Node{{ID: "calls", Ja: "架電数", En: "Calls"}, {ID: "a", Ja: "商談数", En: "Meetings A"}, {ID: "b", Ja: "商談件数", En: "Meetings B"}},
			want: want{
				entries: []string{"2026-04 w1 calls 1 (1 rows)"},
				counted: []actuals.TypeCount{{Type: "電話", Node: "calls", Rows: 1}},
				others:  []actuals.TypeCount{{Type: "Meeting", Many: "a, b", Rows: 1}}, through: "2026-04 w1"}},
		{name: "cancelled and planned in Japanese, a blank status counted",
			csv:   "活動日,種別,ステータス\n2026/4/1,電話,完了\n2026/4/2,電話,\n2026/4/3,電話,キャンセル\n2026/4/9,電話,予定\n",
			nodes: outbound,
			want: want{
				entries: []string{"2026-04 w1 calls 2 (2 rows)"},
				counted: []actuals.TypeCount{{Type: "電話", Node: "calls", Rows: 2}},
				planned: []actuals.StageCount{{Stage: "キャンセル", Rows: 1}, {Stage: "予定", Rows: 1}}, status: "ステータス",
				through: "2026-04 w1"}},
		{name: "no type names a KPI: nothing read, every type named",
			csv:   "Type,Date\nEmail,2026-04-01\nNote,2026-04-02\n",
			nodes: outbound,
			want:  want{others: []actuals.TypeCount{{Type: "Email", Rows: 1}, {Type: "Note", Rows: 1}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.csv)
			if tc.file != "" {
				var err error
				if data, err = os.ReadFile("../../testdata/actuals/" + tc.file); err != nil {
					t.Fatal(err)
				}
			}
			res := actuals.ParseBytes(data, tc.nodes)
			a := res.Activity
			if a == nil {
				t.Fatalf("no activity log read; problems %v", res.Problems)
			}
			var got want
			for _, e := range res.Entries {
				got.entries = append(got.entries, fmt.Sprintf("%d-%02d w%d %s %s (%d rows)", e.Year, e.Month, e.Week, e.Node, ftoa(e.Value), e.Rows))
			}
			if !slices.Equal(got.entries, tc.want.entries) {
				t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got.entries, "\n"), strings.Join(tc.want.entries, "\n"))
			}
			if !slices.Equal(a.Counted, tc.want.counted) || !slices.Equal(a.Others, tc.want.others) || !slices.Equal(a.Planned, tc.want.planned) {
				t.Errorf("counted %v, others %v, planned %v;\nwant %v, %v, %v", a.Counted, a.Others, a.Planned, tc.want.counted, tc.want.others, tc.want.planned)
			}
			if n := sumTypes(tc.want.counted); a.Read() != n || res.Valued != n {
				t.Errorf("%d rows read, %d valued; want %d", a.Read(), res.Valued, n)
			}
			if got.through = ""; a.Through.Week > 0 {
				got.through = fmt.Sprintf("%d-%02d w%d", a.Through.Year, a.Through.Month, a.Through.Week)
			}
			if a.Count != tc.want.count || a.Direction != tc.want.direction || !slices.Equal(a.Inbound, tc.want.inbound) {
				t.Errorf("count column %q, direction %q, inbound %v; want %q, %q, %v", a.Count, a.Direction, a.Inbound, tc.want.count, tc.want.direction, tc.want.inbound)
			}
			if a.Status != tc.want.status || got.through != tc.want.through || !slices.Equal(a.Unread, tc.want.unread) {
				t.Errorf("status %q, through %q, unread %q; want %q, %q, %q", a.Status, got.through, a.Unread, tc.want.status, tc.want.through, tc.want.unread)
			}
			if len(res.Problems) > 0 {
				t.Errorf("problems %v", res.Problems)
			}
		})
	}
}

func sumTypes(ts []actuals.TypeCount) int {
	n := 0
	for _, t := range ts {
		n += t.Rows
	}
	return n
}

// A type column is an activity log's only where no column gives a value:
// a deal export's Type (New Business) and a wide file's 区分 beside its
// counts are read as before.
func TestNoActivity(t *testing.T) {
	for _, tc := range []struct{ name, csv string }{
		{"a deal export's type", "Opportunity Name,Type,Stage,Amount,Close Date\nA,New Business,Closed Won,100,2026/4/10\n"},
		{"a wide file's 区分", "月,区分,架電数\n2026-04,新規,100\n"},
		{"a long form", "Month,Type,Metric,Value\n2026-04,Call,Calls,100\n"},
		{"no period", "Type,Subject\nCall,a\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if res := actuals.ParseBytes([]byte(tc.csv), outbound); res.Activity != nil {
				t.Errorf("read as an activity log: %+v", res.Activity)
			}
		})
	}
}
