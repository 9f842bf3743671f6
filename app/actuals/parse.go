package actuals

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits on what Parse reads.
const (
	MaxBytes    = 8 << 20 // the largest file; a larger one is refused whole
	MaxRows     = 100_000 // data rows; a file with more is refused whole
	MaxProblems = 500     // problems listed; one more says how many were left out
)

// Node is a node of the KPI tree a column may name.
type Node struct {
	ID     string
	Ja, En string // labels
	// Rate says the node is a rate: 12%, 0.12 and 12 (a number from 1 to
	// 100 without a sign) all read as 0.12.
	Rate bool
	// Money says the node is an amount: a unit in its column's header
	// must be one Parse reads (千円, K, …), or the column is left out.
	Money bool
	// Whole says the node is a count: a value must be a whole number
	// (3.5 deals won is no count), or its row is left out (NotWhole).
	Whole bool
	// Level says the node is a value that rows do not add up to (a price,
	// the ARR up for renewal, contract years), as a rate is not: given in
	// more than one row of one month or week, it is left out for that
	// period (LevelRows).
	Level bool
	// Aliases are other names a column's header or an activity's type
	// gives the node, as a CRM writes them (Web商談, Demo): they name it as
	// its id and labels do, before the words kpisim knows (Meeting).
	Aliases []string
	// YearRate says the node is a rate of a balance, stated per year as
	// the plan states it (a churn rate of the ARR up for renewal:
	// kpi.Model.YearRate). A header that says its rate is a month's
	// (解約率（月次）, 月次解約率, "Monthly churn rate") is read ×12, a
	// quarter's ×4 (Mapping.Per); a week's is left out (WeekRate). Any
	// other rate reads the same in every period: the words are read past.
	YearRate bool
}

// Same reports whether n and o read a file alike: the same fields and
// aliases.
func (n Node) Same(o Node) bool {
	return n.ID == o.ID && n.Ja == o.Ja && n.En == o.En && n.Rate == o.Rate && n.Money == o.Money &&
		n.Level == o.Level && n.YearRate == o.YearRate && slices.Equal(n.Aliases, o.Aliases)
}

// level reports whether rows do not add up to node n's value.
func (n Node) level() bool { return n.Rate || n.Level }

// rowsCode is the problem of node n given in several rows of a period.
func (n Node) rowsCode() Code {
	if n.Rate {
		return RateRows
	}
	return LevelRows
}

// Entry is one value read: a node's actual in a month or week. Rows naming
// the same node and period are added up into one entry.
type Entry struct {
	Period
	Node  string
	Value float64
	Row   int // the first row it came from, as Problem counts rows
	Rows  int // how many rows were added up into it: 1 for a row alone
	// Row and Rows are 0 for a deal export's month or week without a won
	// deal, which reads 0 (Result.Stage).
}

const (
	BadFile       Code = iota // the file could not be read; Text says why, in Go's words, which the message leaves out
	NotUTF8                   // the file is not UTF-8 (nor Shift_JIS, which FromShiftJIS turns into UTF-8): save it as "CSV UTF-8"
	Empty                     // no header row
	NoPeriod                  // no column names the month or date
	NoNodes                   // no column names a node of the tree
	UnknownColumn             // a header that names no node: the column is left out
	BadPeriod                 // a cell that is not a month or a date
	BadNumber                 // a cell that is not a number
	Negative                  // a negative number
	RateAbove                 // a rate above 100 %
	UnknownMetric             // long form: a metric that names no node
	TooLarge                  // the file is over MaxBytes: nothing is read of it
	TooMany                   // more than MaxProblems problems; Text is how many more
	NoYear                    // a month without a year that the plan holds more than once; Text is the month (1–12), Row its first row
	NoMonth                   // a row without its month, and no month above it to carry down (a grouped export's first row, or the row after a refused month)
	TooManyRows               // the file has over MaxRows data rows: nothing is read of it
	Binary                    // the file is a spreadsheet (.xlsx, .xls, .ods) or another binary file, not CSV: save it as "CSV UTF-8"
	NoRows                    // a header row and no data row under it
	Ambiguous                 // a header (or long form's metric) that names more than one node; Text lists their ids: the column is left out
	BadUnit                   // a money column's header (or long form's metric) whose brackets are no unit Parse reads; Text is what they hold: the column is left out
	BadValueUnit              // long form: the value column's header has brackets that are no amount's unit; Text is what they hold: its amounts are left out, said at the first row left out
	UnitConflict              // long form: a metric whose name's unit multiplies otherwise than the value column's header's; Header is the metric, Text the value column's header: the row is left out
	RateRows                  // a rate given in more than one row (or day) of one month or week; Text names it as the file does: not added up, it is left out for that period
	LevelRows                 // a value rows do not add up to (a price, a balance: Node.Level) given in more than one row (or day) of one month or week; as RateRows
	OtherCurrency             // an amount in a currency other than the plan's (USD 10,000 in a plan in JPY): the cell is left out, not converted
	WeekRate                  // a rate of a balance (Node.YearRate) whose header says it is a week's (週次解約率, "Churn rate (weekly)"): not read as the year's; the column is left out
	NotWhole                  // a count (Node.Whole) that is not a whole number (3.5 deals): the row is left out
	NoAmount                  // a won deal (a deal export's row) whose amount is empty: the row is left out, as counted at ¥0 it lowered the average deal size
	// OtherCurrencyColumn is a money column whose header names another
	// currency than the plan's ("Amount (USD)" in a plan in JPY): the
	// column is left out, said of the column (Row is the header's). It was
	// OtherCurrency, which said "row 1 … so the row is left out".
	OtherCurrencyColumn
	// RepeatedColumn is a second column naming a KPI an earlier column
	// reads (Month, Calls, CALLS): Text is the earlier column's header, Of
	// its column; the column is left out. It said "names no KPI of this
	// tree".
	RepeatedColumn
	// ExtraCells is a data row with a cell past the header's last column
	// (2026/09,4900,71,41,10,8,343,000 under six headers: a number's
	// thousands commas not in quotes): Text is its count of cells, Of the
	// header's. The row is left out; its columns had shifted, and ¥8 was
	// read for ¥8,343,000 without a word.
	ExtraCells
	// EmptyFile is a file with nothing in it (0 bytes, or blank lines
	// only): it said "no header row", as of a file whose first lines are
	// no header.
	EmptyFile
	// NegativeCount is a negative count or rate: the row is left out, and
	// no refund is to be taken off it (Negative, an amount's, says so).
	NegativeCount
	// OverLimit is a value over MaxValue (2000000000000000, 1e400): the
	// row is left out. The first had failed the whole import with an
	// engine's rule ("actuals[1].value: …"), the second read "not a
	// number", where the entry table says "over the limit" of both.
	OverLimit
)

// MaxValue is the largest value an import takes: kpi.MaxValue, the
// engine's limit for any input (TestImportLimitIsTheEngines holds them
// equal; this package stands on jpnum alone).
const MaxValue = 1e15

// Mapping is a column read as a node.
type Mapping struct {
	Column int // from 1
	Header string
	Node   string
	// Scale is what the header's unit multiplies the values by: 1,000
	// for 受注金額（千円） or "Amount (K)", 1 without a multiplier. Unit is
	// that unit as written ("千円"), "" without one.
	Scale float64
	Unit  string
	// Per is, for a rate of a balance (Node.YearRate) whose header says
	// its period, how many of that period make a year: 12 for a month's
	// rate, 4 for a quarter's, 1 for a year's (Scale is then Per, and Unit
	// the words that said it). 0 when the header says none: the rate is
	// read as the year's.
	Per int
}

// Result is what Parse read.
type Result struct {
	Entries  []Entry   // by period, then node
	Problems []Problem // in file order
	Columns  []Mapping // the columns read as nodes (wide form)
	Metrics  []Mapping // long form: each metric read whose name holds a multiplier, and each rate of a balance (Node.YearRate; Mapping.Per says its period), once (Column is the metric column)
	Period   int       // the period column, from 1; 0 when none
	// PeriodHeader is the period column's header as written.
	PeriodHeader string
	Rows         int // data rows read
	Good         int // data rows that gave at least one value and had no problem
	Valued       int // data rows that gave at least one value: what an import says it read
	// Value is the long form's value column (zero in the wide form): its
	// Scale and Unit are its header's (値（千円）, "Value (K)"), which
	// multiply the amounts (Node.Money) among its metrics and nothing else.
	// Amounts lists the metrics, as written, read at that scale (amounts
	// whose names hold no unit); Counts those read as written (counts and
	// rates whose names hold none). Both in file order, each name once.
	Value           Mapping
	Amounts, Counts []string
	// Same lists the rows that are one row repeated: equal in every cell
	// and read as the same period, each group's rows (as Problem counts
	// them) in file order, the groups by their first row. They are added
	// up, as any rows of one period are (Entry.Rows counts them).
	Same [][]int
	// Totals lists the total rows left out (合計, Total, Subtotal in a
	// column other than the period's and the values'), as Problem counts
	// rows: their period's other rows add up to them. A total row whose
	// period has no other row is read as that period's.
	Totals []int
	// CurrencyHeader is the header of the column naming each row's
	// currency (Amount Currency, 通貨), "" when none: a row in another
	// currency than the plan's is left out (currency.go).
	CurrencyHeader string
	// RepHeader is the header of a per-rep export's rep column (担当者,
	// Owner), "" when none: not a KPI, not a problem; the reps' rows of a
	// month are added up into the team's (report.ImportNotes says so).
	RepHeader string
	// Dates are the headers of the date columns other than the period's,
	// which the file has beside it (Created Date beside Close Date): not
	// read, and said so (report.ImportNotes).
	Dates []string
	// DayFirst: dates a/b/yyyy were read day first (1/4/2026 is 1 April),
	// as one of them could only be (13/4/2026), or as a column named Month
	// dates every row either way round on the same day of different months
	// (a monthly export dated on the 1st). A date whose first number is
	// above 12 is read day first in any case.
	DayFirst bool
	// AsPercent lists the rate nodes (ids) a plain value of at most 1 of
	// was read as a percentage, nearer the values the file writes
	// unmistakably (0.9 beside 2.1 and 1.8: 0.9 %; reading.go), in file
	// order, each once.
	AsPercent []string
	// AsWritten lists the money columns (headers) with a unit where a cell
	// writes its own (9万 under 受注金額（千円）), each once with its first
	// such cell: that cell is read as written, not scaled again.
	AsWritten []Written
	// Left lists the periods of the data rows left out for a value
	// refused (not a number, negative …), each once in file order: their
	// month is in the file, and an import that keeps the actuals held
	// before for it says the row was refused, not that the file has no
	// such month (report.KeptNote).
	Left []Period
	// Stage is the stage column of a deal export, nil when none: only its
	// won deals' rows are read (stage.go).
	Stage *Stage
	// Activity is the type column of an activity log, nil when none: each
	// row counts one for the node its type names (activity.go).
	Activity *Activity
}

// Parse reads a CSV export. It never fails: whatever it cannot read is a
// Problem, and every good row is kept.
func Parse(r io.Reader, nodes []Node) *Result {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	res := &Result{}
	if err != nil {
		res.add(Problem{Code: BadFile, Text: err.Error()})
		return res
	}
	return ParseBytes(data, nodes)
}

// ParseBytes is Parse for a file already in memory.
func ParseBytes(data []byte, nodes []Node) *Result { return ParseBytesIn(data, nodes, "") }

// ParseBytesIn is ParseBytes for a plan that counts money in currency (an
// ISO 4217 code: JPY, USD, EUR): an amount whose cell names another
// ($12,000, USD 10,000, € in a plan in JPY) is left out (OtherCurrency)
// rather than read as yen. "" checks nothing.
func ParseBytesIn(data []byte, nodes []Node, currency string) *Result {
	if len(data) > MaxBytes {
		return refused(TooLarge)
	}
	data = decode(data)
	switch {
	case binary(data):
		return refused(Binary)
	case !utf8.Valid(data):
		return refused(NotUTF8)
	}
	comma := sniff(data)
	rd := reading{euro: comma == ';'}
	res, p := parseOnce(data, comma, nodes, currency, rd)
	if again, ok := p.clue.again(rd); ok { // reading.go
		res, _ = parseOnce(data, comma, nodes, currency, again)
	}
	return res
}

// parseOnce reads data, CSV separated by comma, in reading rd. It returns
// the parser, whose clues say how the file writes what rd read otherwise.
func parseOnce(data []byte, comma rune, nodes []Node, currency string, rd reading) (*Result, *parser) {
	res := &Result{DayFirst: rd.dayFirst}
	p := &parser{res: res, nodes: nodes, rd: rd, currency: currency, sums: map[key]int{}, seen: map[string]int{}, same: map[int]int{}, dropped: map[int]bool{}, dates: map[string]periodRead{}, classes: map[string]stageClass{}, stage: -1, kind: -1, status: -1, direction: -1, deals: -1, counter: -1, curCol: -1}
	rr := newRowReader(data, comma)
	for {
		rec, row, err := rr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				res.add(Problem{Row: row, Code: BadFile, Text: pe.Err.Error()})
				continue
			}
			res.add(Problem{Row: row, Code: BadFile, Text: err.Error()})
			break
		}
		if p.header == nil {
			if blank(rec) {
				continue
			}
			p.head(row, rec)
			if p.period < 0 || !p.reads() {
				return res, p
			}
			continue
		}
		p.row(row, rec)
		if res.Rows > MaxRows {
			// Part of a file would count as the whole: its first months
			// summed, the rest missing. Nothing is read instead.
			return refused(TooManyRows), p
		}
	}
	if p.header == nil {
		if len(bytes.TrimSpace(data)) == 0 {
			res.add(Problem{Code: EmptyFile})
			return res, p
		}
		res.add(Problem{Code: Empty})
		return res, p
	}
	if res.Rows == 0 {
		res.add(Problem{Code: NoRows})
	}
	p.finish()
	p.clue.monthColumn = periodRank(norm(p.header[p.period])) == 0
	return res, p
}

type key struct {
	p    Period
	node string
}

type parser struct {
	res     *Result
	nodes   []Node
	rd      reading // how cells are read (reading.go)
	clue    clues   // what the cells say of how the file writes them
	header  []string
	period  int    // column index of the period, -1 when none
	week    int    // column index of a week-of-month column, or -1
	metric  int    // long form: the metric column, or -1
	value   int    // long form: the value column
	vbad    string // long form: the value column's brackets that are no unit (BadValueUnit), "" when read
	vsaid   bool   // the BadValueUnit problem is added
	cols    map[int]int
	scale   map[int]float64 // a column's multiplier (Mapping.Scale)
	last    *Period
	sums    map[key]int    // entry index
	added   []int          // by entry index: the last row added into it
	dropped map[int]bool   // by entry index: a rate given in several rows (RateRows)
	seen    map[string]int // a row's cells and period (appendSameKey): the first row of them
	key     []byte         // the key of the row read (appendSameKey)
	same    map[int]int    // a first row repeated: its group in res.Same
	days    bool           // some period named a day after the 1st
	// stage: the stage column (stage.go), or -1; lastStage the stage the
	// row above gave. deals is the deal count won rows give, or -1: by
	// counter, a summary report's count column, or by the rows (countRows).
	stage, deals, counter int
	lastStage             string
	countRows             bool
	closed                []Period  // the lost deals' periods
	totals                []pending // total rows, read at the end if nothing else gives their period
	sum                   sumOf     // what the rows read gave each node (tail_total.go)
	tail                  *pending  // a row whose empty month cell and values make it the total of every row above, if no row follows
	currency              string    // the plan's currency, "" when unchecked
	curCol                int       // a column naming each row's currency (Amount Currency, 通貨), or -1
	// dates and classes keep what a period cell (dated) and a stage
	// (classOf) read as, up to memoCap of each: an export of 100,000 rows
	// repeats a few hundred dates and a handful of stages.
	dates   map[string]periodRead
	classes map[string]stageClass
	// kind: an activity log's type column (activity.go), or -1; status its
	// status column, or -1; rowNode the node the row read counts one for,
	// rowKey its type.
	// types and statuses keep each type's and status's reading (up to
	// memoCap), typeAt each type key's place in Activity.Counted or Others.
	kind, status, rowNode int
	direction             int    // a call's direction column (activity.go), or -1
	calls                 bool   // the file is a log of calls alone (Activity.Calls)
	rowKey                string // the row's type as a key (typeRead.key)
	types                 map[string]typeRead
	typeAt                map[string]int
	statuses              map[string]bool
}

// memoCap is how many cells of a kind the parser keeps the reading of.
const memoCap = 4096

// periodRead is a period cell as period reads it.
type periodRead struct {
	per Period
	ok  bool
}

// dated reads period cell s as period does, once for each cell text.
func (p *parser) dated(s string) (Period, bool) {
	if d, ok := p.dates[s]; ok {
		return d.per, d.ok
	}
	per, ok := periodIn(s, p.rd.dayFirst)
	p.clue.sawDate(s)
	if len(p.dates) < memoCap {
		p.dates[s] = periodRead{per, ok}
	}
	return per, ok
}

// reads reports whether the header names anything to read: a node's
// column, a long form's metric, a stage column whose won rows count deals,
// or an activity log's type column.
func (p *parser) reads() bool {
	return len(p.cols) > 0 || p.metric >= 0 || p.deals >= 0 || p.kind >= 0
}

func (p *parser) cell(rec []string, c int) string {
	if c < 0 || c >= len(rec) {
		return ""
	}
	return rec[c]
}

func (p *parser) row(row int, rec []string) {
	if blank(rec) {
		return
	}
	p.res.Rows++
	if n := width(rec); n > len(p.header) {
		p.res.add(Problem{Row: row, Text: strconv.Itoa(n), Of: len(p.header), Code: ExtraCells})
		return
	}
	pc := strings.TrimSpace(p.cell(rec, p.period))
	if skipRow(pc) {
		// 合計 in the period's column: the rows above added up, never
		// read, and named (it was left out without a word).
		p.res.Rows--
		p.res.Totals = append(p.res.Totals, row)
		return
	}
	total := p.totalRow(rec)
	if p.stage >= 0 || p.kind >= 0 {
		per, ok := p.dated(pc)
		switch {
		case total || nonEmpty(rec) <= 1: // a total or a report's footer line: no deal, no activity
			p.res.Rows--
			if total {
				p.res.Totals = append(p.res.Totals, row)
			}
			return
		case p.stage >= 0 && !p.staged(rec), p.kind >= 0 && p.typedRow(rec, per, ok) < 0:
			if ok {
				p.last = &per // a grouped export's month carries past the row
			}
			return
		}
	}
	if p.tail != nil { // a row follows: the one held was the month above's (tail_total.go)
		t := *p.tail
		p.tail = nil
		p.res.Rows++
		p.values(t.row, t.per, t.rec)
	}
	var per Period
	switch ok := false; {
	case pc == "" && p.last != nil && !total && p.week < 0 && p.totalsAbove(rec):
		p.res.Rows--
		p.tail = &pending{row, *p.last, rec}
		return
	case pc == "" && p.last != nil:
		per = *p.last // a grouped export writes the month once
	default:
		if per, ok = p.dated(pc); !ok {
			if pc != "" && nonEmpty(rec) <= 1 {
				p.res.Rows-- // a report's footer line
				return
			}
			code := BadPeriod
			if pc == "" {
				code = NoMonth
			}
			p.res.add(Problem{Row: row, Column: p.period + 1, Header: p.header[p.period], Text: pc, Code: code})
			// The rows under a refused month are not the month above it.
			p.last = nil
			return
		}
		p.last = &per
	}
	if p.week >= 0 {
		if w := weekOf(p.cell(rec, p.week)); w > 0 {
			per.Week = w
		} else if t := strings.TrimSpace(p.cell(rec, p.week)); t != "" {
			p.res.add(Problem{Row: row, Column: p.week + 1, Header: p.header[p.week], Text: t, Code: BadPeriod})
			return
		}
	}
	if per.Day > 1 {
		p.days = true
	}
	if total { // read at the end only if nothing else gives its period (totals.go)
		p.res.Rows--
		p.totals = append(p.totals, pending{row, per, rec})
		return
	}
	p.values(row, per, rec)
}

// values reads data row rec, on row row, of period per: its nodes' cells,
// or the long form's metric and value, and the deals a won row gives.
//
// A row with a value refused (not a number, negative, in another
// currency) is left out whole, its problem says so: counted without it,
// its other figures skewed the rates (a won deal without its amount made
// the average deal size 58.8 % of the plan's).
func (p *parser) values(row int, per Period, rec []string) {
	bad, got := false, false
	var cells []cell // the row's values, kept once none is refused
	put := func(c, i int, scale float64) {
		v, g, b := p.put(row, rec, c, i, scale)
		if g {
			cells = append(cells, v)
		}
		got, bad = got || g, bad || b
	}
	if p.metric >= 0 {
		m := strings.TrimSpace(p.cell(rec, p.metric))
		i, many, scale, u, unit, yearPer := p.column(m)
		switch {
		case many != "":
			p.res.add(Problem{Row: row, Column: p.metric + 1, Header: m, Text: many, Code: Ambiguous})
			return
		case unit != "":
			p.res.add(Problem{Row: row, Column: p.metric + 1, Header: m, Text: unit, Code: BadUnit})
			return
		case i >= 0 && p.nodes[i].Money && otherCurrency(unitCurrency(u), p.currency):
			p.res.add(Problem{Row: row, Column: p.metric + 1, Header: m, Text: m, Code: OtherCurrency})
			return
		case i < 0:
			p.res.add(Problem{Row: row, Column: p.metric + 1, Header: p.header[p.metric], Text: m, Code: UnknownMetric})
			return
		case yearPer < 0:
			p.res.add(Problem{Row: row, Column: p.metric + 1, Header: m, Text: u, Code: WeekRate})
			return
		}
		s, ok := p.valueScale(row, m, i, scale, u)
		if !ok {
			return
		}
		if (scale != 1 || p.nodes[i].YearRate) && !slices.ContainsFunc(p.res.Metrics, func(x Mapping) bool { return x.Header == m }) {
			p.res.Metrics = append(p.res.Metrics, Mapping{Column: p.metric + 1, Header: m, Node: p.nodes[i].ID, Scale: scale, Unit: u, Per: yearPer})
		}
		if put(p.value, i, s); got && u == "" {
			p.readValue(m, i)
		}
	}
	for _, c := range sortedCols(p.cols) {
		if i := p.cols[c]; p.stage >= 0 && p.nodes[i].Money && strings.TrimSpace(p.cell(rec, c)) == "" {
			// A won deal without its amount: counted at ¥0, it made the
			// average deal size ¥525,000 of deals of ¥1,000,000.
			p.res.add(Problem{Row: row, Column: c + 1, Header: p.header[c], Code: NoAmount})
			bad = true
			continue
		}
		put(c, p.cols[c], p.scale[c])
	}
	if p.stage >= 0 && p.otherCurrency(row) {
		// A won deal whose amount is in another currency is left out
		// whole: counted without its amount, it made the average deal
		// size $8,000 of four deals where three gave $32,000.
		p.res.Stage.Won--
		p.res.Stage.Foreign++
		return
	}
	if v, g, b := p.wonDeals(row, rec); g || b {
		cells = append(cells, v)
		got, bad = got || g, bad || b
	}
	v, counted, b := p.activity(row, rec)
	if counted {
		cells = append(cells, v)
	}
	got, bad = got || counted, bad || b
	if bad {
		if !slices.Contains(p.res.Left, per) {
			p.res.Left = append(p.res.Left, per)
		}
		switch {
		case p.stage >= 0:
			p.res.Stage.Won-- // counted by its stage, left out with its row
		case counted:
			p.res.Activity.Counted[p.typeAt[p.rowKey]].Rows--
		}
		return
	}
	for _, c := range cells {
		p.addEntry(row, per, c.node, c.v, c.at)
		p.sum.add(c.node, c.v)
	}
	p.sum.rows++
	if got {
		p.res.Valued++
		p.repeated(row, per, rec)
	}
	if got && !bad {
		p.res.Good++
	}
}

// cell is a value read from a row's cell: node index node's value v, and
// the problem said if its period gives the node twice (addEntry).
type cell struct {
	node int
	v    float64
	at   Problem
}

// put reads cell c of data row rec as node i's value at scale: got when
// it gave one, bad when it is refused (a Problem says why).
func (p *parser) put(row int, rec []string, c, i int, scale float64) (v cell, got, bad bool) {
	t := strings.TrimSpace(p.cell(rec, c))
	if t == "" {
		return cell{}, false, false
	}
	h := ""
	if c < len(p.header) {
		h = p.header[c]
	}
	if p.rd.euro {
		p.clue.sawNumber(t)
	}
	x, pct, neg, ok, unit := number(t, p.rd.euro)
	switch {
	case neg:
		code := Negative
		if i >= 0 && i < len(p.nodes) && !p.nodes[i].Money {
			code = NegativeCount // "take a refund off its month's amount" was said of calls
		}
		p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: t, Code: code})
		return cell{}, false, true
	case !ok:
		p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: t, Code: BadNumber})
		return cell{}, false, true
	}
	if named, text := p.cellCurrency(rec, t); p.nodes[i].Money && otherCurrency(named, p.currency) {
		p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: text, Code: OtherCurrency})
		return cell{}, false, true
	}
	if p.nodes[i].Rate {
		p.clue.sawRate(i, x, pct)
		switch near, ok := p.rd.rateNear[i]; {
		case pct:
		case x > 1 && x <= 100:
			x /= 100
		case ok: // 0.9 beside 2.1 and 1.8: 0.9 % (reading.go)
			if y := rateIn(x, near); y != x {
				x = y
				if id := p.nodes[i].ID; !slices.Contains(p.res.AsPercent, id) {
					p.res.AsPercent = append(p.res.AsPercent, id)
				}
			}
		}
	}
	if p.nodes[i].Rate && x > 1 {
		p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: t, Code: RateAbove})
		return cell{}, false, true
	}
	if p.nodes[i].Rate && x*scale > 1 { // a month's 10 % churn: 120 % a year
		p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: t + " × " + strconv.FormatFloat(scale, 'f', -1, 64), Code: RateAbove})
		return cell{}, false, true
	}
	if unit && p.nodes[i].Money && scale != 1 {
		// 9万 under 受注金額（千円）: the cell's own unit is the nearer, and
		// ¥90,000 is what it says; scaled again it read ¥90,000,000.
		scale = 1
		p.res.written(h, t)
	}
	if x *= scale; math.IsInf(x, 0) || x > MaxValue { // beyond what the engine takes, once scaled
		p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: t, Code: OverLimit})
		return cell{}, false, true
	}
	if p.nodes[i].Whole && x != math.Trunc(x) { // read without a word before
		p.res.add(Problem{Row: row, Column: c + 1, Header: h, Text: t, Code: NotWhole})
		return cell{}, false, true
	}
	return cell{i, x, Problem{Row: row, Column: c + 1, Header: h, Text: h}}, true, false
}

func sortedCols(m map[int]int) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func (p *parser) addEntry(row int, per Period, i int, v float64, at Problem) {
	node := p.nodes[i].ID
	k := key{per, node}
	if j, ok := p.sums[k]; ok {
		if p.nodes[i].level() && p.added[j] != row && !p.dropped[j] {
			// Two rows' 12 % are no 24 %, and nothing says whose rate
			// weighs how much: the period's rate is left out, said once
			// (and a price's: two reps' ¥1,000,000 deals are no ¥2,000,000).
			at.Code = p.nodes[i].rowsCode()
			p.res.add(at)
			p.dropped[j] = true
		}
		p.res.Entries[j].Value += v
		if p.added[j] != row { // a row counts once, whatever its columns
			p.res.Entries[j].Rows++
			p.added[j] = row
		}
		return
	}
	p.sums[k] = len(p.res.Entries)
	p.added = append(p.added, row)
	p.res.Entries = append(p.res.Entries, Entry{Period: per, Node: node, Value: v, Row: row, Rows: 1})
}

// finish settles days into weeks or months. Dates stand for their month
// when the file gives month totals dated as a month's first or last day
// (monthEnds: 2026/4/1 or 2026/4/30, a late deal of 2026/10/20 beside
// them adding to October's), and so do a deal export's
// (Result.Stage). Otherwise, when a date names a day after the 1st, the
// file is by day or week (a week column's too), and every dated entry
// counts in its week (the 1st in week 1). Entries that then share a
// period and node are added up.
func (p *parser) finish() {
	if p.tail != nil { // the last row: a total of the rows above
		p.res.Totals = append(p.res.Totals, p.tail.row)
		p.tail = nil
	}
	p.readTotals()
	es := p.res.Entries
	switch {
	case p.res.Stage != nil:
		es, p.res.Stage.Through = dealWeeks(es, p.closed)
	case p.res.Activity != nil: // an activity log lists every activity, as a deal export every deal
		es, p.res.Activity.Through = dealWeeks(es, p.closed)
	case p.days:
		var whole map[month]bool
		if p.week < 0 {
			whole = monthEnds(es)
		}
		for i := range es {
			switch e := &es[i]; {
			case whole[month{e.Year, e.Month}]:
				e.Week = 0
			case e.Day >= 1 && e.Week == 0:
				e.Week = (e.Day-1)/7 + 1
			}
		}
	}
	level := map[string]*Node{}
	for i, n := range p.nodes {
		if n.level() {
			level[n.ID] = &p.nodes[i]
		}
	}
	out := es[:0]
	seen := map[key]int{}
	var drop []bool // by index in out: a rate of several rows or days (RateRows)
	for i, e := range es {
		e.Day = 0
		k := key{e.Period, e.Node}
		if j, ok := seen[k]; ok {
			n := level[e.Node]
			if n != nil && !drop[j] && !p.dropped[i] {
				p.res.add(Problem{Row: e.Row, Text: p.headerOf(e.Node), Code: n.rowsCode()})
			}
			drop[j] = drop[j] || n != nil
			out[j].Value += e.Value
			out[j].Rows += e.Rows // days of one week: rows apart
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
		drop = append(drop, p.dropped[i])
	}
	kept := out[:0]
	for j, e := range out {
		if !drop[j] {
			kept = append(kept, e)
		}
	}
	out = kept
	sort.SliceStable(out, func(i, j int) bool { // sort, not slices: see app/forecast/actuals.go's Sort
		a, b := out[i], out[j]
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Week, b.Week)) < 0
	})
	p.res.Entries = out
}

// month is a calendar month of a year.
type month struct{ y, m int }

// monthEnds returns the months the entries give as month totals dated as
// a month's first or last day, or nil when the file is by day or week. A
// file gives month totals when in more than half of the months it dates
// (a day named) every date falls on those days; each month then with one
// on those days counts whole, a late deal of 2026/10/20 beside totals
// dated 2026/10/1 adding to October's. Its other months (one to date,
// 2026/12/4) count by week. A weekly file dated 4/1, 4/8, 4/15 …, or a
// log of April's first days, stays by week.
func monthEnds(es []Entry) map[month]bool {
	type marks struct{ some, all bool }
	seen := map[month]marks{}
	for _, e := range es {
		if e.Day == 0 {
			continue
		}
		k := month{e.Year, e.Month}
		end := e.Day == 1 || e.Day == daysIn(e.Year, e.Month)
		c, ok := seen[k]
		if !ok {
			c.all = true
		}
		seen[k] = marks{c.some || end, c.all && end}
	}
	all := 0
	whole := map[month]bool{}
	for k, c := range seen {
		if c.all {
			all++
		}
		if c.some {
			whole[k] = true
		}
	}
	if 2*all <= len(seen) {
		return nil
	}
	return whole
}

// weekOf reads a week-of-month cell: 2, W2, 第2週, Week 2.
func weekOf(s string) int {
	s = strings.ToLower(fold(s))
	for _, w := range []string{"week", "wk", "w", "第", "週", " "} {
		s = strings.ReplaceAll(s, w, "")
	}
	n := atoi(s)
	if n < 1 || n > 5 {
		return 0
	}
	return n
}

// skipRow reports a total row: 合計, Total, Grand Total, Subtotal, 小計.
func skipRow(s string) bool {
	var buf [32]byte
	key := string(appendNorm(buf[:0], s))
	switch key {
	case "合計", "総計", "小計", "集計", "総合計", "total", "totals", "grandtotal", "subtotal", "sum":
		return true
	}
	// A group's total, as a pivot table or a report writes it: 「東日本合計」,
	// 「佐藤 集計」, "Sato Total", "East Subtotal" (a word of its own: no
	// "Crystal"). Every cell of every row comes here: the words are looked
	// for only in a key that ends in one.
	for _, w := range []string{"合計", "総計", "小計", "集計"} {
		if strings.HasSuffix(key, w) {
			return true
		}
	}
	if !strings.HasSuffix(key, "total") && !strings.HasSuffix(key, "totals") {
		return false
	}
	f := strings.Fields(fold(s))
	if len(f) < 2 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "total", "totals", "subtotal":
		return true
	}
	return false
}
