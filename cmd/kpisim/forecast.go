//go:build !wasm

package main

import (
	"cmp"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
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
	pos, l, err := parseLang(f.fs, args, f.lang)
	if err != nil {
		return nil, "", err
	}
	if len(pos) > 1 {
		return nil, "", usageError(l.T("cli.one_scenario"), len(pos))
	}
	if *f.asJSON && *f.asCSV {
		return nil, "", usageError("%s", l.T("cli.json_or_csv"))
	}
	arg := ""
	if len(pos) == 1 {
		arg = pos[0]
	}
	s, _, err := load(arg, l)
	if err != nil {
		return nil, "", err
	}
	// goal.period first, so that a goal.value beside it reads per that
	// period whichever comes first.
	for _, period := range []bool{true, false} {
		for _, a := range f.sets {
			if setsPeriod(a) != period {
				continue
			}
			if key, err := applySet(s, a); err != nil {
				return nil, "", usageError("%s", setError(s, l, key, err))
			}
		}
	}
	return s, l, nil
}

// keyGoalPeriod is the -set key of the period the goal is stated per.
const keyGoalPeriod = "goal.period"

// keyCurrency is -set's key for the scenario's currency, as the page's
// editor sets it (This tree).
const keyCurrency = "currency"

// currencyError is a -set currency= that is no currency code.
type currencyError string

func (e currencyError) Error() string {
	return "-set currency: " + string(e) + ": must be a three-letter currency code such as JPY or USD"
}

// keyTrials is the -set key of the Monte Carlo run's trials.
const keyTrials = "forecast.trials"

// setsPeriod reports whether -set arg sets the goal's period.
func setsPeriod(arg string) bool { return setKey(arg) == keyGoalPeriod }

// setKey is the key of -set arg, as typed.
func setKey(arg string) string {
	key, _, _ := strings.Cut(arg, "=")
	return strings.TrimSpace(key)
}

// has reports whether any -set sets key.
func (s setFlags) has(key string) bool {
	return slices.ContainsFunc(s, func(arg string) bool { return setKey(arg) == key })
}

// flagGiven reports whether the command line set flag name.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// applySet applies one -set id=value to s and returns its key.
// goal.period takes a period as a scenario file writes it (year, quarter,
// month, week or day) and restates the same goal per that period, as the
// page's switch does; every other key takes a number (scenario.ParseSet)
// as the page's field takes it (a lever beyond its slider's ends widens
// them, so that the page's figures can be had again here), its key read
// first, so that an unknown key is named as one and not as
// a value that is not a number.
func applySet(s *scenario.Scenario, arg string) (string, error) {
	key, raw, ok := strings.Cut(arg, "=")
	key = strings.TrimSpace(key)
	if ok && key == keyGoalPeriod {
		p, err := kpi.ParsePeriod(strings.ToLower(strings.TrimSpace(raw)))
		if err != nil || !kpi.GoalPeriod(p) {
			return key, &kpi.Error{Field: key, Rule: "must be year, quarter, month, week or day"}
		}
		return key, s.SetGoalPeriod(p)
	}
	if ok && key == keyCurrency {
		if s.SetCurrency(raw) != nil {
			return key, currencyError(strings.TrimSpace(raw))
		}
		return key, nil
	}
	if !ok || key == "" {
		return "", setSyntaxError(arg)
	}
	key = byLabel(s, key)
	k, err := scenario.ParseKey(key)
	if err != nil {
		return key, err
	}
	if k.Field == scenario.FieldLever && s.Node(k.ID) == nil {
		// Named before its value is read: "-set foo=abc" said "enter a
		// number", as if foo were a lever.
		return key, &kpi.Error{Field: key, Code: kpi.NotLever, Rule: "is not a lever of this scenario"}
	}
	if k.RefusesPercent(s, raw) {
		return key, scenario.NotRate("", key) // 25% for a goal in yen read ¥0.25
	}
	key, v, err := scenario.ParseSet(key + "=" + raw)
	if err == nil {
		err = s.SetTyped(key, v) // as the page's field: a lever's slider ends widen
	}
	return key, err
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
	Reforecast  *RefitReport    `json:"reforecast,omitempty"`       // with -actuals (issue 13)
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
	acts := f.fs.String("actuals", "", "")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	if *acts != "" {
		if err := readActuals(s, *acts, l, stderr); err != nil {
			return err
		}
	} else if s.Forecast.StartYear == 0 {
		// The file's own actuals: dated 2028-05, they give a plan
		// without a year its year, as an export's do (a year the file
		// names stays, and actuals outside it are said to be left out).
		s.GuessStartYear()
	}
	fileTrials := s.Forecast.Trials // the re-forecast's run, as the page draws it
	if *seed != "" {
		v, err := strconv.ParseUint(*seed, 10, 64)
		if err != nil {
			return usageError(l.T("cli.seed_flag"), *seed)
		}
		s.Forecast.Seed = v
	}
	if *trials < 0 || *trials > forecast.MaxTrials {
		return usageError(l.T("cli.trials_flag"), i18n.Count(forecast.MaxTrials), *trials)
	}
	if !flagGiven(f.fs, "trials") && f.sets.has(keyTrials) {
		*trials = s.Forecast.Trials // -set forecast.trials=500 asks for a run as -trials 500 does
	}
	s.Forecast.Trials = *trials
	a, err := s.Answer()
	if err != nil {
		return answerError(s, l, err)
	}
	var bands *forecast.Bands
	if *trials > 0 {
		if bands, err = forecast.Run(a.Tree.Model, s.Forecast); err != nil {
			return answerError(s, l, err)
		}
	}
	rep := forecastReport(s, a, bands)
	var rf *forecast.Reforecast
	if len(s.Actuals) > 0 {
		c := s.Clone()
		if *trials == 0 {
			c.Forecast.Trials = fileTrials
		}
		if rf, err = c.Refit(); err != nil {
			return answerError(s, l, err)
		}
		rep.Reforecast = refitReport(rf)
	}
	switch {
	case *f.asJSON:
		return writeJSON(stdout, rep)
	case *f.asCSV:
		return report.New(a, l, s.Currency).WritePlanCSV(stdout, bands) // the page's download too
	}
	if err := forecastTable(termWriter{stdout}, s, report.New(a, l, s.Currency), bands); err != nil || rf == nil {
		return err
	}
	refitTable(termWriter{stdout}, rf, l, s.Currency)
	return nil
}

// forecastReport is the plan of answer a (the one model's, at the planned
// values) with the bands of a Monte Carlo run, if any. The requirement is
// the answer's: the target's pace (required_rep_day), and its exact count
// over the plan.
func forecastReport(s *scenario.Scenario, a *forecast.Answer, b *forecast.Bands) ForecastReport {
	p := a.Plan
	m := a.Tree.Model
	r := ForecastReport{Scenario: s.ID, Currency: s.Currency, Target: m.Node(p.Target).ID, Goal: p.Goal, Forecast: p.Revenue,
		Gap: p.Gap(), Reachable: a.Reachable, Required: p.Required, RequiredRep: p.RequiredPerRepDay}
	if m.Node(a.Target).Activity {
		r.RequiredRep, _ = a.Required(a.Target, kpi.RepDay)
	}
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

// forecastTable prints the plan month by month as the page's monthly plan
// does (report.Table.Months), then the forecast, the requirement (the
// headline's figure, so calc and forecast print the same) and the odds.
func forecastTable(w io.Writer, s *scenario.Scenario, t *report.Table, b *forecast.Bands) error {
	a := t.Answer
	l := t.Format.Lang
	m := a.Tree.Model
	gn := m.Node(m.Goal())
	money := func(v float64) string { return t.Format.Node(gn, v, kpi.Year) }
	fmt.Fprintf(w, "%s\n\n", named(s, string(l)))
	landed, cum, _ := t.MonthHeads()
	head := []string{l.T("fc.month"), l.T("fc.days"), l.T("fc.reps"), l.T("fc.planned"), l.T("fc.required"), t.PerRepHead("fc.per_rep_"),
		upper(l, landed), upper(l, cum), l.T("fc.cum_goal")} // the goal's short name keeps the table in 100 columns
	if b != nil {
		head = append(head, "P10", "P50", "P90", l.T("fc.on_track"))
	}
	rows := [][]string{head}
	for _, x := range t.Months() {
		mo := x.Month
		r := []string{x.Label, i18n.Number(mo.WorkingDays, 1), i18n.Number(mo.Headcount, 2), x.Planned, x.Required, x.PerRep,
			x.Revenue, x.Cum, x.CumGoal}
		if b != nil && mo.Index < len(b.Months) {
			band := b.Months[mo.Index]
			sig := func(v float64) string { return money(i18n.Significant(v, 3)) } // as the page's band: as much as the run knows
			r = append(r, sig(band.Cumulative.P10), sig(band.Cumulative.P50), sig(band.Cumulative.P90), i18n.Chance(band.OnTrack, band.Alike))
		}
		rows = append(rows, r)
	}
	printTable(w, rows, 1)
	fmt.Fprintln(w)
	var lines []string
	if x := t.Lead(); x != "" {
		lines = append(lines, x)
	}
	h := t.Head
	lines = append(lines, fmt.Sprintf(punct(l, "%s: %s / %s %s (%s %s)"), t.ForecastTitle(), money(a.Plan.Revenue), l.T("forecast.goal"), money(a.Plan.Goal),
		l.T("cli.gapword"), t.Format.Signed(gn, a.Plan.Gap(), kpi.Year)))
	if !a.Reachable {
		lines = append(lines, t.Unreachable())
	} else if h.Unit != "" {
		lines = append(lines, fmt.Sprintf("%s: %s %s%s", l.T("cli.required"), h.Label, h.Figure.Text, unitAfter(t, l)))
	} else {
		lines = append(lines, fmt.Sprintf("%s: %s %s", l.T("cli.required"), h.Label, h.Figure.Text))
	}
	for _, x := range []string{h.Busiest, h.Reps, h.Message, h.Pipeline} {
		if x != "" {
			lines = append(lines, x)
		}
	}
	if b != nil {
		lines = append(lines, fmt.Sprintf(l.T("fc.probability"), i18n.Chance(b.ProbGoal, b.Alike), i18n.Count(float64(b.Trials)), s.Forecast.Seed))
		if x := report.LeanNote(t.Format, m, s.Forecast, b); x != "" {
			lines = append(lines, x) // the page's, under the probability
		}
	}
	for _, x := range lines {
		for _, y := range wrapText(x, maxWidth) {
			fmt.Fprintln(w, y)
		}
	}
	return nil
}

// runSensitivity prints the tornado: each lever ±10 % and at its range's
// ends, its effect on the forecast and on the required activity, largest
// first; then, per lever, the value that alone meets the goal
// (forecast.NeededAlone, the page's goal seek).
func runSensitivity(args []string, stdout, stderr io.Writer) error {
	f := newScenarioFlags("sensitivity")
	s, l, err := f.load(args)
	if err != nil {
		return err
	}
	a, err := s.Answer()
	if err != nil {
		return answerError(s, l, err)
	}
	m := a.Tree.Model
	sens, err := forecast.Tornado(m, m.Node(a.Target).ID, s.Forecast)
	if err != nil {
		return answerError(s, l, err)
	}
	var out []sensRow
	for _, b := range sens.Bars {
		r := sensRow{Lever: b.Lever, Label: b.Lever, Value: b.Base, Down: b.Down.Revenue, Up: b.Up.Revenue, Swing: b.Swing,
			ReqDown: b.Down.Required, ReqUp: b.Up.Required}
		if b.Index >= 0 {
			r.Label = m.Node(b.Index).Label.In(string(l))
		} else {
			r.Label = l.T("calendar.headcount")
		}
		if b.HasRange {
			r.Range = &sensEnds{b.Min.Value, b.Max.Value, b.Min.Revenue, b.Max.Revenue}
		}
		if seek, _ := forecast.NeededAlone(m, b.Lever, s.Forecast); seek != nil {
			r.seek = seek
			r.Needed, r.Reachable, r.AtMost = seek.Needed, seek.Reachable, seek.Falling
		}
		out = append(out, r)
	}
	if *f.asJSON {
		return writeJSON(stdout, SensitivityReport{Scenario: s.ID, Target: sens.Target, Revenue: sens.Base.Revenue, Required: sens.Base.Required, Bars: out})
	}
	if *f.asCSV {
		cw := csv.NewWriter(stdout)
		cw.Write([]string{"lever", "label", "value", "revenue_down", "revenue_up", "swing", "required_down", "required_up", "needed", "reachable",
			"min", "max", "revenue_min", "revenue_max"})
		g := i18n.Plain // as calc -csv and forecast -csv write a number
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
	return sensitivityTable(termWriter{stdout}, s, report.New(a, l, s.Currency), out)
}

// SensitivityReport is the -json output of kpisim sensitivity.
type SensitivityReport struct {
	Scenario string    `json:"scenario"`
	Target   string    `json:"target"`
	Revenue  float64   `json:"revenue"`  // the forecast over the plan
	Required float64   `json:"required"` // the target's requirement (per rep per day for an activity)
	Bars     []sensRow `json:"bars"`
}

// sensEnds is a lever at its range's ends.
type sensEnds struct {
	Min        float64 `json:"min"`
	Max        float64 `json:"max"`
	RevenueMin float64 `json:"revenue_min"`
	RevenueMax float64 `json:"revenue_max"`
}

// sensRow is one lever of the tornado, with the value it needs alone.
type sensRow struct {
	Lever     string    `json:"lever"`
	Label     string    `json:"label"`
	Value     float64   `json:"value"`
	Down      float64   `json:"revenue_down"`
	Up        float64   `json:"revenue_up"`
	Swing     float64   `json:"swing"`
	ReqDown   float64   `json:"required_down"`
	ReqUp     float64   `json:"required_up"`
	Needed    float64   `json:"needed"`
	AtMost    bool      `json:"at_most,omitempty"` // needed is the most the lever may be (a churn rate, a divisor)
	Reachable bool      `json:"reachable"`
	Range     *sensEnds `json:"range,omitempty"` // levers without a range: none

	seek *forecast.Seek
}

func sensitivityTable(w io.Writer, s *scenario.Scenario, t *report.Table, out []sensRow) error {
	a, l, f := t.Answer, t.Format.Lang, t.Format
	m := a.Tree.Model
	gn := m.Node(m.Goal())
	tn := m.Node(a.Target)
	money := func(v float64) string { return f.Node(gn, v, kpi.Year) }
	// A lever's value as the page's goal seek writes it; the headcount
	// with a tenth.
	val := func(lever string, v float64) string {
		if i, ok := m.Index(lever); ok {
			return f.Node(m.Node(i), v, kpi.Year)
		}
		return i18n.Number(v, 1)
	}
	// The requirement as the headline writes it: after the rounding policy,
	// an activity per rep in its span (SaaS's opportunities a week: 1.9,
	// not the 0.4 a day beside a headline of 1.7 a week), as the page's
	// tornado shows it.
	req := func(v float64) string {
		if tn.Activity {
			v *= m.Calendar().Days(tn.Per) // a rep's day → the lever's span
		}
		return t.Need(v)
	}
	// The forecast over the plan, as the bars beside it, -json's revenue
	// and kpisim forecast read it: a plan of 36 months headed "¥96,000,000"
	// (calc's figure a year) above bars of ¥259,200,000 and ¥316,800,000.
	fmt.Fprintf(w, punct(l, "%s: %s %s, %s %s %s%s\n\n"), named(s, string(l)), t.ForecastTitle(), money(a.Plan.Revenue),
		l.T("cli.required"), t.Head.Label, t.Head.Figure.Text, unitAfter(t, l))
	rows := [][]string{{l.T("fc.lever"), l.T("fc.value"), "−10%", "+10%", l.T("fc.swing"), l.T("fc.req_down"), l.T("fc.req_up"), l.T("fc.needed")}}
	for _, r := range out {
		needed := ""
		switch {
		case r.seek != nil && !r.Reachable:
			needed = t.Unreached(r.seek).Cell // over the ceiling, or outside the range
		case r.seek != nil && r.seek.Falling: // the most it may be, as the page says it
			needed = fmt.Sprintf(l.T("required.at_most"), t.Needed(r.seek))
		case r.seek != nil:
			needed = t.Needed(r.seek)
		case !r.Reachable:
			needed = l.T("fc.not_in_range")
		}
		rows = append(rows, []string{r.Label, val(r.Lever, r.Value), money(r.Down), money(r.Up), money(r.Swing),
			req(r.ReqDown), req(r.ReqUp), needed})
	}
	printTable(w, rows, 1)

	// Each lever with a range at its ends, the widest swing first.
	var ranged []sensRow
	for _, r := range out {
		if r.Range != nil {
			ranged = append(ranged, r)
		}
	}
	if len(ranged) == 0 {
		return nil
	}
	slices.SortStableFunc(ranged, func(a, b sensRow) int {
		return cmp.Compare(b.Range.RevenueMax-b.Range.RevenueMin, a.Range.RevenueMax-a.Range.RevenueMin)
	})
	fmt.Fprintf(w, "\n%s\n\n", t.RangeTitle())
	landed := upper(l, t.GoalName) // revenue, or the count the goal is
	rows = [][]string{{l.T("fc.lever"), l.T("fc.min"), landed, l.T("fc.max"), landed}}
	for _, r := range ranged {
		x := r.Range
		rows = append(rows, []string{r.Label, val(r.Lever, x.Min), money(x.RevenueMin), val(r.Lever, x.Max), money(x.RevenueMax)})
	}
	printTable(w, rows, 1)
	return nil
}

// unitAfter is the unit written after the headline's figure: " / rep /
// day" ("件/日/人") for an activity, nothing otherwise.
func unitAfter(t *report.Table, l i18n.Lang) string {
	if t.Head.Unit == "" || !t.Answer.Reachable {
		return ""
	}
	return l.UnitSep() + t.Head.Unit // the activity's own span: / rep / day, / rep / week…
}
