package actuals

import (
	"slices"
	"strings"
)

// A CRM's activity log (a Salesforce Activities or Tasks report, HubSpot's
// calls and meetings, an SFA's 活動履歴) has a row per activity and a
// column for its type: Call, Email, Meeting; 電話, 訪問, メール. Its rows
// hold no number of calls: each row is one. So when a file has a type
// column and no column naming a node, each row counts one for the node its
// type names (Call and 電話 for 架電数 or Calls, Visit and 訪問 for 訪問件数,
// as a column of those words would), and a row of another type (an email
// in a tree of calls) is left out and counted by its type. A status column
// leaves out the tasks not done (Not Started, 未完了) and those cancelled, a
// call's direction the calls received (Inbound, 着信).

// Activity is what an activity log's type column did: the column (Column,
// Header, from 1), the types it counted and those it left out.
type Activity struct {
	Mapping
	// Status is the header of the status column whose open or cancelled
	// tasks were left out (Planned), "" when the file has none.
	Status string
	// Count is the header of a summary report's count column (Record
	// Count, 件数), whose number each row adds; "" when each row is one.
	Count   string
	Counted []TypeCount // the types that named a node, in file order of their first row
	Others  []TypeCount // the types that named none (Node ""), or more than one (Many); "" for rows without one
	Planned []StageCount
	// Calls says the file is a log of calls alone, without a type column:
	// Header is the column that says so (Call outcome, 通話結果), and each
	// row is one call (Counted's type "Call").
	Calls bool
	// Direction is the header of a call's direction (Salesforce's Call
	// Type, HubSpot's Call direction, 発着信), "" when none: its inbound
	// calls were left out (Inbound), as no call the team made.
	Direction string
	Inbound   []StageCount
	Unread    []string // the headers of the columns that name no node (a subject, an owner), in file order
	// Through is the file's last month and the week of its last dated
	// activity, through which that month counts (as Stage.Through).
	Through Period
}

// TypeCount is how many rows of one activity type, as its first row
// writes it, were counted for Node, or left out (Node ""). Many lists
// the ids of the nodes a type named when it named more than one.
type TypeCount struct {
	Type, Node, Many string
	Rows             int
}

// Read is how many rows were counted: the sum of Counted.
func (a *Activity) Read() int {
	n := 0
	for _, c := range a.Counted {
		n += c.Rows
	}
	return n
}

var (
	// typeHeaders name an activity's type.
	typeHeaders = []string{"type", "activitytype", "tasktype", "tasksubtype", "eventtype", "eventsubtype", "subtype",
		"activitysubtype", "engagementtype", "活動種別", "活動区分", "活動タイプ", "活動の種類", "活動種類",
		"行動種別", "行動区分", "種別", "区分", "タイプ", "種類"}
	// callHeaders are the columns of a log of calls alone (HubSpot's calls,
	// a dialer's export), which has no type column: each row is a call.
	callHeaders = []string{"calloutcome", "callduration", "calltitle", "callnotes", "calldisposition", "callresult",
		"通話結果", "通話時間", "通話メモ", "架電結果", "コール結果"}
	// statusHeaders name a task's status, read only beside a type column.
	statusHeaders = []string{"status", "taskstatus", "activitystatus", "eventstatus", "ステータス", "状況", "状態",
		"対応状況", "進捗", "進捗状況", "活動ステータス", "完了状況"}
	// directionHeaders name a call's direction; inbound are the words of
	// a call received (keyed: stageKey).
	directionHeaders = []string{"calltype", "calldirection", "direction", "発着信", "発着信区分", "通話方向", "着発信"}
	inbound          = []string{"inbound", "incoming", "着信", "受信"}
	// activityCounts name a summary report's count of activities.
	activityCounts = append([]string{"activitycount", "活動件数", "活動数", "回数"}, countHeaders...)
	// notDone are the statuses of a task planned, under way or cancelled,
	// keyed (stageKey): Salesforce's and HubSpot's, in English and Japanese.
	notDone = []string{"notstarted", "open", "inprogress", "waitingonsomeoneelse", "deferred", "planned", "scheduled",
		"queued", "canceled", "cancelled", "未着手", "未完了", "未実施", "予定", "進行中", "対応中", "保留", "延期",
		"キャンセル", "中止", "取消", "取り消し"}
	// typeWords are the activity types that name a node as a header of
	// their synonyms group (synonyms) would: Call as calls, 訪問 as
	// meetings. A type also names a node by its own words, alone or
	// counted (Visit for Visits, 訪問 for 訪問件数: typeNode).
	typeWords = [...]struct {
		group int // in synonyms
		words []string
	}{
		{2, []string{"call", "phonecall", "outboundcall", "coldcall", "loggedcall", "電話", "架電", "コール", "テレアポ", "tel", "phone", "発信", "電話発信"}},
		{3, []string{"meeting", "visit", "訪問", "商談", "面談", "webmeeting", "onlinemeeting", "web会議", "オンライン商談", "会議", "ミーティング"}},
		{4, []string{"appointment", "アポ", "アポイント", "firstmeeting", "初回商談", "初回訪問"}},
	}
)

// typeColumn finds an activity log's type column: a type header among
// those that name no node, in a file with a period whose columns name
// none (no deal export's, no long form's). The column's rows then count (typed).
func (p *parser) typeColumn(rec []string) {
	p.kind, p.status = -1, -1
	if p.period < 0 || p.stage >= 0 || p.metric >= 0 || len(p.cols) > 0 {
		return
	}
	if p.kind = p.find(rec, typeHeaders); p.kind < 0 {
		p.kind = p.find(rec, callHeaders) // a log of calls alone: each row a call
	}
	p.calls = p.kind >= 0 && slices.Contains(callHeaders, norm(rec[p.kind]))
	if p.kind < 0 {
		return
	}
	p.dropUnknown(p.kind)
	p.res.Activity = &Activity{Mapping: Mapping{Column: p.kind + 1, Header: rec[p.kind], Scale: 1}, Calls: p.calls}
	p.types, p.typeAt, p.statuses = map[string]typeRead{}, map[string]int{}, map[string]bool{}
	for c, h := range rec {
		if c != p.kind && c != p.period && slices.Contains(statusHeaders, norm(h)) {
			p.status = c
			p.res.Activity.Status = h
			p.dropUnknown(c)
			break
		}
	}
	p.direction = -1
	for c, h := range rec {
		if c != p.kind && c != p.period && c != p.status && slices.Contains(directionHeaders, norm(h)) {
			p.direction = c
			p.res.Activity.Direction = h
			p.dropUnknown(c)
			break
		}
	}
	for c, h := range rec {
		if c != p.kind && c != p.period && c != p.status && c != p.direction && slices.Contains(activityCounts, norm(h)) {
			p.counter = c // a summary report: Call, 2026-04, Record Count 120 is 120 calls
			p.res.Activity.Count = h
			p.dropUnknown(c)
			if c == p.value {
				p.value = -1
			}
			break
		}
	}
	if p.counter < 0 && p.value >= 0 {
		// A sheet of 月, 種別 and 実績 (or Value): its numbers are the counts.
		p.counter, p.res.Activity.Count, p.value = p.value, rec[p.value], -1
	}
	p.res.Activity.Unread = p.takeUnknown()
}

// typeNode reads activity type t: the node it counts one for, or -1, by
// the type's own words as a header (Call for a node Calls, 訪問 for
// 訪問件数), else by its synonyms (電話 for 架電数); many lists the nodes'
// ids when it names more than one; key is the type as a key (Call and
// CALL are one type). Each type's reading is kept: a log of 100,000 rows
// repeats a handful.
func (p *parser) typeNode(t string) typeRead {
	if r, ok := p.types[t]; ok {
		return r
	}
	k := norm(t)
	i, many := -1, ""
	for _, c := range []string{k, k + "s", k + "数", k + "件数"} {
		if i, many = p.match(c); i >= 0 || many != "" || k == "" {
			break
		}
	}
	if i < 0 && many == "" {
		for _, w := range typeWords {
			if slices.Contains(w.words, k) {
				i, many = p.match(synonyms[w.group][0])
			}
		}
	}
	if n := p.nodes; i >= 0 && (n[i].Rate || n[i].Money || n[i].Level) {
		i = -1 // a type is one of something: no rate or amount
	}
	r := typeRead{i, many, k}
	if len(p.types) < memoCap {
		p.types[t] = r
	}
	return r
}

// typeRead is an activity type as typeNode reads it.
type typeRead struct {
	i         int
	many, key string
}

// typedRow reads data row rec's activity type: the node it counts one
// for (rowNode), or -1 (the row is left out, counted by its type or status).
// The type column's empty cell is the type above it, as a grouped export
// writes it once. per is the row's period when ok: a row of a type
// counted for no node still says the log runs to its date.
func (p *parser) typedRow(rec []string, per Period, ok bool) int {
	p.rowNode = p.typed(rec, per, ok)
	return p.rowNode
}

// typed is typedRow's reading.
func (p *parser) typed(rec []string, per Period, ok bool) int {
	a := p.res.Activity
	if p.status >= 0 {
		if s := strings.TrimSpace(p.cell(rec, p.status)); !p.done(s) {
			a.Planned = countStage(a.Planned, s)
			return -1
		}
	}
	if p.direction >= 0 {
		if d := strings.TrimSpace(p.cell(rec, p.direction)); slices.Contains(inbound, stageKey(d)) {
			a.Inbound = countStage(a.Inbound, d)
			if ok {
				p.closed = append(p.closed, per) // a call all the same: the log runs to its date
			}
			return -1
		}
	}
	t := strings.TrimSpace(p.cell(rec, p.kind))
	switch {
	case p.calls:
		t = "Call" // a log of calls: each row is one, whatever its outcome
	case t == "":
		t = p.lastStage
	}
	p.lastStage = t
	r := p.typeNode(t)
	p.rowKey = r.key
	list, node := &a.Others, ""
	if r.i >= 0 {
		list, node = &a.Counted, p.nodes[r.i].ID
	} else if ok {
		p.closed = append(p.closed, per)
	}
	if j, seen := p.typeAt[r.key]; seen {
		(*list)[j].Rows++
		return r.i
	}
	p.typeAt[r.key] = len(*list)
	*list = append(*list, TypeCount{Type: t, Node: node, Many: r.many, Rows: 1})
	return r.i
}

// done reports whether status s is a task's done (or no status at all),
// not one planned, under way or cancelled (notDone); kept for each status.
func (p *parser) done(s string) bool {
	if d, ok := p.statuses[s]; ok {
		return d
	}
	d := !slices.Contains(notDone, stageKey(s))
	if len(p.statuses) < memoCap {
		p.statuses[s] = d
	}
	return d
}

// activity reads data row row as one of the node its type named
// (typedRow), or as its count (a summary report's): got when it gave
// one, bad when its count is refused (a Problem says why).
func (p *parser) activity(row int, rec []string) (v cell, got, bad bool) {
	switch {
	case p.kind < 0:
		return cell{}, false, false
	case p.counter >= 0:
		if v, got, bad = p.put(row, rec, p.counter, p.rowNode, 1); !got {
			p.res.Activity.Counted[p.typeAt[p.rowKey]].Rows-- // a count refused or empty: the row counts nothing
		}
		return v, got, bad
	}
	h := p.header[p.kind]
	return cell{p.rowNode, 1, Problem{Row: row, Column: p.kind + 1, Header: h, Text: h}}, true, false
}

// countStage adds a row of stage (or status) s to cs.
func countStage(cs []StageCount, s string) []StageCount {
	for k := range cs {
		if cs[k].Stage == s {
			cs[k].Rows++
			return cs
		}
	}
	return append(cs, StageCount{Stage: s, Rows: 1})
}
