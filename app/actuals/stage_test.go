package actuals_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// A deal export (a Salesforce opportunity report, HubSpot's deals) has a
// row per deal and its stage. Its lost deals' amounts were read as revenue
// (Closed Lost ¥1,500,000 made April ¥3,600,000 where ¥2,100,000 was won),
// and its won deals were no deals: the stage column was "no KPI". Only won
// rows are read now, each one deal won; the days count by month, and the
// file's last month through the week of its last deal, the weeks before it
// without a won deal as zero.
func TestStage(t *testing.T) {
	type want struct {
		entries []string // "2026-04 w0 revenue 2100000 (2 rows)"
		won     int
		others  []actuals.StageCount
		node    string // the deal count the won rows give
		counted string
		through string   // "2026-05 w2", "" when whole months
		unread  []string // the columns that name no node: said, no problem
	}
	for _, tc := range []struct {
		name, csv string
		want      want
	}{
		{name: "a Salesforce opportunity report, a row per deal",
			csv: "Opportunity Name,Stage,Amount,Close Date,Opportunity Owner\n" +
				"Acme,Closed Won,\"1,200,000\",2026/4/10,Sato\n" +
				"Beta,Closed Won,\"900,000\",2026/4/22,Suzuki\n" +
				"Gamma,Closed Lost,\"1,500,000\",2026/4/25,Sato\n" +
				"Delta,Negotiation/Review,\"3,000,000\",2026/5/20,Sato\n" +
				"Epsilon,Closed Won,\"1,100,000\",2026/5/12,Tanaka\n",
			want: want{
				entries: []string{"2026-04 w0 revenue 2100000 (2 rows)", "2026-04 w0 deals 2 (2 rows)",
					"2026-05 w1 revenue 0 (0 rows)", "2026-05 w1 deals 0 (0 rows)",
					"2026-05 w2 revenue 1100000 (1 rows)", "2026-05 w2 deals 1 (1 rows)"},
				won: 3, others: []actuals.StageCount{{Stage: "Closed Lost", Rows: 1}, {Stage: "Negotiation/Review", Rows: 1}},
				node: "deals", through: "2026-05 w2",
				unread: []string{"Opportunity Name", "Opportunity Owner"}}},
		{name: "HubSpot's deals in Japanese, stages numbered",
			csv: "取引名,取引ステージ,金額,受注日\n" +
				"A社,05_受注,120万,2026年4月3日\n" +
				"B社,失注,300万,2026年4月9日\n" +
				"C社,05_受注,80万,2026年4月30日\n",
			want: want{
				entries: []string{"2026-04 w1 revenue 1200000 (1 rows)", "2026-04 w1 deals 1 (1 rows)",
					"2026-04 w2 revenue 0 (0 rows)", "2026-04 w2 deals 0 (0 rows)",
					"2026-04 w3 revenue 0 (0 rows)", "2026-04 w3 deals 0 (0 rows)",
					"2026-04 w4 revenue 0 (0 rows)", "2026-04 w4 deals 0 (0 rows)",
					"2026-04 w5 revenue 800000 (1 rows)", "2026-04 w5 deals 1 (1 rows)"},
				won: 2, others: []actuals.StageCount{{Stage: "失注", Rows: 1}}, node: "deals", through: "2026-04 w5",
				unread: []string{"取引名"}}},
		{name: "Salesforce in Japanese: 成立 and 不成立, a close date as HubSpot's クローズ日",
			csv: "商談名,フェーズ,金額,クローズ日\nA社,成立,1000000,2026/4/10\nB社,不成立,500000,2026/4/20\n",
			want: want{
				entries: []string{"2026-04 w1 revenue 0 (0 rows)", "2026-04 w1 deals 0 (0 rows)",
					"2026-04 w2 revenue 1000000 (1 rows)", "2026-04 w2 deals 1 (1 rows)",
					"2026-04 w3 revenue 0 (0 rows)", "2026-04 w3 deals 0 (0 rows)"},
				won: 1, others: []actuals.StageCount{{Stage: "不成立", Rows: 1}}, node: "deals", through: "2026-04 w3",
				unread: []string{"商談名"}}},
		{name: "Pipedrive's deals: Deal - Status won, lost or open",
			csv: "Deal - Title,Deal - Value,Deal - Status,Deal - Won time\nA,1000,won,2026-04-02 10:00:00\nB,2000,lost,\nC,3000,open,\n",
			want: want{entries: []string{"2026-04 w1 revenue 1000 (1 rows)", "2026-04 w1 deals 1 (1 rows)"},
				won: 1, others: []actuals.StageCount{{Stage: "lost", Rows: 1}, {Stage: "open", Rows: 1}}, node: "deals", through: "2026-04 w1",
				unread: []string{"Deal - Title"}}},
		{name: "Zoho CRM's deals: Closing Date",
			csv: "Deal Name,Stage,Amount,Closing Date\nA,Closed Won,1000,2026-04-30\nB,Closed Lost,5000,2026-05-01\n",
			want: want{entries: []string{"2026-04 w0 revenue 1000 (1 rows)", "2026-04 w0 deals 1 (1 rows)",
				"2026-05 w1 revenue 0 (0 rows)", "2026-05 w1 deals 0 (0 rows)"},
				won: 1, others: []actuals.StageCount{{Stage: "Closed Lost", Rows: 1}}, node: "deals", through: "2026-05 w1",
				unread: []string{"Deal Name"}}},
		{name: "a summary report grouped by stage: the record count is the deals",
			csv: "Stage,Close Month,Sum of Amount,Record Count\n" +
				"Closed Won,2026-04,\"2,100,000\",2\n" +
				",2026-05,\"1,100,000\",1\n" +
				"Closed Lost,2026-04,\"1,500,000\",1\n" +
				",2026-05,\"700,000\",1\n",
			want: want{
				entries: []string{"2026-04 w0 revenue 2100000 (1 rows)", "2026-04 w0 deals 2 (1 rows)",
					"2026-05 w0 revenue 1100000 (1 rows)", "2026-05 w0 deals 1 (1 rows)"},
				won: 2, others: []actuals.StageCount{{Stage: "Closed Lost", Rows: 2}}, node: "deals", counted: "Record Count"}},
		{name: "a deals column of its own: rows are not counted",
			csv: "Month,Deal Status,Amount,Deals won\n2026-04,Won,\"2,000,000\",2\n2026-04,Lost,\"900,000\",1\n",
			want: want{
				entries: []string{"2026-04 w0 revenue 2000000 (1 rows)", "2026-04 w0 deals 2 (1 rows)"},
				won:     1, others: []actuals.StageCount{{Stage: "Lost", Rows: 1}}}},
		{name: "no won deal: nothing is read",
			csv:  "Stage,Close Date,Amount\nProspecting,2026-04-10,100\nClosed Lost,2026-04-11,200\n",
			want: want{won: 0, others: []actuals.StageCount{{Stage: "Prospecting", Rows: 1}, {Stage: "Closed Lost", Rows: 1}}, node: "deals"}},
		{name: "a month of lost deals only is a month of none, through its last",
			csv: "Stage,Close Date,Amount\nClosed Won,2026-04-08,100\nClosed Lost,2026-05-20,300\nProspecting,2026-06-30,500\n",
			want: want{entries: []string{"2026-04 w0 revenue 100 (1 rows)", "2026-04 w0 deals 1 (1 rows)",
				"2026-05 w1 revenue 0 (0 rows)", "2026-05 w1 deals 0 (0 rows)", "2026-05 w2 revenue 0 (0 rows)", "2026-05 w2 deals 0 (0 rows)",
				"2026-05 w3 revenue 0 (0 rows)", "2026-05 w3 deals 0 (0 rows)"},
				won: 1, others: []actuals.StageCount{{Stage: "Closed Lost", Rows: 1}, {Stage: "Prospecting", Rows: 1}}, node: "deals", through: "2026-05 w3"}},
		{name: "a quiet month between is a month of none",
			csv: "Stage,Month,Amount\nWon,2026-04,100\nWon,2026-06,200\n",
			want: want{entries: []string{"2026-04 w0 revenue 100 (1 rows)", "2026-04 w0 deals 1 (1 rows)",
				"2026-05 w0 revenue 0 (0 rows)", "2026-05 w0 deals 0 (0 rows)", "2026-06 w0 revenue 200 (1 rows)", "2026-06 w0 deals 1 (1 rows)"},
				won: 1 + 1, node: "deals"}},
		{name: "a lost deal's bad date is no problem",
			csv: "Stage,Close Date,Amount\nClosed Lost,someday,100\nClosed Won,2026-04-01,200\n",
			want: want{entries: []string{"2026-04 w1 revenue 200 (1 rows)", "2026-04 w1 deals 1 (1 rows)"},
				won: 1, others: []actuals.StageCount{{Stage: "Closed Lost", Rows: 1}}, node: "deals", through: "2026-04 w1"}},
		{name: "a blank stage under no stage",
			csv: "Stage,Month,Amount\n,2026-04,100\nWon,2026-04,200\n",
			want: want{entries: []string{"2026-04 w0 revenue 200 (1 rows)", "2026-04 w0 deals 1 (1 rows)"},
				won: 1, others: []actuals.StageCount{{Stage: "", Rows: 1}}, node: "deals"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), outbound)
			if res.Stage == nil {
				t.Fatal("no stage column read")
			}
			var got want
			for _, e := range res.Entries {
				got.entries = append(got.entries, fmt.Sprintf("%d-%02d w%d %s %s (%d rows)", e.Year, e.Month, e.Week, e.Node, ftoa(e.Value), e.Rows))
			}
			st := res.Stage
			got.won, got.others, got.node, got.counted = st.Won, st.Others, st.Node, st.Counted
			if st.Through.Week > 0 {
				got.through = fmt.Sprintf("%d-%02d w%d", st.Through.Year, st.Through.Month, st.Through.Week)
			}
			got.unread = st.Unread
			if !slices.Equal(got.entries, tc.want.entries) {
				t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got.entries, "\n"), strings.Join(tc.want.entries, "\n"))
			}
			if got.won != tc.want.won || !slices.Equal(got.others, tc.want.others) || st.Left() != sum(tc.want.others) {
				t.Errorf("won %d, others %v; want %d, %v", got.won, got.others, tc.want.won, tc.want.others)
			}
			if got.node != tc.want.node || got.counted != tc.want.counted || got.through != tc.want.through {
				t.Errorf("deals from %q (%q), through %q; want %q (%q), %q", got.node, got.counted, got.through, tc.want.node, tc.want.counted, tc.want.through)
			}
			if !slices.Equal(got.unread, tc.want.unread) || len(res.Problems) > 0 {
				t.Errorf("columns not read %q, want %q; problems %v", got.unread, tc.want.unread, res.Problems)
			}
		})
	}
}

func sum(cs []actuals.StageCount) int {
	n := 0
	for _, c := range cs {
		n += c.Rows
	}
	return n
}

// A file without a stage column reads every row, as before: a Stage
// column that names a node of the tree is that node's, and a bare Status
// (a month final or preliminary) is no deal's stage.
func TestNoStage(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		nodes     []actuals.Node
		problems  int // the columns named no KPI
	}{
		{"a monthly summary", "Month,Revenue,Deals won\n2026-04,100,1\n", outbound, 0},
		{"a status node", "Month,Stage\n2026-04,3\n", append(slices.Clone(outbound), actuals.Node{ID: "stage", Ja: "ステージ", En: "Stage"}), 0},
		{"a month's status", "Month,Status,Revenue\n2026-04,Final,100\n", outbound, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), tc.nodes)
			if res.Stage != nil || len(res.Entries) == 0 || len(res.Problems) != tc.problems {
				t.Errorf("stage %+v, %d entries, problems %v", res.Stage, len(res.Entries), res.Problems)
			}
		})
	}
}

// Of several date columns, the period is the likeliest date of what the
// file counts: a month, then a deal's close date, then an activity's date,
// then a creation date, whatever their order. The first column won: an
// opportunity report's Created Date (January) dated deals closed in April.
func TestPeriodColumn(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		period    int      // the column, from 1
		dates     []string // the date columns not read
		month     int      // the first entry's month
	}{
		{"Created Date before Close Date", "Opportunity Name,Created Date,Stage,Amount,Close Date\nA,2026/1/10,Closed Won,100,2026/4/10\n", 5, []string{"Created Date"}, 4},
		{"Close Date before Created Date", "Close Date,Amount,Created Date\n2026/4/10,100,2026/1/10\n", 1, []string{"Created Date"}, 4},
		{"作成日 and 完了予定日", "商談名,作成日,フェーズ,金額,完了予定日\nA社,2026/1/10,成立,100,2026/4/10\n", 5, []string{"作成日"}, 4},
		{"a month before a date", "Date,Month,Calls\n2026/1/10,2026-04,100\n", 2, []string{"Date"}, 4},
		{"an activity's date before its creation", "Created Date,Activity Date,Calls\n2026/1/10,2026/4/1,100\n", 2, []string{"Created Date"}, 4},
		{"one date", "Close Date,Amount\n2026/4/1,100\n", 1, nil, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(tc.csv), outbound)
			if res.Period != tc.period || !slices.Equal(res.Dates, tc.dates) {
				t.Errorf("period column %d, dates not read %q; want %d, %q", res.Period, res.Dates, tc.period, tc.dates)
			}
			if len(res.Entries) == 0 || res.Entries[0].Month != tc.month {
				t.Errorf("entries %+v, want month %d", res.Entries, tc.month)
			}
			for _, p := range res.Problems {
				if slices.Contains(tc.dates, p.Header) {
					t.Errorf("a date not read is a problem: %v", p)
				}
			}
		})
	}
}
