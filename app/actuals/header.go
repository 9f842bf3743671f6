package actuals

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading the header row: which column holds the period, the week, a
// long form's metric and value, and which node each other column names.

// head reads the header row, on row row.
func (p *parser) head(row int, rec []string) {
	p.header = slices.Clone(rec)
	p.period, p.week, p.metric, p.value = -1, -1, -1, -1
	p.cols = map[int]int{}
	p.scale = map[int]float64{}
	used := map[int]bool{}
	for c, h := range rec {
		n := norm(h)
		switch {
		case periodRank(n) >= 0:
			// Of several dates, the likeliest period of what the file
			// counts: a month before a close date, before an activity's
			// date, before a creation date. The first in file order won:
			// an opportunity report's Created Date dated its deals.
			switch {
			case p.period < 0:
				p.period = c
			case periodRank(n) < periodRank(norm(rec[p.period])):
				p.res.Dates = append(p.res.Dates, rec[p.period])
				p.period = c
			default:
				p.res.Dates = append(p.res.Dates, h)
			}
			continue
		case p.week < 0 && slices.Contains(weekHeaders, n):
			p.week = c
			continue
		case p.metric < 0 && slices.Contains(metricHeaders, n):
			p.metric = c
			continue
		case p.value < 0 && slices.Contains(valueHeaders, n):
			p.value = c
			continue
		}
	}
	p.valueColumn(rec)
	if p.metric >= 0 && p.value < 0 {
		p.metric = -1
	}
	if p.period < 0 && p.week >= 0 {
		p.period, p.week = p.week, -1
	}
	for c, h := range rec {
		if c == p.period || c == p.week || c == p.metric || c == p.value || strings.TrimSpace(h) == "" || periodRank(norm(h)) >= 0 {
			continue // a date beside the period's is in Result.Dates
		}
		i, many, scale, u, bad, per := p.column(h)
		switch {
		case many != "":
			p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: many, Code: Ambiguous, InHeader: true})
			continue
		case bad != "":
			p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: bad, Code: BadUnit, InHeader: true})
			continue
		case i >= 0 && p.nodes[i].Money && otherCurrency(unitCurrency(u), p.currency):
			p.res.add(Problem{Row: row, Column: c + 1, Header: h, Code: OtherCurrencyColumn})
			continue
		case i >= 0 && per < 0:
			p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: u, Code: WeekRate, InHeader: true})
			continue
		}
		if i >= 0 && !used[i] {
			used[i] = true
			p.cols[c], p.scale[c] = i, scale
			p.res.Columns = append(p.res.Columns, Mapping{Column: c + 1, Header: h, Node: p.nodes[i].ID, Scale: scale, Unit: u, Per: per})
		} else if p.metric < 0 && i >= 0 {
			// A second column of a KPI read already (Calls, CALLS): the
			// first is read, this one named as its repeat.
			for _, m := range p.res.Columns {
				if m.Node == p.nodes[i].ID {
					p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: m.Header, Of: m.Column, Code: RepeatedColumn})
					break
				}
			}
		} else if p.metric < 0 {
			p.res.add(Problem{Row: row, Column: c + 1, Header: h, Code: UnknownColumn, InHeader: true})
		}
	}
	p.currencyColumn(rec)
	p.stageColumn(rec)
	p.typeColumn(rec)
	p.repColumn()
	if p.period < 0 {
		p.res.add(Problem{Row: row, Code: NoPeriod})
		return
	}
	p.res.Period, p.res.PeriodHeader = p.period+1, rec[p.period]
	if !p.reads() {
		p.res.add(Problem{Row: row, Code: NoNodes})
	}
}

// column reads header h: the node it names (match), or -1, and the
// multiplier its unit gives the values (unit); a money node's header
// that ends in a unit outside brackets ("Amount $K", 売上金額 千円) names
// the node its words before the unit name. bad is a money column's
// brackets that are no unit: the column is left out. A rate's header may
// say its period, in brackets or before its name (rate_period.go): per is
// how many of it make a year for a rate of a balance (its values are
// then multiplied by that), -1 for a week's, 0 otherwise.
func (p *parser) column(h string) (i int, many string, scale float64, written, bad string, per int) {
	i, many = p.match(h)
	if many != "" {
		return -1, many, 0, "", "", 0
	}
	if i < 0 {
		if word, name, ok := cutRatePeriod(h); ok {
			if j, more := p.match(name); more == "" && j >= 0 && p.nodes[j].Rate {
				if !p.nodes[j].YearRate {
					return j, "", 1, "", "", 0
				}
				k := ratePeriod(word)
				return j, "", float64(max(k, 0)), word, "", k
			}
		}
		name, u, ok := cutUnit(h)
		if !ok {
			return -1, "", 0, "", "", 0
		}
		if j, more := p.match(name); more == "" && j >= 0 && p.nodes[j].Money {
			s, _ := scaleOf(u, true)
			return j, "", s, u, "", 0
		}
		return -1, "", 0, "", "", 0
	}
	if p.nodes[i].Rate {
		scale, written, per = rateUnit(h, p.nodes[i])
		return i, "", scale, written, "", per
	}
	scale, written, bad, ok := unit(h, p.nodes[i])
	if !ok {
		return -1, "", 0, "", bad, 0
	}
	return i, "", scale, written, "", 0
}

// match returns the node a header names, or -1: by id or label first, then
// by the words CRMs use for the same thing. A header that names more
// than one node (受注件数 for two product lines' 受注件数（A） and
// 受注件数（B）, or one node's id and another's label) names none: many
// lists their ids, and the header is not guessed at.
func (p *parser) match(h string) (i int, many string) {
	n := norm(h)
	if n == "" {
		return -1, ""
	}
	found := p.matching(func(key string) bool { return key == n })
	for _, g := range synonyms {
		if len(found) == 0 && slices.Contains(g, n) {
			found = p.matching(func(key string) bool { return slices.Contains(g, key) })
		}
	}
	switch len(found) {
	case 0:
		return -1, ""
	case 1:
		return found[0], ""
	}
	ids := make([]string, len(found))
	for k, i := range found {
		ids[k] = p.nodes[i].ID
	}
	return -1, strings.Join(ids, ", ")
}

// matching returns the nodes whose id or label, read as a header, is a
// key named keeps.
func (p *parser) matching(named func(key string) bool) []int {
	var found []int
	for i, nd := range p.nodes {
		if named(norm(nd.ID)) || named(norm(nd.Ja)) || named(norm(nd.En)) ||
			slices.ContainsFunc(nd.Aliases, func(a string) bool { return named(norm(a)) }) {
			found = append(found, i)
		}
	}
	return found
}

// headerOf is the header of node id's column, as the file names it; its
// id when no column names it (a long form's metric).
func (p *parser) headerOf(id string) string {
	for _, c := range sortedCols(p.cols) {
		if p.nodes[p.cols[c]].ID == id && c < len(p.header) {
			return p.header[c]
		}
	}
	return id
}

// norm reads a header as a key: full-width folded, lower case, without
// spaces, punctuation or a unit in brackets ("Revenue (JPY)" is revenue,
// 売上（円） is 売上).
func norm(s string) string { return string(appendNorm(nil, s)) }

// Key is the form in which a header, an activity's type and a node's
// names are compared: letter case, width, spaces and marks, and what is
// in brackets, aside ("Web 商談（新規）" is "web商談"). "" reads as no name.
func Key(s string) string { return norm(s) }

// appendNorm appends norm's key of s to dst: a caller that only compares
// the key keeps it on its stack (skipRow, once for each cell of a row).
func appendNorm(dst []byte, s string) []byte {
	s = fold(s)
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（', '[', '【', '「':
			depth++
			continue
		case ')', '）', ']', '】', '」':
			depth = max(depth-1, 0)
			continue
		}
		if depth > 0 {
			continue
		}
		switch r {
		case ' ', '_', '-', '.', '・', ':', '/', '"', '\'', '#':
			continue
		}
		switch {
		case r >= utf8.RuneSelf:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		case 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
		default:
			dst = append(dst, byte(r))
		}
	}
	return dst
}

// periodRank is the rank of header key n among the period headers, -1
// when it names no period.
func periodRank(n string) int {
	for r, g := range periodHeaders {
		if slices.Contains(g, n) {
			return r
		}
	}
	return -1
}

// dealSynonyms is the synonyms of a deal count: the count a deal export's
// won rows give (stage.go).
const dealSynonyms = 1

var (
	// periodHeaders name the period column, by rank (periodRank): a
	// month, a deal's close date, an activity's date, a creation date.
	periodHeaders = [][]string{
		{"month", "period", "closemonth", "closedmonth", "yearmonth", "月", "年月", "期間", "対象月", "実績月", "月度"},
		{"closedate", "完了予定日", "完了日", "受注日", "クローズ日", "クローズ予定日", "成約日", "契約日", "closingdate",
			"dealclosedate", "wontime", "dealwontime", "wondate"},
		{"date", "activitydate", "日付", "活動日", "年月日", "weekof", "weekstarting", "weekstart", "週開始日",
			// an activity log's (activity.go): a task's due date, an event's start, a call's date
			"duedate", "期日", "startdate", "startdatetime", "開始日", "開始日時", "activitydatetime", "活動日時", "実施日",
			"訪問日", "架電日", "calldate", "meetingdate", "eventdate", "completeddate", "completeddatetime", "完了日時"},
		{"createdate", "createddate", "作成日"},
	}
	weekHeaders = []string{"week", "weekofmonth", "週", "週次", "週番号"}
	// repHeaders name the column of a per-rep export (Result.RepHeader).
	repHeaders = []string{"担当者", "担当者名", "担当", "営業担当", "営業担当者", "担当営業", "営業担当者名", "owner", "rep", "salesrep",
		"salesperson", "opportunityowner", "dealowner", "accountowner", "assignedto", "ユーザー", "ユーザー名", "メンバー", "氏名"}
	metricHeaders = []string{"metric", "kpi", "指標", "項目", "node", "kpi名", "指標名"}
	valueHeaders  = []string{"value", "値", "実績", "実績値", "count", "件数"}
	synonyms      = [][]string{
		0: {"revenue", "売上", "売上高", "売上金額", "受注金額", "金額", "amount", "sales", "sumofamount", "合計金額",
			"closedwonamount", "bookings", "amountclosed", "受注額", "成約金額", "金額の合計", "dealvalue", "dealamount"},
		dealSynonyms: {"deals", "dealswon", "受注件数", "受注数", "成約件数", "成約数", "closedwon", "won", "wondeals", "受注", "closedwondeals"},
		{"calls", "架電数", "架電件数", "架電", "コール数", "コール件数", "callsmade", "outboundcalls", "電話件数"},
		{"meetings", "商談数", "商談件数", "面談数", "meetingsheld", "訪問数", "訪問件数"},
		{"appointments", "アポ数", "アポ件数", "アポイント数", "アポイント件数", "アポ獲得数", "アポ獲得件数", "アポイント獲得数", "meetingsbooked", "appointmentsset",
			"firstmeetings", "初回商談数", "初回商談", "初回訪問数"},
		{"opportunities", "opps", "案件数", "商談化数", "商談化件数", "newopportunities", "opportunitiescreated", "新規案件数"},
	}
)

// repColumn takes a per-rep export's rep column (担当者, Owner) from the
// problems into Result.RepHeader: expected, not a mistake (every such file
// read 「問題が1件あります」). A deal export's or an activity log's has
// gone to its Unread list already.
func (p *parser) repColumn() {
	for k, q := range p.res.Problems {
		if q.Code == UnknownColumn && slices.Contains(repHeaders, norm(q.Header)) {
			p.res.RepHeader = q.Header
			p.res.Problems = slices.Delete(p.res.Problems, k, k+1)
			return
		}
	}
}
