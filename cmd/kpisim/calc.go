//go:build !wasm

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// calc is one answer of kpisim calc: the scenario, its answer through the
// one model (forecast.Solve) and the figures the page shows of it.
type calc struct {
	s     *scenario.Scenario
	a     *forecast.Answer
	t     *report.Table
	l     i18n.Lang
	seek  *forecast.Seek // -solve headcount: goal seek on the plan
	wide  bool
	solve string // the lever solved for, or forecast.Headcount
}

func runCalc(args []string, stdout, stderr io.Writer) error {
	f := newScenarioFlags("calc")
	solve := f.fs.String("solve", "", "")
	rounding := f.fs.String("rounding", "", "")
	wide := f.fs.Bool("wide", false, "")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	byHeadcount := *solve == "headcount" || *solve == forecast.Headcount
	if *solve != "" && !byHeadcount {
		s.Solve = *solve
	}
	if *rounding != "" {
		r, err := kpi.ParseRounding(*rounding)
		if err != nil {
			return usageError(l.T("cli.rounding_flag"), *rounding)
		}
		s.Rounding = r
	}
	a, err := s.Answer()
	if err != nil {
		return answerError(s, l, err)
	}
	c := &calc{s: s, a: a, t: report.New(a, l, s.Currency), l: l, wide: *wide, solve: a.Tree.Model.Node(a.Target).ID}
	if byHeadcount {
		// The headcount is no node of the tree: the table stays the
		// scenario's target's, and the answer is goal seek's.
		c.solve = forecast.Headcount
		if c.seek, err = forecast.NeededAlone(a.Tree.Model, forecast.Headcount, s.Forecast); c.seek == nil {
			return answerError(s, l, err)
		}
	}
	switch {
	case *f.asJSON:
		return writeJSON(stdout, c.report())
	case *f.asCSV:
		return c.t.WriteCSV(stdout)
	}
	return c.table(f.out(stdout))
}

// Report is the -json output: a stable interface for scripts. Numbers are
// exact (unrounded, to 12 significant digits: writeJSON) unless named target; periodic values are keyed by
// period (year, quarter, month, week, day, rep_day, and hour when the
// calendar sets selling hours). Every figure comes from the
// one model, the monthly plan (forecast.Answer), as the page's do.
type Report struct {
	Scenario string        `json:"scenario"`
	Currency string        `json:"currency"`
	Goal     ReportGoal    `json:"goal"`
	Calendar ReportCal     `json:"calendar"`
	Solve    string        `json:"solve"`
	Target   string        `json:"target"` // the lever solved for, as forecast and sensitivity name it (solve is its older name)
	Rounding string        `json:"rounding"`
	Nodes    []ReportNode  `json:"nodes"`
	Forecast float64       `json:"forecast"`         // the goal node's forecast per year
	Gap      float64       `json:"gap"`              // forecast minus goal, per year
	GapRatio float64       `json:"gap_ratio"`        // gap as a fraction of the goal
	Needed   *ReportNeeded `json:"needed,omitempty"` // -solve calendar.headcount: the headcount that alone meets the goal
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
	Months       int     `json:"months"`
	WorkingDays  float64 `json:"working_days"`
	Headcount    float64 `json:"headcount"`
	DaysPerWeek  float64 `json:"days_per_week"`
	HoursPerDay  float64 `json:"hours_per_day,omitempty"`
	CalendarDays bool    `json:"calendar_days,omitempty"`
}

// ReportNeeded is goal seek's answer for a lever that is not a node (the
// headcount): the exact value that meets the goal, the value now, and
// whether it is within the lever's range.
type ReportNeeded struct {
	Lever     string  `json:"lever"`
	Value     float64 `json:"value"`
	Current   float64 `json:"current"`
	Reachable bool    `json:"reachable"`
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
	Given    bool               `json:"given,omitempty"`    // a lever the plan takes as given, no KPI
	Per      string             `json:"per,omitempty"`      // an activity stated per rep per week or month
	Cadence  string             `json:"cadence,omitempty"`  // how often the KPI is measured
	Aliases  []string           `json:"aliases,omitempty"`  // other names an import of actuals reads as it
	Required map[string]float64 `json:"required,omitempty"` // on the solve path: exact
	Target   map[string]float64 `json:"target,omitempty"`   // on the solve path: after rounding, as the figures read it (report.Table.Target)
	Forecast map[string]float64 `json:"forecast,omitempty"` // periodic nodes: from the planned levers
	// Gap is, on the solve path, the year's forecast minus its target as
	// both read (report.Row.Gap): the text's GAP column and -csv's gap_year.
	Gap *float64 `json:"gap,omitempty"`
}

func (c *calc) report() Report {
	a, s := c.a, c.s
	m := a.Tree.Model
	cal := m.Calendar()
	r := Report{
		Scenario: s.ID,
		Currency: s.Currency,
		Goal:     ReportGoal{Node: s.Goal.Node, Value: s.Goal.Value, Period: s.Goal.Period.String(), PerYear: a.Goal()},
		Calendar: ReportCal{cal.Months, cal.WorkingDays, cal.Headcount, cal.Week(), cal.HoursPerDay, cal.CalendarDays},
		Solve:    c.solve,
		Target:   c.solve,
		Rounding: s.Rounding.String(),
		Forecast: a.Forecast(),
		Gap:      a.Gap(),
		GapRatio: a.GapRatio(),
	}
	if sk := c.seek; sk != nil {
		r.Needed = &ReportNeeded{Lever: sk.Lever, Value: sk.Needed, Current: sk.Current, Reachable: sk.Reachable}
	}
	for i := range m.Len() {
		n := m.Node(i)
		rn := ReportNode{ID: n.ID, Label: n.Label.In(string(c.l)), Unit: n.Unit.String(), Op: n.Op.String(), Children: n.Children, Activity: n.Activity, Given: n.Given,
			Aliases: n.Aliases}
		rn.Cadence = n.Cadence.String()
		if n.Op == kpi.Lever {
			v := n.Value
			rn.Value = &v
			if n.Per != kpi.PerDay {
				rn.Per = n.Per.String()
			}
		}
		periods := report.Periods(n)
		if n.Periodic() {
			periods = c.t.DataPeriods()
		}
		if _, ok := a.Required(i, kpi.Year); ok {
			rn.Required, rn.Target = map[string]float64{}, map[string]float64{}
			for _, p := range periods {
				k := report.Key(n, p)
				rn.Required[k], _ = a.Required(i, p)
				rn.Target[k], _ = c.t.Target(i, p) // as the table, the page and the text read it
			}
		}
		if n.Periodic() {
			rn.Forecast = map[string]float64{}
			for _, p := range c.t.DataPeriods() {
				rn.Forecast[p.String()] = a.Planned(i, p)
			}
		} else if n.Op != kpi.Lever { // a stock (a velocity, an ACV): one value
			rn.Forecast = map[string]float64{"value": a.Planned(i, kpi.Year)}
		}
		if row := c.t.Row(n.ID); row != nil && row.Periodic() && row.OnPath {
			gap := row.Gap.Value
			rn.Gap = &gap
		}
		r.Nodes = append(r.Nodes, rn)
	}
	return r
}

// upper writes a column heading: in capitals in English.
func upper(l i18n.Lang, s string) string {
	if l == i18n.En {
		return strings.ToUpper(s)
	}
	return s
}

// table prints the KPI tree: by default the node's label, a lever's
// planned value, the requirement per year, month and rep per day, the
// forecast and the gap, within the terminal's width (a long label wraps:
// printTable), the formulas in words below; with -wide, ids, formulas and
// every period.
func (c *calc) table(w io.Writer) error {
	s, a, t, l := c.s, c.a, c.t, c.l
	m := a.Tree.Model
	cal := m.Calendar()
	f := t.Format
	lang := string(l)
	gn := m.Node(m.Goal())
	solveLabel := l.T("calendar.headcount")
	if c.seek == nil {
		solveLabel = m.Node(a.Target).Label.In(lang)
	}
	rounding := l.T("cli.rounding") + " " + l.T("rounding."+s.Rounding.String())
	if s.Rounding == kpi.RoundNone {
		rounding = l.T("rounding.none") // "no rounding", not "rounding no rounding"
	}
	sep := l.FactSep()
	writeProse(w, named(s, lang), fmt.Sprintf("%s: %s %s%s%s %s%s%s", l.T("cli.goal"), gn.Label.In(lang), l.PerPeriod(f.Node(gn, s.Goal.Value, kpi.Year), s.Goal.Period),
		sep, l.T("cli.solve"), solveLabel, sep, rounding))
	days := l.T("cli.days") + " " + i18n.Count(cal.WorkingDays)
	if cal.CalendarDays {
		days = l.T("cli.calendar_days")
	} else if cal.DaysPerWeek > 0 {
		days += sep + l.T("cli.days_per_week") + " " + i18n.Count(cal.DaysPerWeek)
	}
	if cal.HoursPerDay > 0 {
		days += sep + l.T("cli.hours_per_day") + " " + i18n.Count(cal.HoursPerDay)
	}
	months := l.T("cli.months")
	if cal.Months == 1 {
		months = l.T("cli.month") // "1 month", not "1 months"
	}
	writeProse(w, fmt.Sprintf("%s %s%s%s%s%d%s%s", l.T("cli.reps"), i18n.Count(cal.Headcount), sep, days, sep, cal.Months, l.UnitSep(), months))
	fmt.Fprintln(w)

	periods := []kpi.Period{kpi.Year, kpi.Month, kpi.RepDay}
	if weekly(s) { // a goal or an activity stated per week: its column too
		periods = []kpi.Period{kpi.Year, kpi.Month, kpi.Week, kpi.RepDay}
	}
	// An activity stated per week or month: one rep's week or month, as
	// the headline and the planned value beside it, not one rep's day.
	periods[len(periods)-1] = t.RepSpan()
	head := []string{upper(l, l.T("cli.label")), upper(l, l.T("cli.planned"))}
	if c.wide {
		periods = t.DataPeriods() // one rep's day too, beside its week or month
		head = []string{l.T("cli.node"), l.T("cli.label"), l.T("cli.formula"), upper(l, l.T("cli.cadence"))}
	}
	for _, p := range periods {
		head = append(head, upper(l, t.PeriodName(p)))
	}
	if c.wide {
		head = append(head, l.T("cli.forecast")+"/"+l.T("period.year"), l.T("cli.gap"))
	} else {
		head = append(head, l.T("cli.forecast"), l.T("cli.gap")) // per year, as the gap
	}
	rows := [][]string{head}
	var formulas []string
	for _, r := range t.Rows {
		indent := strings.Repeat("  ", r.Depth)
		var row []string
		switch {
		case c.wide:
			row = []string{indent + r.ID, r.Label, r.Formula, r.Cadence}
		case r.Lever:
			// The planned value: an activity's per rep in its span, as
			// the REP/DAY (or REP/WEEK, REP/MONTH) column beside it.
			row = []string{indent + r.Label, f.Value(r.Node.Unit, false, kpi.Year, r.Node.Value)}
		default:
			// A stock the levers make (SaaS's ACV): its value, planned.
			row = []string{indent + r.Label, r.Value.Text}
			formulas = append(formulas, r.Label+" = "+r.Formula)
		}
		for _, p := range periods {
			cell := ""
			if r.OnPath && (r.Periodic() || p == kpi.Year) {
				if r.Periodic() {
					fig, _ := t.Required(r.ID, p)
					cell = fig.Text
				} else {
					cell = r.Required[0].Text
				}
			}
			row = append(row, cell)
		}
		fc, gap := "", ""
		if r.Periodic() {
			fc = r.Forecast.Text
			if r.OnPath {
				gap = r.Gap.Text
			}
		}
		rows = append(rows, append(row, fc, gap))
	}
	if c.wide {
		printTable(w, rows, 4, fit{}) // every column, as wide as it is
	} else {
		printTable(w, rows, 2, fit{labels: 1, stack: true}) // within the terminal's width, as the README says
	}
	if len(formulas) > 0 {
		fmt.Fprintln(w)
		for _, x := range formulas {
			for _, line := range wrap(x, 4, prose(w)) {
				fmt.Fprintln(w, line)
			}
		}
	}
	fmt.Fprintln(w)
	writeProse(w, c.summary()...)
	return nil
}

// summary is the answer in words, as the page's headline says it: the
// requirement (or goal seek's headcount), the busiest month, the ceiling,
// the lever that helps most, the pipeline assumed, and the forecast and gap.
func (c *calc) summary() []string {
	l, t := c.l, c.t
	h := t.Head
	var out []string
	switch {
	case c.seek != nil:
		sk := c.seek
		line := fmt.Sprintf(punct(l, "%s: %s %s (%s %s)"), l.T("cli.required"), l.T("calendar.headcount"), t.Needed(sk), l.T("cli.planned"), i18n.Number(sk.Current, 1))
		if !sk.Reachable {
			u := t.Unreached(sk)
			line = fmt.Sprintf(punct(l, "%s: %s %s"), l.T("cli.required"), l.T("calendar.headcount"), u.Reason)
			if u.Needed != "" {
				line = fmt.Sprintf(punct(l, "%s: %s %s (%s)"), l.T("cli.required"), l.T("calendar.headcount"), u.Needed, u.Reason)
			}
		}
		out = append(out, line)
	case !c.a.Reachable:
		out = append(out, fmt.Sprintf("%s: %s %s", l.T("cli.required"), h.Label, h.Figure.Text))
	case h.Unit != "":
		out = append(out, fmt.Sprintf(punct(l, "%s: %s %s%s (%s %s, %s); %s %s"), l.T("cli.required"), h.Label, h.Figure.Text, unitAfter(t, l),
			l.T("cli.exact"), h.Exact, l.T("rounding."+c.s.Rounding.String()), l.T("cli.planned"), h.Planned))
	default:
		out = append(out, fmt.Sprintf(punct(l, "%s: %s %s (%s %s, %s %s)"), l.T("cli.required"), h.Label, h.Figure.Text, l.T("cli.exact"), h.Exact, l.T("cli.planned"), h.Planned))
	}
	// The busiest months, the ceiling and what helps speak of the
	// activity's requirement, which -solve headcount does not print: "必要:
	// 営業人数 3.8" was followed by 「最も多い2026年4月〜5月は250万円/人月
	// です」, a figure of no line above it.
	lines := []string{h.Reps, h.Pipeline, t.Basis()}
	if c.seek == nil {
		help, _ := t.Help() // solves the plan some hundred times: only when said
		lines = []string{h.Busiest, h.Reps, h.Message, help, h.Pipeline, t.Basis()}
	}
	for _, x := range lines {
		if x != "" {
			out = append(out, x)
		}
	}
	out = append(out, fmt.Sprintf(punct(l, "%s: %s; %s %s (%s)"), t.ForecastTitle(), l.PerPeriod(t.Total.Text, kpi.Year), l.T("cli.gapword"), t.Gap.Text, t.GapPct))
	for _, x := range []string{t.PlannedOver(), t.PlanSpan()} {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

// weekly reports whether the scenario states its goal or an activity per
// week, so that the default table shows the week's column.
func weekly(s *scenario.Scenario) bool {
	if s.Goal.Period == kpi.Week {
		return true
	}
	for _, n := range s.Nodes {
		if n.Activity && n.Per == kpi.PerWeek {
			return true
		}
	}
	return false
}
