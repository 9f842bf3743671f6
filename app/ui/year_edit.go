package ui

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// What the year's section changes: the plan's settings (its start, the
// business calendar, seasonality, hires) and the actuals, typed, imported
// or cleared. Text refused is kept with its rule (year_refusals.go); the
// scenario keeps its last valid form.

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
	const field = "forecast.seasonality"
	count := func() error {
		return kpi.Errorf("", field, kpi.Invalid, 0, "must hold 12 weights, one per month from the plan's first month; got %d", len(fields))
	}
	if len(fields) > 12 {
		return nil, count() // a weight past the twelfth is no month's
	}
	// Each weight's own rule first: "abc" alone is no number (it was
	// said to be 1 weight of 12), and 1e300 is too large (it was said to
	// be no number of 0 or more).
	out := make([]float64, 12)
	for i, x := range fields {
		mo := calendarMonth(first, i)
		x = scenario.NormalizeTyped(x)
		w, err := strconv.ParseFloat(strings.TrimSuffix(x, "%"), 64)
		switch {
		case err != nil && !errors.Is(err, strconv.ErrRange), math.IsNaN(w), math.IsInf(w, 0) && err == nil: // 1e400 is too large, inf no number
			return nil, kpi.Errorf("", field, kpi.Invalid, 0, "the weight for month %d, %q, is not a number", int(mo), x)
		case w < 0:
			return nil, kpi.Errorf("", field, kpi.Invalid, 0, "the weight for month %d, %q, is below 0: a weight is 0 or more", int(mo), x)
		case w > kpi.MaxValue:
			return nil, kpi.Errorf("", field, kpi.Invalid, 0, "the weight for month %d, %q, is too large: a weight is at most %s", int(mo), x, kpi.FormatGrouped(kpi.MaxValue))
		}
		out[mo-1] = w
	}
	if len(fields) != 12 {
		return nil, count()
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
	if scenario.Money(text) { // nor an amount: ¥3 read 3 reps
		refuse(scenario.NotMoney("", "forecast.hires."+field))
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
	res, a := m.Scenario.ImportCSV(data)
	m.imported(file, res, a)
}

// ImportParsed is ImportActuals for a file already parsed against the
// scenario's ImportNodes and ImportCurrency (on a worker: workers_parse.go).
func (m *Model) ImportParsed(file string, res *actuals.Result) {
	res, a := m.Scenario.ImportParsed(res)
	m.imported(file, res, a)
}

// imported keeps an import's report and merges its actuals a.
func (m *Model) imported(file string, res *actuals.Result, a forecast.Actuals) {
	y := m.year()
	moved := y.imported.movedTypes(res)
	y.imported = newImportReport(file, res, len(a), m.Scenario.ImportNodes())
	if len(a) == 0 {
		return
	}
	// The file's values replace what was typed, refused or not: said,
	// each typed value it changes named (actuals_hand.go).
	replaced := m.replacedByImport(y, m.Scenario.Actuals, a)
	for _, e := range a {
		y.forget(func(k actualCell) bool {
			return k.same(actualCell{e.Year, e.Month, k.week, e.Node}) && (e.Week == 0 || k.week == e.Week)
		})
	}
	c := m.Scenario.Clone()
	kept, gone := withdrawn(c.Actuals, a, moved)
	if err := c.SetActuals(scenario.MergeActuals(kept, a)); err != nil {
		y.entryErr = err
		return
	}
	y.imported.sayMoved(c, gone)
	y.imported.sayKept(kept, a, res.Left)
	y.imported.sayUnderTotals(c.Actuals, a)
	y.imported.sayReplaced(c, replaced)
	c.GuessStartYear()
	if len(replaced) == 0 && slices.Equal(c.Actuals, m.Scenario.Actuals) && c.Forecast.StartYear == m.Scenario.Forecast.StartYear {
		// The same file again: said, as an undo now undoes the change
		// before it (an import that changes nothing is no step).
		y.imported.sayAll("import.unchanged")
	}
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
		if n := m.Scenario.Node(id); rule == "" && scenario.Money(text) && (n == nil || n.Unit != kpi.Currency) {
			rule = "actuals.bad_money" // 12万円 of deals read 120,000 deals
		}
		if n := m.Scenario.Node(id); n != nil && n.Unit == kpi.Currency && m.Scenario.ForeignAmount(text) != "" {
			rule = "actuals.bad_currency" // $1,000,000 read ¥1,000,000, where an import leaves it out
		}
		if n := m.Scenario.Node(id); rule == "" && n != nil && n.Unit == kpi.Count && v != math.Trunc(v) {
			rule = "actuals.not_whole" // 3.5 deals counted, where an import and a file refuse them
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
	y.typedByHand(cell, t != "") // an import that replaces it names it (actuals_hand.go)
	if err := m.Scenario.SetActuals(keep); err != nil {
		y.entryErr = err
		return
	}
	y.entryErr = nil
	m.changed()
}

// ClearActuals removes every actual.
func (m *Model) ClearActuals() {
	if m.Scenario.SetActuals(nil) == nil {
		m.year().imported, m.year().hand = nil, nil
		m.changed()
	}
}
