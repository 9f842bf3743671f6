//go:build !wasm

package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

type setFlags []string

func (s *setFlags) String() string     { return strings.Join(*s, ",") }
func (s *setFlags) Set(v string) error { *s = append(*s, v); return nil }

func runCalc(args []string, stdout, stderr io.Writer) error {
	f := newScenarioFlags("calc")
	solve := f.fs.String("solve", "", "")
	rounding := f.fs.String("rounding", "", "")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	if *solve != "" {
		s.Solve = *solve
	}
	if *rounding != "" {
		r, err := kpi.ParseRounding(*rounding)
		if err != nil {
			return usageError("-rounding: %v", err)
		}
		s.Rounding = r
	}
	res, err := s.Result()
	if err != nil {
		return usageError("%v", err)
	}
	switch {
	case *f.asJSON:
		return writeJSON(stdout, s, res, l)
	case *f.asCSV:
		return writeCSV(stdout, s, res, l)
	}
	return writeTable(stdout, s, res, l)
}

// Report is the -json output: a stable interface for scripts. Numbers are
// exact (unrounded) unless named target; periodic values are keyed by
// period (year, quarter, month, day, rep_day).
type Report struct {
	Scenario string       `json:"scenario"`
	Currency string       `json:"currency"`
	Goal     ReportGoal   `json:"goal"`
	Calendar ReportCal    `json:"calendar"`
	Solve    string       `json:"solve"`
	Rounding string       `json:"rounding"`
	Nodes    []ReportNode `json:"nodes"`
	Forecast float64      `json:"forecast"`  // the goal node's forecast per year
	Gap      float64      `json:"gap"`       // forecast minus goal, per year
	GapRatio float64      `json:"gap_ratio"` // gap as a fraction of the goal
}

// ReportGoal is the goal as written and per year.
type ReportGoal struct {
	Node    string  `json:"node"`
	Value   float64 `json:"value"`
	Period  string  `json:"period"`
	PerYear float64 `json:"per_year"`
}

// ReportCal is the calendar the periods come from.
type ReportCal struct {
	Months      int     `json:"months"`
	WorkingDays float64 `json:"working_days"`
	Headcount   float64 `json:"headcount"`
}

// ReportNode is one node of the tree.
type ReportNode struct {
	ID       string             `json:"id"`
	Label    string             `json:"label"`
	Unit     string             `json:"unit"`
	Op       string             `json:"op"`
	Children []string           `json:"children,omitempty"`
	Value    *float64           `json:"value,omitempty"` // levers: as set (per rep per day for activities)
	Activity bool               `json:"activity,omitempty"`
	Required map[string]float64 `json:"required,omitempty"` // on the solve path: exact
	Target   map[string]float64 `json:"target,omitempty"`   // on the solve path: after rounding
	Forecast map[string]float64 `json:"forecast,omitempty"` // periodic nodes: from the planned levers
}

func report(s *scenario.Scenario, res *kpi.Result, l i18n.Lang) Report {
	m := res.Model
	cal := m.Calendar()
	r := Report{
		Scenario: s.ID,
		Currency: s.Currency,
		Goal:     ReportGoal{Node: s.Goal.Node, Value: s.Goal.Value, Period: s.Goal.Period.String(), PerYear: cal.Split(res.Goal(), kpi.Year)},
		Calendar: ReportCal{cal.Months, cal.WorkingDays, cal.Headcount},
		Solve:    m.Node(res.Target).ID,
		Rounding: s.Rounding.String(),
		Forecast: cal.Split(res.ForecastTotal(), kpi.Year),
		Gap:      cal.Split(res.Gap(), kpi.Year),
		GapRatio: res.GapRatio(),
	}
	for i := range m.Len() {
		n := m.Node(i)
		rn := ReportNode{ID: n.ID, Label: n.Label.In(string(l)), Unit: n.Unit.String(), Op: n.Op.String(), Children: n.Children, Activity: n.Activity}
		if n.Op == kpi.Lever {
			v := n.Value
			rn.Value = &v
		}
		if res.OnPath[i] {
			rn.Required, rn.Target = map[string]float64{}, map[string]float64{}
			for _, p := range periodsOf(n) {
				rn.Required[key(n, p)], _ = res.Exact(i, p)
				rn.Target[key(n, p)], _ = res.TargetValue(i, p)
			}
		}
		if n.Periodic() {
			rn.Forecast = map[string]float64{}
			for _, p := range kpi.Periods {
				rn.Forecast[p.String()] = res.Forecast(i, p)
			}
		}
		r.Nodes = append(r.Nodes, rn)
	}
	return r
}

// periodsOf is every period for a periodic node, one for the others.
func periodsOf(n *kpi.Node) []kpi.Period {
	if n.Periodic() {
		return kpi.Periods[:]
	}
	return []kpi.Period{kpi.Year}
}

// key names a value in -json: the period, or "value" for a node that is not
// periodic (a solved rate or price).
func key(n *kpi.Node, p kpi.Period) string {
	if n.Periodic() {
		return p.String()
	}
	return "value"
}

func writeJSON(w io.Writer, s *scenario.Scenario, res *kpi.Result, l i18n.Lang) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(report(s, res, l))
}

func writeCSV(w io.Writer, s *scenario.Scenario, res *kpi.Result, l i18n.Lang) error {
	cw := csv.NewWriter(w)
	head := []string{"id", "label", "unit", "formula", "value"}
	for _, kind := range []string{"required", "target", "forecast"} {
		for _, p := range kpi.Periods {
			head = append(head, kind+"_"+p.String())
		}
	}
	cw.Write(head)
	m := res.Model
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for i := range m.Len() {
		n := m.Node(i)
		row := []string{n.ID, n.Label.In(string(l)), n.Unit.String(), formula(m, i), ""}
		if n.Op == kpi.Lever {
			row[4] = f(n.Value)
		}
		for _, get := range []func(p kpi.Period) (float64, bool){
			func(p kpi.Period) (float64, bool) { return res.Exact(i, p) },
			func(p kpi.Period) (float64, bool) { return res.TargetValue(i, p) },
			func(p kpi.Period) (float64, bool) { return res.Forecast(i, p), n.Periodic() },
		} {
			for _, p := range kpi.Periods {
				v, ok := get(p)
				if ok && (n.Periodic() || p == kpi.Year) {
					row = append(row, f(v))
				} else {
					row = append(row, "")
				}
			}
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// formula is a node's definition: "unit_price × deals", or "lever".
func formula(m *kpi.Model, i int) string {
	n := m.Node(i)
	if n.Op == kpi.Lever {
		return "lever"
	}
	return strings.Join(n.Children, " "+n.Op.Symbol()+" ")
}

// fmtValue formats v of node n for the table.
func fmtValue(l i18n.Lang, n *kpi.Node, v float64, currency string) string {
	switch n.Unit {
	case kpi.Rate:
		return i18n.Percent(v)
	case kpi.Currency:
		return l.MoneyFull(v, currency)
	}
	return i18n.Count(v)
}

// fmtIn formats a periodic value: daily counts keep their tenth (416.7
// calls a working day), as the rounding policy does.
func fmtIn(l i18n.Lang, n *kpi.Node, v float64, p kpi.Period, currency string) string {
	if n.Unit == kpi.Count && p >= kpi.Day {
		return i18n.Number(v, 1)
	}
	return fmtValue(l, n, v, currency)
}

func writeTable(w io.Writer, s *scenario.Scenario, res *kpi.Result, l i18n.Lang) error {
	m := res.Model
	cal := m.Calendar()
	title := s.Title.In(string(l))
	fmt.Fprintf(w, "%s — %s\n", s.ID, title)
	fmt.Fprintf(w, "%s: %s %s %s · %s %s · %s %s · %s %s · %s %s · %d %s\n\n",
		l.T("cli.goal"), m.Node(m.Goal()).Label.In(string(l)), fmtValue(l, m.Node(m.Goal()), s.Goal.Value, s.Currency), l.T("per."+s.Goal.Period.String()),
		l.T("cli.solve"), m.Node(res.Target).ID, l.T("cli.rounding"), l.T("rounding."+s.Rounding.String()),
		l.T("cli.reps"), i18n.Count(cal.Headcount), l.T("cli.days"), i18n.Count(cal.WorkingDays), cal.Months, l.T("cli.months"))

	head := []string{l.T("cli.node"), l.T("cli.label"), l.T("cli.formula")}
	for _, p := range kpi.Periods {
		head = append(head, strings.ToUpper(l.T("period."+p.String())))
	}
	head = append(head, l.T("cli.forecast")+"/"+l.T("period.year"), l.T("cli.gap"))
	rows := [][]string{head}
	for _, i := range m.TreeOrder() {
		n := m.Node(i)
		row := []string{strings.Repeat("  ", m.Depth(i)) + n.ID, n.Label.In(string(l)), formula(m, i)}
		if n.Op == kpi.Lever {
			row[2] = "= " + fmtValue(l, n, n.Value, s.Currency)
			if n.Activity {
				row[2] += " /" + l.T("period.rep_day")
			}
		}
		for _, p := range kpi.Periods {
			cell := ""
			if v, ok := res.TargetValue(i, p); ok && (n.Periodic() || p == kpi.Year) {
				cell = fmtIn(l, n, v, p, s.Currency)
			}
			row = append(row, cell)
		}
		fc, gap := "", ""
		if n.Periodic() {
			f := res.Forecast(i, kpi.Year)
			fc = fmtValue(l, n, f, s.Currency)
			if req, ok := res.Exact(i, kpi.Year); ok {
				gap = fmtValue(l, n, kpi.RoundNone.Apply(f-req), s.Currency)
			}
		}
		rows = append(rows, append(row, fc, gap))
	}
	printTable(w, rows, 3)

	t := res.Target
	tn := m.Node(t)
	fmt.Fprintln(w)
	if tn.Activity {
		exact, _ := res.Exact(t, kpi.RepDay)
		target, _ := res.TargetValue(t, kpi.RepDay)
		fmt.Fprintf(w, "%s: %s %s %s (%s %s, %s); %s %s\n", l.T("cli.required"), tn.Label.In(string(l)), i18n.Number(target, 1),
			l.T("unit.rep_day"), l.T("cli.exact"), i18n.Number(exact, 6), l.T("rounding."+s.Rounding.String()), l.T("cli.planned"), i18n.Count(tn.Value))
	} else {
		exact, _ := res.Exact(t, kpi.Year)
		fmt.Fprintf(w, "%s: %s %s (%s %s)\n", l.T("cli.required"), tn.Label.In(string(l)), fmtValue(l, tn, exact, s.Currency), l.T("cli.planned"), fmtValue(l, tn, tn.Value, s.Currency))
	}
	fmt.Fprintf(w, "%s: %s %s; %s %s (%s%s)\n", l.T("cli.summary"),
		l.MoneyFull(cal.Split(res.ForecastTotal(), kpi.Year), s.Currency), l.T("per.year"),
		l.T("cli.gapword"), l.MoneyFull(cal.Split(res.Gap(), kpi.Year), s.Currency), plus(res.GapRatio()), i18n.Number(res.GapRatio()*100, 1)+"%")
	return nil
}

func plus(v float64) string {
	if v > 0 {
		return "+"
	}
	return ""
}

// printTable writes rows with columns padded to their display width (so
// that Japanese text aligns); columns from numFrom on are right-aligned.
func printTable(w io.Writer, rows [][]string, numFrom int) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for j, c := range r {
			widths[j] = max(widths[j], runewidth.StringWidth(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for j, c := range r {
			pad := strings.Repeat(" ", widths[j]-runewidth.StringWidth(c))
			if j >= numFrom {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
			if j < len(r)-1 {
				b.WriteString("  ")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
