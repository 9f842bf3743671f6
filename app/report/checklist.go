package report

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
)

// CheckItem is one item of the article's 【チェックリスト】営業KPI設計・運用
// チェックリスト: its number in the article (1 to 15), its words in
// Japanese (verbatim) and English, and its place in the order of what to
// do next (1 first).
type CheckItem struct {
	N        int
	Ja, En   string
	Priority int
}

// Text is the item in language l.
func (it CheckItem) Text(l i18n.Lang) string {
	if l == i18n.Ja {
		return it.Ja
	}
	return it.En
}

// Checklist is the article's fifteen items, in its order.
//
// Priority orders what to do next, and follows the article's own logic:
//
//  1. Design before operation: the KGI (1), then the tree derived from it
//     (2), then SMART KPIs (3), in the article's design steps' order: a
//     wrong KPI measured well is still wrong.
//  2. Then the design faults the article names as failure patterns:
//     outcome indicators beside activity counts (15; 架電数だけをKPIにする,
//     リード数だけを追う), then one definition across departments (4; 部門
//     ごとにKPI定義が異なる) and the hand-over rule that rests on it (5, SLA).
//  3. Then the rhythm the article recommends, which costs no tool: weekly
//     monitoring (8), the monthly review (9), a process when a KPI is missed
//     (11; KPIを設定しただけで満足する), and reps who see how their work
//     moves the KPIs (12).
//  4. Then the data: in one place first (14; Excelに分散), measured
//     automatically by MA/SFA (6), on a dashboard (7), the reports shared at
//     every level (13).
//  5. Last, the quarterly review of the targets (10): it needs a quarter of
//     the data the steps before produce.
var Checklist = [...]CheckItem{
	{1, "KGI(年間売上目標など)が明確に設定されている", "The KGI (such as the annual revenue goal) is clearly set", 1},
	{2, "KGIからKPIを逆算してKPIツリーを設計している", "The KPI tree is designed by working back from the KGI to the KPIs", 2},
	{3, "各KPIがSMARTの法則を満たしている", "Every KPI meets the SMART criteria", 3},
	{4, "マーケティング・インサイドセールス・フィールドセールス間でKPI定義が統一されている", "Marketing, inside sales and field sales share one definition of each KPI", 5},
	{5, "部門間のリード引き継ぎ基準(SLA)が明確になっている", "The criteria for handing leads between departments (SLA) are clear", 6},
	{6, "MA/SFAツールでKPIデータを自動計測している", "KPI data is measured automatically with MA/SFA tools", 12},
	{7, "KPIデータがダッシュボードで可視化されている", "KPI data is visualised on a dashboard", 13},
	{8, "週次でKPI進捗をモニタリングしている", "KPI progress is monitored weekly", 7},
	{9, "月次でKPI達成状況を振り返っている", "KPI achievement is reviewed monthly", 8},
	{10, "四半期ごとにKPI目標値を見直している", "KPI targets are revised every quarter", 15},
	{11, "KPI未達時の原因分析と改善策立案のプロセスがある", "There is a process to analyse the cause and plan improvements when a KPI is missed", 9},
	{12, "営業担当者がKPIと自分の活動の関連を理解している", "Sales reps understand how their own activities relate to the KPIs", 10},
	{13, "KPIレポートが経営層・マネージャー・担当者で共有されている", "KPI reports are shared among executives, managers and reps", 14},
	{14, "データがExcelに分散せず一元管理されている", "Data is managed in one place, not scattered across Excel files", 11},
	{15, "架電数・訪問数だけでなく成果指標(商談化率・受注率)も設定している", "Outcome indicators (meeting conversion, close rate) are set, not just calls and visits", 4},
}

// CheckItemOf returns item n (1 to 15) and whether there is one.
func CheckItemOf(n int) (CheckItem, bool) {
	if n < 1 || n > len(Checklist) {
		return CheckItem{}, false
	}
	return Checklist[n-1], true
}

// Ticks cleans a list of ticked item numbers: items 1 to 15 only, each
// once, in order. A state from a later build with more items keeps loading.
func Ticks(ticked []int) []int {
	var out []int
	for _, n := range ticked {
		if _, ok := CheckItemOf(n); ok && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// Assessment is the checklist's score and what to do next.
type Assessment struct {
	Score, Total int
	// Next is the unticked items, in priority order, those the scenario
	// judges met (Suggest) last: they are left to confirm with a tick, not
	// to do first.
	Next []CheckItem
}

// Assess scores the ticked items (numbers 1 to 15; others are ignored) and
// orders what is left to do: first the items not met, or that the scenario
// cannot judge, in priority order; then those hints (Suggest) judge met.
// Outbound's KGI, tree, SMART KPIs and outcome indicators look met, so
// "What to do next" no longer starts with them. hints may be nil.
func Assess(ticked []int, hints map[int]Suggestion) Assessment {
	t := Ticks(ticked)
	a := Assessment{Score: len(t), Total: len(Checklist)}
	for _, it := range Checklist {
		if !slices.Contains(t, it.N) {
			a.Next = append(a.Next, it)
		}
	}
	met := func(it CheckItem) bool { h, ok := hints[it.N]; return ok && h.Met }
	sort.SliceStable(a.Next, func(i, j int) bool {
		if mi, mj := met(a.Next[i]), met(a.Next[j]); mi != mj {
			return mj
		}
		return a.Next[i].Priority < a.Next[j].Priority
	})
	return a
}

// Suggestion is what the scenario says of a checklist item: met or not,
// and why. It is a hint; the user's tick decides.
type Suggestion struct {
	Met    bool
	Reason string
}

// Suggest pre-judges the items a scenario can answer: 1 (a KGI with a
// value and a period), 2 (the tree solved back from the KGI), 3 (every
// KPI passes SMART), 4 (no name with two definitions) and 15 (an outcome
// indicator, a conversion rate that is no rate of reach: Outcome).
func (t *Table) Suggest(s *Smart) map[int]Suggestion {
	l := t.Format.Lang
	a := t.Answer
	m := a.Tree.Model
	c := coach{t: t, a: a, m: m, l: l, f: t.Format}
	out := map[int]Suggestion{}
	say := func(met bool, key string, args ...any) Suggestion {
		return Suggestion{Met: met, Reason: fmt.Sprintf(l.T(key), args...)}
	}
	g := m.Goal()
	goal := m.Spec().Goal
	out[1] = say(true, "coach.s1", c.quoted(g), l.T("per."+goal.Period.String()), t.Format.Goal(m.Node(g), goal.Value, goal.Period))
	out[2] = say(true, "coach.s2", c.quoted(g), c.quoted(a.Target), len(s.Rows))
	var failing []string
	for _, r := range s.Rows {
		if !r.Passed() {
			i, _ := m.Index(r.ID)
			failing = append(failing, c.quoted(i))
		}
	}
	if len(failing) == 0 {
		out[3] = say(true, "coach.s3.ok", len(s.Rows))
	} else {
		out[3] = say(false, "coach.s3.no", len(failing), len(s.Rows), strings.Join(failing, l.T("coach.list")))
	}
	for _, p := range s.Patterns {
		if p.Key == PatternDefinitions {
			out[4] = say(false, "coach.s4.no", p.Reason)
		}
	}
	var rates []int
	for _, i := range m.TreeOrder() {
		if i != g && Outcome(m, i) && !Constant(m, i) {
			rates = append(rates, i)
		}
	}
	if len(rates) > 0 {
		out[15] = say(true, "coach.s15.ok", c.quoted(rates...))
	} else {
		out[15] = say(false, "coach.s15.no")
	}
	return out
}
