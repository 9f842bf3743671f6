package scenario

import (
	"bytes"
	"fmt"
	"slices"
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
// whole file is read.
func (d *decoder) checkActuals(s *Scenario) {
	for i, a := range s.Actuals {
		if a.Node != "" && !slices.ContainsFunc(s.Nodes, func(n kpi.Node) bool { return n.ID == a.Node }) {
			f := fmt.Sprintf("actuals[%d].node", i)
			d.errs = append(d.errs, fileError(d.lines[f], f, "scenario.actuals_node", a.Node))
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
// `kpisim forecast -actuals` both show it.
func (s *Scenario) Refit() (*forecast.Reforecast, error) {
	m, t, err := s.modelAndTarget()
	if err != nil {
		return nil, err
	}
	return forecast.Refit(m, t, s.Rounding, s.Forecast, s.Actuals)
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
	out := make([]actuals.Node, len(s.Nodes))
	for i, n := range s.Nodes {
		out[i] = actuals.Node{ID: n.ID, Ja: n.Label.Ja, En: n.Label.En, Rate: n.Unit == kpi.Rate}
	}
	return out
}

// ImportCSV reads a CRM or SFA export (actuals.Parse) against the
// scenario's tree and returns what it read, with a problem for every bad
// row or cell, and the entries as actuals. Entries replace any actual of
// the same node and period in Merge.
func (s *Scenario) ImportCSV(data []byte) (*actuals.Result, forecast.Actuals) {
	res := actuals.Parse(bytes.NewReader(data), s.ImportNodes())
	var a forecast.Actuals
	for _, e := range res.Entries {
		a = append(a, forecast.Actual{Year: e.Year, Month: time.Month(e.Month), Week: e.Week, Node: e.Node, Value: e.Value})
	}
	return res, a
}

// MergeActuals returns old with every entry of add in place of old's for
// the same node, month and week.
func MergeActuals(old, add forecast.Actuals) forecast.Actuals {
	type k struct {
		y    int
		m    time.Month
		w    int
		node string
	}
	idx := map[k]int{}
	out := old.Clone()
	for i, x := range out {
		idx[k{x.Year, x.Month, x.Week, x.Node}] = i
	}
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
