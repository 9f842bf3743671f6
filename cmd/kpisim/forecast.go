//go:build !wasm

package main

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// scenarioFlags are the flags calc, forecast and sensitivity share: which
// scenario, what to change, which language and output.
type scenarioFlags struct {
	fs     *flag.FlagSet
	sets   setFlags
	lang   *string
	asJSON *bool
	asCSV  *bool
}

func newScenarioFlags(name string) *scenarioFlags {
	f := &scenarioFlags{fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	f.fs.SetOutput(io.Discard)
	f.fs.Var(&f.sets, "set", "")
	f.lang = f.fs.String("lang", "", "")
	f.asJSON = f.fs.Bool("json", false, "")
	f.asCSV = f.fs.Bool("csv", false, "")
	return f
}

// load parses args and returns the scenario with every -set applied and
// the output language.
func (f *scenarioFlags) load(args []string) (*scenario.Scenario, i18n.Lang, error) {
	if err := f.fs.Parse(args); err != nil {
		return nil, "", usageError("%v (run kpisim help)", err)
	}
	if f.fs.NArg() > 1 {
		return nil, "", usageError("give one preset or file, not %d", f.fs.NArg())
	}
	if *f.asJSON && *f.asCSV {
		return nil, "", usageError("choose -json or -csv, not both")
	}
	s, _, err := load(f.fs.Arg(0))
	if err != nil {
		return nil, "", err
	}
	for _, a := range f.sets {
		key, v, err := scenario.ParseSet(a)
		if err != nil {
			return nil, "", usageError("%v", err)
		}
		if err := s.Set(key, v); err != nil {
			return nil, "", usageError("-set %s", err)
		}
	}
	l := i18n.Parse(os.Getenv("LC_ALL"), os.Getenv("LANG"))
	if *f.lang != "" {
		if *f.lang != "ja" && *f.lang != "en" {
			return nil, "", usageError("-lang: want ja or en, not %q", *f.lang)
		}
		l = i18n.Lang(*f.lang)
	}
	return s, l, nil
}

// ForecastReport is the -json output of kpisim forecast.
type ForecastReport struct {
	Scenario    string          `json:"scenario"`
	Currency    string          `json:"currency"`
	Target      string          `json:"target"`
	Goal        float64         `json:"goal"`     // over the plan
	Forecast    float64         `json:"forecast"` // revenue landing inside the plan
	Gap         float64         `json:"gap"`
	Reachable   bool            `json:"reachable"`
	Required    float64         `json:"required"`         // the target's requirement over the plan (a count for an activity)
	RequiredRep float64         `json:"required_rep_day"` // per rep per working day for an activity
	Lead        []ForecastMonth `json:"lead,omitempty"`   // months before the start whose activity lands in the plan
	Months      []ForecastMonth `json:"months"`
	Trials      int             `json:"trials,omitempty"`
	Seed        uint64          `json:"seed,omitempty"`
	ProbGoal    *float64        `json:"probability_goal,omitempty"` // with -trials: the share of trials reaching the goal
}

// ForecastMonth is one month of the plan.
type ForecastMonth struct {
	Index       int                 `json:"index"`
	Month       int                 `json:"month"`
	Year        int                 `json:"year,omitempty"`
	WorkingDays float64             `json:"working_days"`
	Headcount   float64             `json:"headcount"`
	Planned     float64             `json:"planned"`
	Required    float64             `json:"required"`
	RequiredRep float64             `json:"required_rep_day"`
	Revenue     float64             `json:"revenue"`
	CumRevenue  float64             `json:"cum_revenue"`
	Goal        float64             `json:"goal"`
	CumGoal     float64             `json:"cum_goal"`
	Revenue90   *forecast.Quantiles `json:"revenue_p10_p50_p90,omitempty"`
	Cum90       *forecast.Quantiles `json:"cum_revenue_p10_p50_p90,omitempty"`
	OnTrack     *float64            `json:"on_track,omitempty"`
	Landed      map[string]float64  `json:"landed,omitempty"` // every periodic node's value landing this month
}

func runForecast(args []string, stdout, stderr io.Writer) error {
	f := newScenarioFlags("forecast")
	trials := f.fs.Int("trials", 0, "")
	seed := f.fs.String("seed", "", "")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	if *seed != "" {
		v, err := strconv.ParseUint(*seed, 10, 64)
		if err != nil {
			return usageError("-seed: want a whole number, not %q", *seed)
		}
		s.Forecast.Seed = v
	}
	if *trials < 0 || *trials > forecast.MaxTrials {
		return usageError("-trials: want 0 to %d", forecast.MaxTrials)
	}
	s.Forecast.Trials = *trials
	m, err := s.Model()
	if err != nil {
		return usageError("%v", err)
	}
	plan, err := forecast.NewPlan(m, s.Target(), s.Forecast)
	if err != nil {
		return usageError("%v", err)
	}
	var bands *forecast.Bands
	if *trials > 0 {
		if bands, err = forecast.Run(m, s.Forecast); err != nil {
			return usageError("%v", err)
		}
	}
	rep := forecastReport(s, plan, bands)
	switch {
	case *f.asJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case *f.asCSV:
		return forecastCSV(stdout, rep)
	}
	return forecastTable(stdout, s, plan, bands, l)
}

func forecastReport(s *scenario.Scenario, p *forecast.Plan, b *forecast.Bands) ForecastReport {
	m := p.Model
	r := ForecastReport{Scenario: s.ID, Currency: s.Currency, Target: m.Node(p.Target).ID, Goal: p.Goal, Forecast: p.Revenue,
		Gap: p.Gap(), Reachable: p.Reachable, Required: p.Required, RequiredRep: p.RequiredPerRepDay}
	month := func(x forecast.Month) ForecastMonth {
		fm := ForecastMonth{Index: x.Index, Month: int(x.Month), Year: x.Year, WorkingDays: x.WorkingDays, Headcount: x.Headcount,
			Planned: x.Planned, Required: x.Required, RequiredRep: x.RequiredPerRepDay, Revenue: x.Revenue, CumRevenue: x.CumRevenue,
			Goal: x.Goal, CumGoal: x.CumGoal}
		if x.Landed != nil {
			fm.Landed = map[string]float64{}
			for i := range m.Len() {
				if m.Node(i).Periodic() {
					fm.Landed[m.Node(i).ID] = x.Landed[i]
				}
			}
		}
		return fm
	}
	for _, x := range p.Lead {
		r.Lead = append(r.Lead, month(x))
	}
	for _, x := range p.Months {
		r.Months = append(r.Months, month(x))
	}
	if b != nil {
		r.Trials, r.Seed = b.Trials, s.Forecast.Seed
		prob := b.ProbGoal
		r.ProbGoal = &prob
		for i := range r.Months {
			bm := b.Months[i]
			rv, cu, on := bm.Revenue, bm.Cumulative, bm.OnTrack
			r.Months[i].Revenue90, r.Months[i].Cum90, r.Months[i].OnTrack = &rv, &cu, &on
		}
	}
	return r
}

func forecastCSV(w io.Writer, r ForecastReport) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"index", "year", "month", "working_days", "headcount", "planned", "required", "required_rep_day", "revenue",
		"cum_revenue", "goal", "cum_goal", "cum_p10", "cum_p50", "cum_p90", "on_track"})
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, m := range append(append([]ForecastMonth(nil), r.Lead...), r.Months...) {
		row := []string{strconv.Itoa(m.Index), strconv.Itoa(m.Year), strconv.Itoa(m.Month), f(m.WorkingDays), f(m.Headcount), f(m.Planned),
			f(m.Required), f(m.RequiredRep), f(m.Revenue), f(m.CumRevenue), f(m.Goal), f(m.CumGoal), "", "", "", ""}
		if m.Cum90 != nil {
			row[12], row[13], row[14], row[15] = f(m.Cum90.P10), f(m.Cum90.P50), f(m.Cum90.P90), f(*m.OnTrack)
		}
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

func monthName(l i18n.Lang, m forecast.Month) string {
	name := m.Month.String()[:3]
	if l == i18n.Ja {
		name = strconv.Itoa(int(m.Month)) + "月"
	}
	if m.Year != 0 {
		name = strconv.Itoa(m.Year) + " " + name
	}
	return name
}

func forecastTable(w io.Writer, s *scenario.Scenario, p *forecast.Plan, b *forecast.Bands, l i18n.Lang) error {
	m := p.Model
	goal := m.Node(m.Goal())
	target := m.Node(p.Target)
	money := func(v float64) string { return fmtValue(l, goal, v, s.Currency) }
	count := func(v float64) string { return fmtValue(l, target, v, s.Currency) }
	fmt.Fprintf(w, "%s — %s\n\n", s.ID, s.Title.In(string(l)))
	head := []string{l.T("fc.month"), l.T("fc.days"), l.T("fc.reps"), l.T("fc.planned"), l.T("fc.required"), l.T("fc.per_rep_day"),
		l.T("fc.revenue"), l.T("fc.cum_revenue"), l.T("fc.cum_goal")}
	if b != nil {
		head = append(head, "P10", "P50", "P90", l.T("fc.on_track"))
	}
	rows := [][]string{head}
	row := func(x forecast.Month, band *forecast.Band) []string {
		req, rep := "", ""
		if x.Required > 0 {
			req, rep = count(x.Required), i18n.Number(x.RequiredPerRepDay, 1)
		}
		r := []string{monthName(l, x), i18n.Number(x.WorkingDays, 1), i18n.Number(x.Headcount, 2), count(x.Planned), req, rep}
		if x.Index < 0 {
			return append(r, "", "", "")
		}
		r = append(r, money(x.Revenue), money(x.CumRevenue), money(x.CumGoal))
		if band != nil {
			r = append(r, money(band.Cumulative.P10), money(band.Cumulative.P50), money(band.Cumulative.P90), i18n.Percent(band.OnTrack))
		}
		return r
	}
	for _, x := range p.Lead {
		rows = append(rows, row(x, nil))
	}
	for i, x := range p.Months {
		var band *forecast.Band
		if b != nil {
			band = &b.Months[i]
		}
		rows = append(rows, row(x, band))
	}
	printTable(w, rows, 1)
	fmt.Fprintln(w)
	if len(p.Lead) > 0 {
		fmt.Fprintf(w, l.T("fc.lead")+"\n", len(p.Lead), monthName(l, p.Lead[0]))
	}
	fmt.Fprintf(w, "%s: %s / %s %s (%s %s)\n", l.T("cli.summary"), money(p.Revenue), l.T("forecast.goal"), money(p.Goal),
		l.T("cli.gapword"), money(p.Gap()))
	if target.Activity {
		if p.Reachable {
			fmt.Fprintf(w, "%s: %s %s %s\n", l.T("cli.required"), target.Label.In(string(l)), i18n.Number(p.RequiredPerRepDay, 1), l.T("unit.rep_day"))
		} else {
			fmt.Fprintln(w, l.T("fc.unreachable"))
		}
	}
	if b != nil {
		fmt.Fprintf(w, l.T("fc.probability")+"\n", i18n.Percent(b.ProbGoal), b.Trials, s.Forecast.Seed)
	}
	return nil
}

// runSensitivity prints the tornado: each lever ±10 % and at its range's
// ends, its effect on the forecast and on the required activity, largest
// first; then, per lever, the value that alone meets the goal.
func runSensitivity(args []string, stdout, stderr io.Writer) error {
	f := newScenarioFlags("sensitivity")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	m, err := s.Model()
	if err != nil {
		return usageError("%v", err)
	}
	sens, err := forecast.Tornado(m, s.Target(), s.Forecast)
	if err != nil {
		return usageError("%v", err)
	}
	// ends is a lever at its range's ends.
	type ends struct {
		Min        float64 `json:"min"`
		Max        float64 `json:"max"`
		RevenueMin float64 `json:"revenue_min"`
		RevenueMax float64 `json:"revenue_max"`
	}
	type row struct {
		Lever     string  `json:"lever"`
		Label     string  `json:"label"`
		Value     float64 `json:"value"`
		Down      float64 `json:"revenue_down"`
		Up        float64 `json:"revenue_up"`
		Swing     float64 `json:"swing"`
		ReqDown   float64 `json:"required_down"`
		ReqUp     float64 `json:"required_up"`
		Needed    float64 `json:"needed"`
		Reachable bool    `json:"reachable"`
		Range     *ends   `json:"range,omitempty"` // levers without a range: none
	}
	var out []row
	for _, b := range sens.Bars {
		r := row{Lever: b.Lever, Label: b.Lever, Value: b.Base, Down: b.Down.Revenue, Up: b.Up.Revenue, Swing: b.Swing,
			ReqDown: b.Down.Required, ReqUp: b.Up.Required}
		if b.Index >= 0 {
			r.Label = m.Node(b.Index).Label.In(string(l))
		} else {
			r.Label = l.T("calendar.headcount")
		}
		if b.HasRange {
			r.Range = &ends{b.Min.Value, b.Max.Value, b.Min.Revenue, b.Max.Revenue}
		}
		if seek, err := forecast.GoalSeek(m, b.Lever, s.Forecast); err == nil {
			r.Needed, r.Reachable = seek.Needed, seek.Reachable
		}
		out = append(out, r)
	}
	if *f.asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"scenario": s.ID, "target": sens.Target, "revenue": sens.Base.Revenue, "required": sens.Base.Required, "bars": out})
	}
	if *f.asCSV {
		cw := csv.NewWriter(stdout)
		cw.Write([]string{"lever", "label", "value", "revenue_down", "revenue_up", "swing", "required_down", "required_up", "needed", "reachable",
			"min", "max", "revenue_min", "revenue_max"})
		g := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
		for _, r := range out {
			cells := []string{"", "", "", ""} // no range
			if x := r.Range; x != nil {
				cells = []string{g(x.Min), g(x.Max), g(x.RevenueMin), g(x.RevenueMax)}
			}
			cw.Write(append([]string{r.Lever, r.Label, g(r.Value), g(r.Down), g(r.Up), g(r.Swing), g(r.ReqDown), g(r.ReqUp), g(r.Needed), strconv.FormatBool(r.Reachable)},
				cells...))
		}
		cw.Flush()
		return cw.Error()
	}
	goal := m.Node(m.Goal())
	money := func(v float64) string { return fmtValue(l, goal, v, s.Currency) }
	val := func(lever string, v float64) string {
		if i, ok := m.Index(lever); ok {
			return fmtValue(l, m.Node(i), v, s.Currency)
		}
		return i18n.Count(v)
	}
	fmt.Fprintf(stdout, "%s — %s: %s %s, %s %s\n\n", s.ID, s.Title.In(string(l)), l.T("cli.summary"), money(sens.Base.Revenue),
		l.T("cli.required"), i18n.Number(sens.Base.Required, 1))
	rows := [][]string{{l.T("fc.lever"), l.T("fc.value"), "−10%", "+10%", l.T("fc.swing"), l.T("fc.req_down"), l.T("fc.req_up"), l.T("fc.needed")}}
	for _, r := range out {
		needed := val(r.Lever, r.Needed)
		if !r.Reachable {
			needed = l.T("fc.not_in_range")
		}
		rows = append(rows, []string{r.Label, val(r.Lever, r.Value), money(r.Down), money(r.Up), money(r.Swing),
			i18n.Number(r.ReqDown, 1), i18n.Number(r.ReqUp, 1), needed})
	}
	printTable(stdout, rows, 1)

	// Each lever with a range at its ends, the widest swing first.
	var ranged []row
	for _, r := range out {
		if r.Range != nil {
			ranged = append(ranged, r)
		}
	}
	if len(ranged) == 0 {
		return nil
	}
	slices.SortStableFunc(ranged, func(a, b row) int {
		return cmp.Compare(b.Range.RevenueMax-b.Range.RevenueMin, a.Range.RevenueMax-a.Range.RevenueMin)
	})
	fmt.Fprintf(stdout, "\n%s\n\n", l.T("fc.range_title"))
	rows = [][]string{{l.T("fc.lever"), l.T("fc.min"), l.T("fc.revenue"), l.T("fc.max"), l.T("fc.revenue")}}
	for _, r := range ranged {
		x := r.Range
		rows = append(rows, []string{r.Label, val(r.Lever, x.Min), money(x.RevenueMin), val(r.Lever, x.Max), money(x.RevenueMax)})
	}
	printTable(stdout, rows, 1)
	return nil
}
