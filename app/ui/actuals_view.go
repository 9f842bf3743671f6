package ui

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// The year as it happens (issue 13): the plan's settings, the actuals, the
// re-forecast and the review, as plain data the page renders. Nothing
// here touches the browser; the tests build it natively.

// yearUI is what the page keeps between renders that is not part of the
// scenario: the last import's messages and text typed into the fields
// that take more than one number.
type yearUI struct {
	imported *ImportReport // the last import's report (actuals_import.go)

	season    string // the seasonality row as typed
	seasonErr error  // why it was refused
	// hireBad holds each hire's cell whose typed text was refused, until
	// the cell is typed again: the table shows the text marked, and a line
	// for each says which row and field, why, and what still counts.
	hireBad  []hireRefusal
	entryErr error // why an import, or the actuals as changed, were refused
	// refused holds each cell whose typed text was refused, until the cell
	// is typed again: the table shows the text marked, and says why.
	refused []refusal

	force bool // the next view is built anew (a change made in this section)

	// entryMonth is the plan month (0 for the first) whose weeks the entry
	// table takes, or -1 (and the zero value's +1 offset keeps -1 the
	// default): the table then takes whole months.
	entryWeeks int // entryMonth + 1

	cache struct {
		at      time.Time // when view was built
		changed int
		lang    i18n.Lang
		weekly  bool
		weeks   int // yearUI.entryWeeks
		n       int // actuals
		view    *YearView
	}
}

func (m *Model) year() *yearUI {
	if m.yr == nil {
		m.yr = &yearUI{}
	}
	return m.yr
}

// SectionWeekly is the State.Open name of the review's weekly mode.
const SectionWeekly = "review-weekly"

// YearView is the plan's settings, the actuals and what they mean.
type YearView struct {
	Lang i18n.Lang

	// The plan.
	StartYear, StartMonth, Months, Lag int // StartMonth 0: not set (January is taken)
	BusinessCalendar                   bool
	NewTeam                            bool
	Season                             string // the 12 weights as a row from the plan's first month, or as typed
	SeasonLabel                        string // the field's label, naming the month the row begins with
	SeasonErr                          string
	Hires                              []forecast.Hire
	HireErrs                           []string          // each refused cell of the hires: its row and field, why, what counts
	HireTyped                          map[string]string // the refused text of a hire's cell, by "row/field"
	HireErr                            map[string]string // the id of a refused hire cell's message in HireErrs (hireErrID), by "row/field"
	MonthNames                         []string          // January … December in the language

	// The actuals.
	Columns []ActualColumn // the nodes one can enter, in tree order
	Rows    []ActualRow    // one per plan month, or one per week of EntryMonth
	// EntryMonth is the plan month whose weeks Rows are, -1 for months;
	// EntryOptions offers months and each plan month's weeks.
	EntryMonth   int
	EntryOptions []Option
	File         string
	Imported     string   // "Read 7 rows (35 values); 3 problems"
	Problems     []string // one per problem, with its row and column
	// EntryErrs are the typed actuals refused, one per cell in the table's
	// order, then an import's or a change's refusal.
	EntryErrs []string
	// WeekTotals says which KPIs of EntryMonth hold a total for the whole
	// month: it counts, and the weeks typed under it do not (weekTotals).
	WeekTotals string

	// What they mean; nil without actuals or when the scenario does not solve.
	Refit  *report.Refit
	Review *report.Review
	Weekly bool
	Error  string
}

// ActualColumn is a node whose actuals the table takes.
type ActualColumn struct {
	ID, Label string
}

// ActualRow is one plan month of the entry table.
type ActualRow struct {
	Label string
	Year  int
	Month time.Month
	Week  int      // 1 to 5 for a week of the month, 0 for the whole month
	Cells []string // by column: the actual as entered, "" when none; a refused cell's text as typed
	Bad   []bool   // by column: the cell holds text that was refused (nil when none is)
	Err   []string // by column: the id of a refused cell's message in EntryErrs (entryErrID), "" for the others
	Plan  []string // by column: the plan's value, the placeholder
}

// YearView builds the year's view from the model.
func (m *Model) YearView() *YearView { return m.yearView(false) }

// yearView is YearView; during a drag (late: the page shows the plan and
// charts of an earlier move and will render again) the last view is kept
// for up to lateInterval, as the monthly plan and charts are.
func (m *Model) yearView(late bool) *YearView {
	y := m.year()
	weekly := m.Open(SectionWeekly)
	c := &y.cache
	same := c.view != nil && c.lang == m.Lang && c.weekly == weekly && c.weeks == y.entryWeeks && c.n == len(m.Scenario.Actuals)
	// While a slider is dragged the year follows at most every
	// lateInterval (the page renders again once it has passed: catchUp),
	// as the monthly plan and charts do: a re-forecast runs a Monte Carlo.
	if same && c.changed != m.Changed && late && !y.force && len(m.Scenario.Actuals) > 0 && time.Since(c.at) < lateInterval {
		same = true
	} else if same && c.changed != m.Changed {
		same = false
	}
	y.force = false
	if same {
		v := *c.view
		m.transient(&v, y)
		return &v
	}
	v := buildYear(m.Scenario, m.Lang, weekly, y.entryWeeks-1)
	if v.Refit != nil {
		v.Refit.SetToday(m.today())
	}
	c.changed, c.lang, c.weekly, c.weeks, c.n, c.view, c.at = m.Changed, m.Lang, weekly, y.entryWeeks, len(m.Scenario.Actuals), v, time.Now()
	out := *v
	m.transient(&out, y)
	return &out
}

// transient adds to a view of the scenario what the session holds beside
// it: the last import, the refusals, the text typed into refused cells and
// the seasonality as typed. The rows are copied where they change: v's
// are the cache's.
func (m *Model) transient(v *YearView, y *yearUI) {
	if y.imported != nil {
		v.File = y.imported.File
	}
	v.EntryErrs, v.SeasonErr, v.HireErrs = m.yearErrs(y)
	for k, r := range m.hiresInOrder(y) {
		if v.HireTyped == nil {
			v.HireTyped, v.HireErr = map[string]string{}, map[string]string{}
		}
		key := strconv.Itoa(r.row) + "/" + r.field
		v.HireTyped[key], v.HireErr[key] = r.text, hireErrID(k)
	}
	v.Imported, v.Problems = y.imported.text(m.Lang)
	if y.season != "" {
		v.Season = y.season
	}
	if len(y.refused) == 0 {
		return
	}
	rs := m.refusedInOrder(y)
	v.Rows = slices.Clone(v.Rows)
	for i, r := range v.Rows {
		for j, c := range v.Columns {
			k := refusalOf(rs, actualCell{r.Year, r.Month, r.Week, c.ID})
			if k < 0 {
				continue
			}
			if v.Rows[i].Bad == nil {
				r.Cells, r.Bad, r.Err = slices.Clone(r.Cells), make([]bool, len(v.Columns)), make([]string, len(v.Columns))
			}
			r.Cells[j], r.Bad[j], r.Err[j] = rs[k].bad.text, true, entryErrID(k)
			v.Rows[i] = r
		}
	}
}

// entryErrID is the element id of EntryErrs[k], the message a refused
// cell is described by (aria-describedby).
func entryErrID(k int) string { return "actual-err-" + strconv.Itoa(k) }

// hireErrID is the element id of HireErrs[k], the message a refused hire
// cell is described by.
func hireErrID(k int) string { return "hire-err-" + strconv.Itoa(k) }

// seasonErrID is the element id of SeasonErr, the message the refused
// season row is described by.
const seasonErrID = "season-err"

// refusalOf is the index in rs of cell c's refusal, -1 when it has none.
func refusalOf(rs []refusal, c actualCell) int {
	for k, r := range rs {
		if r.cell.same(c) {
			return k
		}
	}
	return -1
}

// buildYear is YearView without the session's transient state; the entry
// table takes the weeks of plan month entry, or whole months when it is -1.
func buildYear(s *scenario.Scenario, l i18n.Lang, weekly bool, entry int) *YearView {
	f := s.Forecast
	v := &YearView{Lang: l, StartYear: f.PlanYear(), StartMonth: f.StartMonth, Months: f.Months, Lag: f.LagMonths,
		BusinessCalendar: !f.BusinessCalendar.IsZero(), NewTeam: f.NewTeam, Hires: f.Hires, Weekly: weekly}
	if v.Months == 0 {
		v.Months = s.Calendar.Months
	}
	if len(f.Seasonality) == 12 {
		// In the plan's order, from its first month, as the monthly plan
		// and a plan's spreadsheet row go (April first in a Japanese
		// fiscal year); the scenario keeps them January first.
		parts := make([]string, 12)
		for i := range parts {
			parts[i] = strconv.FormatFloat(f.Seasonality[calendarMonth(time.Month(f.StartMonth), i)-1], 'f', -1, 64)
		}
		v.Season = strings.Join(parts, " ") // spaces: a tab in a field is a wide gap (a pasted row of tabs reads too)
	}
	v.SeasonLabel = fmt.Sprintf(l.T("plan.seasonality"), report.MonthName(l, forecast.Month{Month: calendarMonth(time.Month(f.StartMonth), 0)}))
	for mo := time.January; mo <= time.December; mo++ {
		v.MonthNames = append(v.MonthNames, report.MonthName(l, forecast.Month{Month: mo}))
	}
	// Without actuals the plan alone fills the table: no Monte Carlo run.
	var rf *forecast.Reforecast
	var err error
	if len(s.Actuals) == 0 {
		var a *forecast.Answer
		if a, err = s.Answer(); err == nil {
			rf = &forecast.Reforecast{Answer: a}
		}
	} else {
		rf, err = s.Refit()
	}
	if err != nil {
		v.Error = errText(s, l, l.T("actuals.title"), err)
		return v
	}
	p := rf.Answer.Plan
	m := p.Model
	for _, i := range m.TreeOrder() {
		if nd := m.Node(i); nd.Periodic() && nd.Unit != kpi.Rate {
			v.Columns = append(v.Columns, ActualColumn{ID: nd.ID, Label: nd.Label.In(string(l))})
		}
	}
	fm := i18n.Format{Lang: l, Currency: s.Currency}
	if entry >= len(p.Months) {
		entry = -1
	}
	v.EntryMonth = entry
	v.EntryOptions = append(v.EntryOptions, Option{Value: "-1", Label: l.T("actuals.by_month"), Selected: entry < 0})
	for k, mo := range p.Months {
		v.EntryOptions = append(v.EntryOptions, Option{Value: strconv.Itoa(k), Label: fmt.Sprintf(l.T("actuals.by_week"), report.MonthName(l, mo)), Selected: k == entry})
		if entry >= 0 {
			continue
		}
		r := ActualRow{Label: report.MonthName(l, mo), Year: mo.Year, Month: mo.Month}
		for _, c := range v.Columns {
			i, _ := m.Index(c.ID)
			cell := ""
			if rf.Has != nil && rf.Has[k][i] {
				cell = i18n.Digits(rf.Actual[k][i]) // as typed: 2,500,000, not 2500000
			}
			r.Cells = append(r.Cells, cell)
			r.Plan = append(r.Plan, fm.Node(m.Node(i), forecast.PlanValue(p, k, i), kpi.Month))
		}
		v.Rows = append(v.Rows, r)
	}
	if entry >= 0 {
		v.Rows = weekRows(s, p, entry, v.Columns, l, fm)
		v.WeekTotals = weekTotals(s.Actuals, rf, entry, v.Columns, l, fm)
	}
	if len(s.Actuals) == 0 {
		return v
	}
	v.Refit = report.NewRefit(rf, l, s.Currency)
	v.Review = report.NewReview(rf, s.Actuals, weekly, l, s.Currency)
	return v
}

// weekRows are the entry table's rows for the weeks of plan month k: each
// week's actual as entered, and as the placeholder the month's plan times
// the week's share of its working days (Plan.WeekShare, as the review and
// the re-forecast of a month to date count it: the weeks add up to the
// month).
func weekRows(s *scenario.Scenario, p *forecast.Plan, k int, cols []ActualColumn, l i18n.Lang, fm i18n.Format) []ActualRow {
	mo := p.Months[k]
	m := p.Model
	var rows []ActualRow
	for w := 1; w <= 5; w++ {
		r := ActualRow{Label: fmt.Sprintf(l.T("actuals.week"), w), Year: mo.Year, Month: mo.Month, Week: w}
		for _, c := range cols {
			i, _ := m.Index(c.ID)
			cell := ""
			for _, a := range s.Actuals {
				if a.Node == c.ID && a.Month == mo.Month && a.Week == w && (a.Year == mo.Year || a.Year == 0 || mo.Year == 0) {
					cell = i18n.Digits(a.Value)
				}
			}
			r.Cells = append(r.Cells, cell)
			r.Plan = append(r.Plan, fm.Node(m.Node(i), forecast.PlanValue(p, k, i)*p.WeekShare(k, w), kpi.Week))
		}
		rows = append(rows, r)
	}
	return rows
}

// weekTotals says, when plan month k holds a total for the whole month
// of some of the columns, which and what it is: the total counts, and the
// weeks typed under it do not (forecast's rule, as an export's month row
// over its weeks). The weeks typed changed nothing and the page said
// nothing. "" when the month has no total.
func weekTotals(acts forecast.Actuals, rf *forecast.Reforecast, k int, cols []ActualColumn, l i18n.Lang, fm i18n.Format) string {
	p := rf.Answer.Plan
	mo := p.Months[k]
	var totals []string
	for _, c := range cols {
		if !slices.ContainsFunc(acts, func(a forecast.Actual) bool {
			return a.Node == c.ID && a.Week == 0 && a.Month == mo.Month && (a.Year == mo.Year || a.Year == 0 || mo.Year == 0)
		}) {
			continue
		}
		i, _ := p.Model.Index(c.ID)
		totals = append(totals, c.Label+" "+fm.Node(p.Model.Node(i), rf.Actual[k][i], kpi.Month))
	}
	if len(totals) == 0 {
		return ""
	}
	return fmt.Sprintf(l.T("actuals.week_total"), report.MonthName(l, mo), strings.Join(totals, l.ListSep()))
}

// SetEntryMonth makes the entry table take the weeks of plan month k, or
// whole months for k < 0.
func (m *Model) SetEntryMonth(k int) {
	m.year().entryWeeks = max(k, -1) + 1
}

// ParseWeights reads a seasonality row as pasted from a spreadsheet: 12
// numbers separated by tabs, commas, semicolons or spaces (thousands
// separators are not taken, so 1,2 is two weights), each 0 or more, in the
// plan's order from its first month, first (January when 0), and returns
// them January first, as the scenario keeps them. An empty row is nil: a
// flat plan.
func ParseWeights(text string, first time.Month) ([]float64, error) {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return r == '\t' || r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\r' || r == '、' || r == '　' || r == '，'
	})
	if len(fields) == 0 {
		return nil, nil
	}
	if len(fields) != 12 {
		return nil, kpi.Errorf("", "forecast.seasonality", kpi.Invalid, 0, "must hold 12 weights, one per month from the plan's first month; got %d", len(fields))
	}
	out := make([]float64, 12)
	for i, x := range fields {
		mo := calendarMonth(first, i)
		x = scenario.NormalizeTyped(x)
		w, err := strconv.ParseFloat(strings.TrimSuffix(x, "%"), 64)
		if err != nil || w < 0 || w != w || w > kpi.MaxValue {
			return nil, kpi.Errorf("", "forecast.seasonality", kpi.Invalid, 0, "the weight for month %d, %q, is not a number of 0 or more", int(mo), x)
		}
		out[mo-1] = w
	}
	return out, nil
}

// calendarMonth is the calendar month of the i-th month (from 0) of a
// year that begins in first (January when 0).
func calendarMonth(first time.Month, i int) time.Month {
	if first < time.January || first > time.December {
		first = time.January
	}
	return time.Month((int(first)-1+i)%12 + 1)
}

// SetSeasonalityText applies a pasted seasonality row; a bad row keeps its
// text and says why.
func (m *Model) SetSeasonalityText(text string) {
	y := m.year()
	y.season, y.seasonErr = text, nil
	w, err := ParseWeights(text, time.Month(m.Scenario.Forecast.StartMonth))
	if err == nil {
		err = m.Scenario.SetSeasonality(w)
	}
	if err != nil {
		y.seasonErr = err
		return
	}
	y.season = ""
	m.changed()
}

// hireRefusal is a hire's cell whose typed text was refused.
type hireRefusal struct {
	row   int
	field string // "month", "count" or "ramp_months"
	text  string
	err   error
}

// hireFields are a hire's fields in the table's order.
var hireFields = []string{"month", "count", "ramp_months"}

// SetHire changes field ("month", "count" or "ramp_months") of hire i to
// the typed text; i equal to the number of hires adds one. A refused text
// stays in its cell, marked, with its reason, and the hire keeps its last
// value until the cell is typed again; another cell's refusal stays too.
func (m *Model) SetHire(i int, field, text string) {
	y := m.year()
	y.hireBad = slices.DeleteFunc(y.hireBad, func(r hireRefusal) bool { return r.row == i && r.field == field })
	refuse := func(err error) { y.hireBad = append(y.hireBad, hireRefusal{i, field, text, err}) }
	hs := append([]forecast.Hire(nil), m.Scenario.Forecast.Hires...)
	if i == len(hs) {
		hs = append(hs, forecast.Hire{Month: 1, Count: 1})
	}
	if i < 0 || i >= len(hs) {
		return
	}
	v, err := scenario.ParseValue(strings.TrimSpace(scenario.NormalizeTyped(text)))
	if err != nil {
		refuse(&kpi.Error{Field: "forecast.hires." + field, Code: scenario.TypedCode(err), Rule: err.Error()})
		return
	}
	if scenario.Percent(text) { // no hire's field is a rate: 50% read half a rep
		refuse(scenario.NotRate("", "forecast.hires."+field))
		return
	}
	if field != "count" && v != math.Trunc(v) { // 2.5 was taken as month 2
		refuse(kpi.Errorf("", "forecast.hires", kpi.Invalid, 0, "a hire's month and ramp are whole months; got %s", kpi.FormatNumber(v)))
		return
	}
	switch field {
	case "month":
		hs[i].Month = int(v)
	case "count":
		hs[i].Count = v
	case "ramp_months":
		hs[i].RampMonths = int(v)
	}
	if err := m.Scenario.SetHires(hs); err != nil {
		refuse(err)
		return
	}
	m.changed()
}

// RemoveHire drops hire i, and the refusals of its cells.
func (m *Model) RemoveHire(i int) {
	hs := m.Scenario.Forecast.Hires
	if i < 0 || i >= len(hs) {
		return
	}
	if err := m.Scenario.SetHires(append(append([]forecast.Hire(nil), hs[:i]...), hs[i+1:]...)); err != nil {
		return // fewer hires than a valid list had are valid: not reached
	}
	y := m.year()
	y.hireBad = slices.DeleteFunc(y.hireBad, func(r hireRefusal) bool { return r.row == i })
	for k := range y.hireBad {
		if y.hireBad[k].row > i {
			y.hireBad[k].row--
		}
	}
	m.changed()
}

// SetBusinessCalendar switches Japan's business calendar on (from the
// plan's start year, this year when none is set) or off.
func (m *Model) SetBusinessCalendar(on bool, thisYear int) {
	y := 0
	if on {
		y = m.Scenario.Forecast.PlanYear()
		if y == 0 {
			y = thisYear
		}
	}
	if m.Scenario.Set(scenario.KeyCalendarYear, float64(y)) == nil {
		if on {
			m.Scenario.Forecast.StartYear = 0 // the calendar's year is the plan's
		}
		m.changed()
	}
}

// SetStartYear sets the plan's first year; with the business calendar on,
// the calendar's year.
func (m *Model) SetStartYear(text string) {
	key := scenario.KeyStartYear
	if !m.Scenario.Forecast.BusinessCalendar.IsZero() {
		key = scenario.KeyCalendarYear
	}
	if strings.TrimSpace(text) == "" {
		text = "0" // an emptied year is none, as the field shows 0 (it was refused as no number)
	}
	m.SetText(key, text)
}

// ImportActuals reads a CRM export into the scenario's actuals: good rows
// kept (an entry of the same node and period replaced), every problem
// listed with its row and column. A plan without a year takes the year the
// dates imply.
func (m *Model) ImportActuals(file string, data []byte) {
	y := m.year()
	res, a := m.Scenario.ImportCSV(data)
	y.imported = newImportReport(file, res, len(a), m.Scenario.ImportNodes())
	if len(a) == 0 {
		return
	}
	// The file's values replace what was typed, refused or not.
	for _, e := range a {
		y.forget(func(k actualCell) bool {
			return k.same(actualCell{e.Year, e.Month, k.week, e.Node}) && (e.Week == 0 || k.week == e.Week)
		})
	}
	c := m.Scenario.Clone()
	if err := c.SetActuals(scenario.MergeActuals(c.Actuals, a)); err != nil {
		y.entryErr = err
		return
	}
	c.GuessStartYear()
	m.Scenario = c
	y.entryErr = nil
	m.changed()
}

// SetActual sets node id's actual for a whole month (week 0) or for one
// week of it (1 to 5) as typed; empty text removes it. Text that is not a
// number from 0 to kpi.MaxValue is refused with the node, the period and
// the rule, in the page's language: the cell keeps the text, marked, until
// it is typed again, and the actuals stay as they were (the message says
// which value still counts).
func (m *Model) SetActual(year int, month time.Month, week int, id, text string) {
	y := m.year()
	cell := actualCell{year, month, week, id}
	t := strings.TrimSpace(scenario.NormalizeTyped(text))
	var keep forecast.Actuals
	var old *forecast.Actual
	for i, a := range m.Scenario.Actuals {
		if a.Node == id && a.Month == month && a.Week == week && (a.Year == year || a.Year == 0 || year == 0) {
			old = &m.Scenario.Actuals[i]
			continue
		}
		keep = append(keep, a)
	}
	if t != "" {
		v, err := scenario.ParseValue(t)
		rule := actualRule(v, err)
		if n := m.Scenario.Node(id); rule == "" && scenario.Percent(t) && (n == nil || n.Unit != kpi.Rate) {
			rule = "actuals.bad_percent" // 25% of revenue read ¥0.25
		}
		if rule != "" {
			bad := badActual{node: m.Scenario.Node(id), id: id, month: forecast.Month{Year: year, Month: month}, week: week,
				text: text, rule: rule, currency: m.Scenario.Currency}
			if old != nil {
				bad.kept, bad.hasKept = old.Value, true
			}
			y.forget(cell.same)
			y.refused = append(y.refused, refusal{cell, bad})
			return
		}
		keep = append(keep, forecast.Actual{Year: year, Month: month, Week: week, Node: id, Value: v})
	}
	y.forget(cell.same)
	if err := m.Scenario.SetActuals(keep); err != nil {
		y.entryErr = err
		return
	}
	y.entryErr = nil
	m.changed()
}

// actualRule is the message key of the rule a typed actual breaks, given
// what ParseValue made of it, or "" when it is a number from 0 to
// kpi.MaxValue.
func actualRule(v float64, err error) string {
	switch {
	case errors.Is(err, scenario.ErrTooLarge), err == nil && v > kpi.MaxValue:
		return "actuals.bad_large"
	case errors.Is(err, scenario.ErrSeveral):
		return "actuals.several" // a column pasted into one cell
	case err != nil, v < 0:
		return "actuals.bad"
	}
	return ""
}

// actualCell is a cell of the entry table: a node's month, or a week of it.
type actualCell struct {
	year  int // 0 in a plan without a year
	month time.Month
	week  int
	id    string
}

// same reports whether a and b are one cell, a year of 0 matching any (as
// SetActual matches actuals).
func (a actualCell) same(b actualCell) bool {
	return a.id == b.id && a.month == b.month && a.week == b.week && (a.year == b.year || a.year == 0 || b.year == 0)
}

// refusal is a cell's typed text refused, and why.
type refusal struct {
	cell actualCell
	bad  badActual
}

// forget drops the refusals of the cells gone says are gone. (A slice and
// loops, not a map and the slices and maps packages: their generic sort
// and iterators, instantiated for a cell, cost app.wasm 10 KB of gzip.)
func (y *yearUI) forget(gone func(actualCell) bool) {
	kept := y.refused[:0]
	for _, r := range y.refused {
		if !gone(r.cell) {
			kept = append(kept, r)
		}
	}
	y.refused = kept
}

// badActual is a typed actual refused: the node, the period, the text and
// the rule, and the value that still counts, said in the page's language
// when shown.
type badActual struct {
	node     *kpi.Node // nil when id names no node
	id       string
	month    forecast.Month
	week     int
	text     string
	rule     string // message key: actuals.bad or actuals.bad_large
	kept     float64
	hasKept  bool
	currency string
}

func (b badActual) Error() string { return b.in(i18n.En) }

func (b badActual) in(l i18n.Lang) string {
	when := report.MonthName(l, b.month)
	if b.week > 0 {
		when += " " + fmt.Sprintf(l.T("actuals.week"), b.week)
	}
	label, fm := b.id, i18n.Format{Lang: l, Currency: b.currency}
	if b.node != nil {
		label = b.node.Label.In(string(l))
	}
	var msg string
	switch {
	case b.rule == "actuals.bad_large" && b.node != nil:
		msg = fmt.Sprintf(l.T(b.rule), label, when, b.text, fm.Node(b.node, kpi.MaxValue, kpi.Month))
	case b.rule == "actuals.several", b.rule == "actuals.bad_percent":
		msg = fmt.Sprintf(l.T(b.rule), label, when, b.text)
	default:
		msg = fmt.Sprintf(l.T("actuals.bad"), label, when, b.text)
	}
	if b.hasKept && b.node != nil {
		msg += " " + fmt.Sprintf(l.T("actuals.bad_kept"), fm.Node(b.node, b.kept, kpi.Month))
	}
	return msg
}

// yearErrs are the year's refusals as the view shows them, in the page's
// language: the typed actuals (in the table's order, a cell at a time) and
// an import's, the seasonality, the hires.
func (m *Model) yearErrs(y *yearUI) (entry []string, season string, hire []string) {
	l := m.Lang
	for _, r := range m.refusedInOrder(y) {
		entry = append(entry, r.bad.in(l))
	}
	if e := m.errText(l.T("actuals.title"), y.entryErr); e != "" {
		entry = append(entry, e)
	}
	return entry, m.errText(l.T("plan.seasonality_label"), y.seasonErr), m.hireErrs(y)
}

// refusedInOrder are the typed actuals refused in the table's order: by
// period, then by node as the scenario lists them; an insertion sort of
// the few refused.
func (m *Model) refusedInOrder(y *yearUI) []refusal {
	order := func(c actualCell) [4]int {
		n := len(m.Scenario.Nodes)
		for i := range m.Scenario.Nodes {
			if m.Scenario.Nodes[i].ID == c.id {
				n = i
				break
			}
		}
		return [4]int{c.year, int(c.month), c.week, n}
	}
	rs := append([]refusal(nil), y.refused...)
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && cellBefore(order(rs[j].cell), order(rs[j-1].cell)); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	return rs
}

// hiresInOrder are the refused cells of the hires in the table's order:
// by row, then by field (hireFields), up to the row a refused addition
// would have been.
func (m *Model) hiresInOrder(y *yearUI) []hireRefusal {
	var rs []hireRefusal
	for i := 0; i <= len(m.Scenario.Forecast.Hires); i++ {
		for _, field := range hireFields {
			for _, r := range y.hireBad {
				if r.row == i && r.field == field {
					rs = append(rs, r)
				}
			}
		}
	}
	return rs
}

// hireErrs says, for each refused cell of the hires in the table's order,
// its row and field, why, and the value that still counts.
func (m *Model) hireErrs(y *yearUI) []string {
	l := m.Lang
	hs := m.Scenario.Forecast.Hires
	var out []string
	for _, r := range m.hiresInOrder(y) {
		i, field := r.row, r.field
		msg := m.errText(fmt.Sprintf(l.T("plan.hire_cell"), i+1, l.T("plan.hire_"+strings.TrimSuffix(field, "_months"))), r.err)
		if i < len(hs) {
			kept := hs[i].Count
			switch field {
			case "month":
				kept = float64(hs[i].Month)
			case "ramp_months":
				kept = float64(hs[i].RampMonths)
			}
			msg += " " + fmt.Sprintf(l.T("actuals.bad_kept"), i18n.Number(kept, i18n.Decimals(kept)))
		}
		out = append(out, msg)
	}
	return out
}

// cellBefore orders a before b, field by field (year, month, week, node).
func cellBefore(a, b [4]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// ClearActuals removes every actual.
func (m *Model) ClearActuals() {
	if m.Scenario.SetActuals(nil) == nil {
		m.year().imported = nil
		m.changed()
	}
}
