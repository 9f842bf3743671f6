package ui

import (
	"fmt"
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
	// hand holds the cells whose value was typed by hand, until an import
	// replaces it (actuals_hand.go).
	hand []actualCell

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
		weeks   int       // yearUI.entryWeeks
		n       int       // actuals
		day     time.Time // the day it is dated by: a page left open overnight counts the next
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
	today := m.today()
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, today.Location())
	same := c.view != nil && c.lang == m.Lang && c.weekly == weekly && c.weeks == y.entryWeeks && c.n == len(m.Scenario.Actuals) && c.day.Equal(day)
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
	v := buildYear(m.Scenario, m.Lang, weekly, y.entryWeeks-1, today)
	c.changed, c.lang, c.weekly, c.weeks, c.n, c.day, c.view, c.at = m.Changed, m.Lang, weekly, y.entryWeeks, len(m.Scenario.Actuals), day, v, time.Now()
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

// buildYear is YearView without the session's transient state; the entry
// table takes the weeks of plan month entry, or whole months when it is -1.
func buildYear(s *scenario.Scenario, l i18n.Lang, weekly bool, entry int, today time.Time) *YearView {
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
		rf, err = s.RefitOn(today)
	}
	if err != nil {
		label := l.T("actuals.title")
		if es := kpi.List(err); len(es) > 0 && s.Node(es[0].Node) != nil {
			label = s.Node(es[0].Node).Label.In(string(l)) // the tree's rule (a rate of 0), not the actuals'
		}
		v.Error = errText(s, l, label, err)
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

// hireFields are a hire's fields in the table's order.
var hireFields = []string{"month", "count", "ramp_months"}
