package actuals

import (
	"slices"
	"strings"
)

// A CRM's deal export (a Salesforce opportunity report, HubSpot's deals)
// has a row per deal and a column for its stage: Closed Won, Closed Lost,
// Negotiation. A lost or open deal's amount is no revenue, so when a file
// has a stage column only the rows of won deals are read, and the others
// are left out whole and counted by their stage (Result.Others). Each won
// row is one deal won: the tree's deal count, when the file has no column
// for it, counts the won rows (or takes a summary report's record count).

// Stage is what the stage column did: the column (Column, Header, from 1),
// and Node, the count each won row adds one to ("" when none does).
// Counted names the column that gave that count instead of the rows (a
// summary report's Record Count), "" when rows were counted.
type Stage struct {
	Mapping
	Counted string
	Unread  []string     // the headers of the columns that name no node (a deal's name, its owner), in file order
	Won     int          // data rows read as won deals
	Foreign int          // won deals' rows left out whole: their amount is in another currency than the plan's
	Others  []StageCount // rows left out by their stage, in file order of the stage's first row
	// Through is the file's last month and the week of its last dated
	// deal, through which that month counts (dealWeeks); zero when the
	// file's months are whole.
	Through Period
}

// StageCount is how many rows of one stage, as the file writes it, were
// left out; Stage is "" for rows without one.
type StageCount struct {
	Stage string
	Rows  int
}

// Left is how many rows the stage column left out.
func (s *Stage) Left() int {
	n := 0
	for _, o := range s.Others {
		n += o.Rows
	}
	return n
}

var (
	// stageHeaders name a deal's stage. A bare Status (ステータス) is not
	// one: an export of months may mark them final or preliminary.
	stageHeaders = []string{"stage", "dealstage", "opportunitystage", "salesstage", "stagename", "dealstatus", "opportunitystatus",
		"フェーズ", "ステージ", "商談フェーズ", "商談ステージ", "取引ステージ", "フェーズ名", "商談ステータス", "取引ステータス", "受注状況"}
	// wonStages are the stages of a won deal, keyed (stageKey): Salesforce's
	// and HubSpot's, in English and Japanese, and the words sales teams use.
	// lostStages are the stages of a lost deal, whose date says the file
	// runs to it (an open deal's is only expected).
	lostStages = []string{"closedlost", "lost", "失注", "失注済", "失注済み", "不成立", "見送り", "クローズ失注", "クローズ済み失注"}
	wonStages  = []string{"closedwon", "won", "受注", "受注済", "受注済み", "受注確定", "成約", "成約済", "成約済み", "成立",
		"契約", "契約済", "契約済み", "契約締結", "クローズ受注", "クローズ済み受注", "クローズ成約", "クローズ済み成約"}
	// countHeaders are a summary report's count of records, read as the
	// won deals of its won rows.
	countHeaders = []string{"recordcount", "レコード件数", "レコード数", "件数", "count", "dealcount", "取引件数"}
)

// stageKey reads a stage as a key: full-width folded, lower case, without
// spaces and punctuation, and without a leading number ("6. Closed Won",
// 「05_受注」).
func stageKey(s string) string {
	s = strings.ToLower(fold(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80 && !('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case strings.ContainsRune("、。・（）「」『』【】〔〕［］｛｝〈〉《》：；！？　", r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimLeft(b.String(), "0123456789")
}

// stageClass is what a stage says of its deal: won, lost, or still open.
type stageClass int8

const (
	stageOpen stageClass = iota
	stageWon
	stageLost
)

// classOf reads stage s as won, lost or open, keeping the answer for each
// stage name: an export repeats a handful of them over all its rows.
func (p *parser) classOf(s string) stageClass {
	if c, ok := p.classes[s]; ok {
		return c
	}
	c := stageOpen
	switch k := stageKey(s); {
	case slices.Contains(wonStages, k):
		c = stageWon
	case slices.Contains(lostStages, k):
		c = stageLost
	}
	if len(p.classes) < memoCap {
		p.classes[s] = c
	}
	return c
}

// stageColumn finds the stage column among the header's cells that name
// no node, and the deal count its won rows give: the count column of a
// summary report (countHeaders) or else the rows themselves, when the
// tree has one deal count (the deals synonyms) no column names.
func (p *parser) stageColumn(rec []string) {
	p.stage, p.deals, p.counter, p.countRows = -1, -1, -1, false
	for c, h := range rec {
		if n := norm(h); slices.Contains(stageHeaders, n) {
			if i, many := p.match(h); i < 0 && many == "" {
				p.stage = c
				break
			}
		}
	}
	if p.stage < 0 {
		return
	}
	p.dropUnknown(p.stage)
	p.res.Stage = &Stage{Mapping: Mapping{Column: p.stage + 1, Header: rec[p.stage], Scale: 1}}
	defer func() { p.res.Stage.Unread = p.takeUnknown() }()
	deals := p.matching(func(key string) bool { return slices.Contains(synonyms[dealSynonyms], key) })
	if len(deals) != 1 {
		return
	}
	d := deals[0]
	if n := p.nodes[d]; n.Rate || n.Money || n.Level || slices.Contains(mapped(p.cols), d) {
		return
	}
	p.res.Stage.Node = p.nodes[d].ID
	p.deals = d
	for c, h := range rec {
		if _, read := p.cols[c]; !read && c != p.period && c != p.week && slices.Contains(countHeaders, norm(h)) {
			p.counter = c
			p.res.Stage.Counted = h
			if c == p.value {
				p.value = -1 // a wide file's 件数 is no long form's value
			}
			p.dropUnknown(c)
			return
		}
	}
	p.countRows = true
}

// takeUnknown takes the columns that name no node from the problems and
// returns their headers, for a note (Stage.Unread, Activity.Unread): a
// deal's name, account and owner are what a deal export is made of, and
// an activity's subject and assignee what an activity log is, not
// mistakes.
func (p *parser) takeUnknown() []string {
	var out []string
	for _, q := range p.res.Problems {
		if q.Code == UnknownColumn || q.Code == RepeatedColumn {
			out = append(out, q.Header)
		}
	}
	p.res.Problems = slices.DeleteFunc(p.res.Problems, func(q Problem) bool { return q.Code == UnknownColumn || q.Code == RepeatedColumn })
	return out
}

// mapped lists the nodes the columns read.
func mapped(cols map[int]int) []int {
	out := make([]int, 0, len(cols))
	for _, i := range cols {
		out = append(out, i)
	}
	return out
}

// dropUnknown takes back the UnknownColumn problem of column c, which
// the stage column, or its count, reads after all.
func (p *parser) dropUnknown(c int) {
	p.res.Problems = slices.DeleteFunc(p.res.Problems, func(q Problem) bool {
		return (q.Code == UnknownColumn || q.Code == RepeatedColumn) && q.Column == c+1
	})
}

// staged reads data row rec's stage: whether the row is a won deal's (the
// stage column's empty cell is the stage above it, as a grouped export
// writes it once). A row of another stage is counted in Others.
func (p *parser) staged(rec []string) bool {
	s := strings.TrimSpace(p.cell(rec, p.stage))
	if s == "" {
		s = p.lastStage
	}
	p.lastStage = s
	st := p.res.Stage
	switch p.classOf(s) {
	case stageWon:
		st.Won++
		return true
	case stageLost:
		if per, ok := p.dated(strings.TrimSpace(p.cell(rec, p.period))); ok {
			p.closed = append(p.closed, per)
		}
	}
	st.Others = countStage(st.Others, s)
	return false
}

// wonDeals reads data row row's deals won: the summary report's count,
// or one for the row.
func (p *parser) wonDeals(row int, rec []string) (v cell, got, bad bool) {
	switch {
	case p.deals < 0:
		return cell{}, false, false
	case p.countRows:
		return cell{p.deals, 1, Problem{Row: row, Column: p.stage + 1, Header: p.header[p.stage], Text: p.header[p.stage]}}, true, false
	case p.counter >= 0:
		return p.put(row, rec, p.counter, p.deals, 1)
	}
	return cell{}, false, false
}

// dealWeeks settles a deal export's days. Its dates are its deals' days,
// and the file lists every deal closed from its first month to its last:
// a month or week without a won deal had none, not one left out. So the
// deals count by month, each month without a won deal as zero. Only the
// file's last month may not be over: it counts by week, through the week
// of its last closed deal (won, or lost: closed lists the lost deals'
// periods; an open deal's date is only expected), so that the weeks after
// it count at the plan. Months without a year (4月) are no dates: they
// count as whole months, and no zeros are read around them; nor in a file
// spanning over fillSpan months. A file of no won deal reads nothing.
func dealWeeks(es []Entry, closed []Period) (_ []Entry, through Period) {
	month := func(p Period) int { return p.Year*12 + p.Month - 1 }
	first, last := -1, -1
	for _, p := range append(periods(es), closed...) {
		if p.Year == 0 {
			continue
		}
		if first < 0 {
			first, last = month(p), month(p)
		}
		first, last = min(first, month(p)), max(last, month(p))
	}
	upTo, whole := 0, false // the last month's weeks; whole when a row names it without a day
	var nodes []string
	for i := range es {
		e := &es[i]
		if !slices.Contains(nodes, e.Node) {
			nodes = append(nodes, e.Node)
		}
		switch {
		case e.Year == 0 || month(e.Period) != last:
			e.Week = 0
		case e.Day < 1:
			whole = true
		default:
			e.Week = (e.Day-1)/7 + 1
			upTo = max(upTo, e.Week)
		}
	}
	if first < 0 || len(es) == 0 || last-first >= fillSpan {
		return es, Period{}
	}
	for _, p := range closed {
		if p.Year != 0 && month(p) == last && p.Day >= 1 {
			upTo = max(upTo, (p.Day-1)/7+1)
		}
	}
	if whole {
		upTo = 0
		for i := range es {
			es[i].Week = 0
		}
	}
	have := map[key]int{} // the parser's kind of map: no code of its own
	for _, e := range es {
		have[key{Period{Year: e.Year, Month: e.Month, Week: e.Week}, e.Node}] = 1
	}
	zero := func(n string, p Period) {
		if have[key{p, n}] == 0 {
			have[key{p, n}] = 1
			es = append(es, Entry{Period: p, Node: n})
		}
	}
	for _, n := range nodes {
		for m := first; m <= last; m++ {
			switch p := (Period{Year: m / 12, Month: m%12 + 1}); {
			case m < last || upTo == 0:
				zero(n, p)
			default:
				for w := 1; w <= upTo; w++ {
					p.Week = w
					zero(n, p)
				}
			}
		}
	}
	if upTo > 0 {
		through = Period{Year: last / 12, Month: last%12 + 1, Week: upTo}
	}
	return es, through
}

// fillSpan is the most months a deal export's months without a won deal
// are read as zero over: ten years.
const fillSpan = 120

// periods lists the entries' periods.
func periods(es []Entry) []Period {
	out := make([]Period, len(es))
	for i, e := range es {
		out[i] = e.Period
	}
	return out
}
