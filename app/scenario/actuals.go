package scenario

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/kpi"
)

// The actuals: key of a scenario file is a list of what happened, one
// value a line, its month written 2026-04 (or 4 when the plan's year is
// meant), an optional week of the month (1 to 5):
//
//	actuals:
//	  - {month: 2026-04, node: calls, value: 7400}
//	  - {month: 2026-04, week: 2, node: deals, value: 2}
var actualKeys = []string{"month", "week", "node", "value"}

// actuals decodes the actuals: list.
func (d *decoder) actuals(v *value, s *Scenario) {
	if v.kind != listKind {
		d.fail(v, "actuals", "scenario.actuals")
		return
	}
	if len(v.items) > forecast.MaxActuals {
		d.fail(v, "actuals", "scenario.actuals_many", forecast.MaxActuals)
		return
	}
	for i, it := range v.items {
		f := fmt.Sprintf("actuals[%d]", i)
		var a forecast.Actual
		seen := d.mapping(it, f, actualKeys, func(k string, w *value) {
			switch k {
			case "month":
				if t, ok := d.scalar(w, f+".month"); ok {
					y, m, ok := parseMonth(t)
					if !ok {
						d.fail(w, f+".month", "scenario.actuals_month", t)
					}
					a.Year, a.Month = y, m
				}
			case "week":
				a.Week = d.int(w, f+".week")
				if a.Week < 0 || a.Week > 5 {
					d.fail(w, f+".week", "scenario.actuals_week")
				}
			case "node":
				a.Node = d.str(w, f+".node")
			case "value":
				a.Value = d.num(w, f+".value")
				if a.Value < 0 {
					d.fail(w, f+".value", "scenario.actuals_value")
				}
			}
		})
		for _, req := range []string{"month", "node", "value"} {
			if !seen[req] && it.kind == mapKind {
				d.fail(it, f+"."+req, "scenario.missing")
			}
		}
		s.Actuals = append(s.Actuals, a)
	}
}

// checkActuals names each actual whose node is not in the tree, once the
// whole file is read, and in a file (not what the page wrote: work saved
// before the rule still opens) a count that is no whole number, as the
// CSV import and the entry table refuse it: 3.5 deals in a YAML file
// counted, where the same June in a CSV was left out.
func (d *decoder) checkActuals(s *Scenario, r rules) {
	for i, a := range s.Actuals {
		k := slices.IndexFunc(s.Nodes, func(n kpi.Node) bool { return n.ID == a.Node })
		switch {
		case a.Node != "" && k < 0:
			f := fmt.Sprintf("actuals[%d].node", i)
			d.errs = append(d.errs, fileError(d.lines[f], f, "scenario.actuals_node", a.Node))
		case r == fileRules && k >= 0 && s.Nodes[k].Unit == kpi.Count && a.Value != math.Trunc(a.Value) && !math.IsInf(a.Value, 0):
			f := fmt.Sprintf("actuals[%d].value", i)
			d.errs = append(d.errs, fileError(d.lines[f], f, "scenario.actuals_whole", s.Nodes[k].Label.Ja, s.Nodes[k].Label.En))
		}
	}
}

// parseMonth reads 2026-04 (a year and a month) or 4 (a month of the
// plan's year).
func parseMonth(t string) (int, time.Month, bool) {
	t = strings.TrimSpace(t)
	if ys, ms, ok := strings.Cut(t, "-"); ok {
		y, err1 := strconv.Atoi(ys)
		m, err2 := strconv.Atoi(ms)
		if err1 != nil || err2 != nil || len(ys) != 4 || m < 1 || m > 12 || y < forecast.MinCalendarYear || y > forecast.MaxCalendarYear {
			return 0, 0, false
		}
		return y, time.Month(m), true
	}
	m, err := strconv.Atoi(t)
	if err != nil || m < 1 || m > 12 {
		return 0, 0, false
	}
	return 0, time.Month(m), true
}

// formatMonth writes a month as parseMonth reads it.
func formatMonth(y int, m time.Month) string {
	if y == 0 {
		return strconv.Itoa(int(m))
	}
	return fmt.Sprintf("%04d-%02d", y, int(m))
}

type jsonActual struct {
	Month string  `json:"month"`
	Week  int     `json:"week,omitempty"`
	Node  string  `json:"node"`
	Value float64 `json:"value"`
}

func actualsToJSON(a forecast.Actuals) []jsonActual {
	var out []jsonActual
	for _, x := range a {
		out = append(out, jsonActual{Month: formatMonth(x.Year, x.Month), Week: x.Week, Node: x.Node, Value: x.Value})
	}
	return out
}

// Refit re-forecasts the scenario's goal with its actuals: the plan with
// the months the actuals close, 達成率 to date, what the months left need
// and the chance of the goal (forecast.Refit). The page and
// `kpisim forecast -actuals` both show it, as of today (RefitOn).
func (s *Scenario) Refit() (*forecast.Reforecast, error) {
	return s.RefitOn(time.Time{})
}

// RefitOn is Refit as of day today (forecast.RefitOn): the months not
// begun by then are not closed, and the month in progress counts to that
// day. A zero today is Refit. Options (forecast.NoRun) are RefitOn's.
func (s *Scenario) RefitOn(today time.Time, opts ...forecast.RefitOption) (*forecast.Reforecast, error) {
	m, t, err := s.modelAndTarget()
	if err != nil {
		return nil, err
	}
	return forecast.RefitOn(m, t, s.Rounding, s.Forecast, s.Actuals, today, opts...)
}

// SetActuals replaces the scenario's actuals, checked against its tree
// (clone, assign, validate, commit: on error s is unchanged).
func (s *Scenario) SetActuals(a forecast.Actuals) error {
	c := s.Clone()
	c.Actuals = a.Clone()
	c.Actuals.Sort()
	m, err := c.Model()
	if err != nil {
		return err
	}
	if err := c.Actuals.Check(m); err != nil {
		return err
	}
	*s = *c
	return nil
}

// ImportNodes lists the scenario's nodes for the CSV importer: every
// column may name one by id or label.
func (s *Scenario) ImportNodes() []actuals.Node {
	m, _ := s.Model()
	out := make([]actuals.Node, len(s.Nodes))
	for i, n := range s.Nodes {
		// A value rows do not add up to: a lever that is no activity (a
		// price, a balance), or what the tree makes of them alone (the
		// ACV of a contract's value and years). A rate of a balance (a
		// churn rate) is the year's: a header that says a month's is read
		// ×12 (kpi.Model.YearRate).
		level := n.Op == kpi.Lever && !n.Activity
		year := false
		if m != nil {
			if j, ok := m.Index(n.ID); ok {
				level = !m.Node(j).Periodic()
				year = m.YearRate(j)
			}
		}
		out[i] = actuals.Node{ID: n.ID, Ja: n.Label.Ja, En: n.Label.En, Rate: n.Unit == kpi.Rate, Money: n.Unit == kpi.Currency, Whole: n.Unit == kpi.Count,
			Level: level && n.Unit != kpi.Rate, Aliases: n.Aliases, YearRate: year}
	}
	return out
}

// ImportCSV reads a CRM or SFA export (actuals.Parse) against the
// scenario's tree and returns what it read, with a problem for every bad
// row or cell, and the entries as actuals. A month written without a year
// (4月 among rows dated 2026年4月 …) takes the year the plan's months give
// it, the plan placed as the file's dates place it (yearless); its values
// add to the dated rows' of the same month. Entries replace any actual of
// the same node and period in Merge.
func (s *Scenario) ImportCSV(data []byte) (*actuals.Result, forecast.Actuals) {
	return s.ImportParsed(actuals.ParseBytesIn(data, s.ImportNodes(), s.ImportCurrency()))
}

// ImportCurrency is the currency an import reads amounts in: the plan's,
// JPY when it names none.
func (s *Scenario) ImportCurrency() string {
	if s.Currency == "" {
		return "JPY"
	}
	return s.Currency
}

// ImportParsed is ImportCSV for a file already parsed against the
// scenario's ImportNodes and ImportCurrency (elsewhere: the page parses a
// large file on a Web Worker). It gives the months without a year theirs
// in the plan (in res) and returns res with its entries as actuals.
func (s *Scenario) ImportParsed(res *actuals.Result) (*actuals.Result, forecast.Actuals) {
	s.yearless(res)
	var a forecast.Actuals
	for _, e := range res.Entries {
		a = append(a, forecast.Actual{Year: e.Year, Month: time.Month(e.Month), Week: e.Week, Node: e.Node, Value: e.Value})
	}
	return res, a
}

// yearless gives each entry of res without a year the year of its month
// in the plan: the plan as the file's dated entries place it (its own
// year when one of them falls in it, else the year GuessStartYear would
// give it from them), or the plan's own year when the file dates nothing.
// Entries of a period then named twice are added up, as rows of the same
// period are. A month the plan holds more than once (a plan over 12
// months), whose dated entries do not settle it, is left out with a
// NoYear problem naming its first row; a plan without a year, given no
// dates, keeps the entries as they are (year 0: the plan's own month). The
// zeros a deal export reads in its months without a won deal are kept
// only within the plan.
func (s *Scenario) yearless(res *actuals.Result) {
	f := s.Forecast
	n := f.Months
	if n == 0 {
		n = s.Calendar.Months
	}
	start := max(f.StartMonth, 1)
	lo, hi := 0, 0 // the file's dated months, as year*12 + month - 1
	for _, e := range res.Entries {
		if e.Year == 0 {
			continue
		}
		k := e.Year*12 + e.Month - 1
		if lo == 0 || k < lo {
			lo = k
		}
		hi = max(hi, k)
	}
	y0 := f.PlanYear()
	if lo > 0 && f.BusinessCalendar.IsZero() && (y0 == 0 || hi < y0*12+start-1 || lo >= y0*12+start-1+n) {
		// No dated entry in the plan's year: the plan as GuessStartYear
		// places it.
		y0 = lo / 12
		if lo%12+1 < start {
			y0--
		}
	}
	if y0 == 0 {
		return
	}
	first := y0*12 + start - 1
	out := res.Entries[:0]
	seen := map[actuals.Period]map[string]int{}
	said := map[[2]int]bool{} // a row's month named once, whatever its columns
	for _, e := range res.Entries {
		if e.Year == 0 {
			// The plan months holding this month; among them, those the
			// file's dates span.
			var in, dated []int
			for k := first; k < first+max(n, 12); k++ {
				if k%12+1 == e.Month && (k < first+n || len(in) == 0 && k-first < 12) {
					in = append(in, k)
					if k >= lo && k <= hi {
						dated = append(dated, k)
					}
				}
			}
			switch {
			case len(in) == 1:
				e.Year = in[0] / 12
			case len(dated) == 1:
				e.Year = dated[0] / 12
			default:
				if k := [2]int{e.Row, e.Month}; !said[k] {
					said[k] = true
					res.Problems = append(res.Problems, actuals.Problem{Row: e.Row, Code: actuals.NoYear, Text: strconv.Itoa(e.Month)})
				}
				continue
			}
		}
		if k := e.Year*12 + e.Month - 1; e.Rows == 0 && (k < first || k >= first+n) {
			// A deal export's month without a won deal (actuals.Stage)
			// outside the plan: "10 actuals outside the plan" of months
			// the file holds one deal of.
			continue
		}
		if seen[e.Period] == nil {
			seen[e.Period] = map[string]int{}
		}
		if j, ok := seen[e.Period][e.Node]; ok {
			out[j].Value += e.Value
			out[j].Row = min(out[j].Row, e.Row)
			out[j].Rows += e.Rows
			continue
		}
		seen[e.Period][e.Node] = len(out)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { // sort, not slices: see app/forecast/actuals.go's Sort
		a, b := out[i], out[j]
		return (a.Year*12+a.Month)*8+a.Week < (b.Year*12+b.Month)*8+b.Week
	})
	res.Entries = out
}

// MergeActuals returns old with every entry of add in place of old's for
// the same node and month: of the same year, or of any year when either
// names none (4, the plan's own April, is 2026-04 in a plan from April
// 2026), so that a month read again is not counted twice. A month's total
// in add replaces all of old's for that node and month, its weeks too (a
// file read by week by mistake, read again by month, had counted both);
// add's weeks replace old's same weeks only: a month's total stays, and
// counts, beside weeks entered under it (the page says so), and old's
// other weeks stay (a week's export after the last).
func MergeActuals(old, add forecast.Actuals) forecast.Actuals {
	type k struct {
		y    int
		m    time.Month
		w    int // a week, 0 for the month's total, -1 for every week and the total
		node string
	}
	exact, any := map[k]bool{}, map[k]bool{}
	mark := func(y int, m time.Month, w int, node string) {
		exact[k{y, m, w, node}] = true
		any[k{0, m, w, node}] = true
	}
	for _, x := range add {
		if x.Week == 0 {
			mark(x.Year, x.Month, -1, x.Node)
		} else {
			mark(x.Year, x.Month, x.Week, x.Node)
		}
	}
	covered := func(x forecast.Actual, w int) bool {
		return exact[k{x.Year, x.Month, w, x.Node}] || exact[k{0, x.Month, w, x.Node}] || x.Year == 0 && any[k{0, x.Month, w, x.Node}]
	}
	var out forecast.Actuals
	for _, x := range old {
		if covered(x, x.Week) || covered(x, -1) {
			continue
		}
		out = append(out, x)
	}
	idx := map[k]int{}
	for _, x := range add {
		if i, ok := idx[k{x.Year, x.Month, x.Week, x.Node}]; ok {
			out[i] = x
			continue
		}
		idx[k{x.Year, x.Month, x.Week, x.Node}] = len(out)
		out = append(out, x)
	}
	out.Sort()
	return out
}

// GuessStartYear gives a plan the year its actuals imply: the year of the
// earliest dated actual, less one when its month comes before the plan's
// start month (a fiscal year from April holds January to March of the
// next year). It does so when the plan names no year, or when it names one
// (the year running, given to a preset) that none of its dated actuals
// fall in: last year's CRM export then reviews last year. It does nothing
// with a business calendar, whose year the user chose, or when no actual
// names a year.
func (s *Scenario) GuessStartYear() {
	f := s.Forecast
	if !f.BusinessCalendar.IsZero() {
		return
	}
	if y := f.StartYear; y != 0 {
		months := f.Months
		if months == 0 {
			months = s.Calendar.Months
		}
		first := y*12 + max(f.StartMonth, 1) - 1
		for _, a := range s.Actuals {
			if k := a.Year*12 + int(a.Month) - 1 - first; a.Year != 0 && k >= 0 && k < months {
				return // the plan's year holds its actuals
			}
		}
	}
	y, m := 0, time.Month(0)
	for _, a := range s.Actuals {
		if a.Year != 0 && (y == 0 || a.Year < y || a.Year == y && a.Month < m) {
			y, m = a.Year, a.Month
		}
	}
	if y == 0 {
		return
	}
	start := time.Month(max(s.Forecast.StartMonth, 1))
	if m < start {
		y--
	}
	if y >= forecast.MinCalendarYear && y <= forecast.MaxCalendarYear {
		s.Forecast.StartYear = y
	}
}
