//go:build !wasm

package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"time"

	sjis "golang.org/x/text/encoding/japanese"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// RefitReport is the -json output of kpisim forecast -actuals: the year
// as it happens (forecast.Reforecast), the same figures the page shows.
type RefitReport struct {
	Closed       int          `json:"closed_months"`
	AsOf         string       `json:"as_of,omitempty"`         // the run's day (2026-08-15): the months after it are not closed, the month it is in counts to it
	PartialWeek  int          `json:"partial_week,omitempty"`  // the last closed month has weeks 1 to this only: the rest of it counts at the plan
	PartialDay   int          `json:"partial_day,omitempty"`   // the last closed month, in progress, has month totals: they count to this day, the rest of it at the plan
	Done         float64      `json:"partial_share,omitempty"` // with partial_week or partial_day: the share of that month's working days they cover
	ActualToDate float64      `json:"actual_to_date"`
	GoalToDate   float64      `json:"goal_to_date"`
	Achievement  float64      `json:"achievement"` // 達成率: actual ÷ goal to date
	Forecast     float64      `json:"forecast"`    // actuals, then the plan
	Goal         float64      `json:"goal"`
	Gap          float64      `json:"gap"`
	Remaining    float64      `json:"remaining"`
	Pace         float64      `json:"pace_rep_day"` // the target per rep per working day from now on
	PaceOK       bool         `json:"pace_reachable"`
	Ceiling      float64      `json:"ceiling_rep_day,omitempty"`
	Over         bool         `json:"over_ceiling"`
	ProbGoal     *float64     `json:"probability_goal,omitempty"` // left out with trials 0 (-trials 0: no run), never a 0 % not computed
	Trials       int          `json:"trials"`
	Steps        []RefitStep  `json:"steps"`
	Leak         string       `json:"leak,omitempty"` // the lever of the step furthest short of plan
	Months       []RefitMonth `json:"months"`
	Outside      []RefitEntry `json:"outside,omitempty"` // actuals dated outside the plan's months: left out
	// Missing are the closed months with no actual of the goal node
	// (2026-05): not in actual_to_date nor goal_to_date; the forecast
	// takes their plan, in_missing in all.
	Missing   []string `json:"missing_months,omitempty"`
	Ahead     []string `json:"ahead_months,omitempty"` // months not begun by the run's day that have actuals: kept in the file, not counted
	InMissing float64  `json:"in_missing,omitempty"`
	// LeftOut are the closed months whose weeks leave some out before
	// their last entered (an export that starts on the 22nd): those weeks
	// count at their plan, in_left_out in all, and the month's goal
	// to date is its share for the others (the month's share).
	LeftOut   []RefitWeeks `json:"left_out_weeks,omitempty"`
	InLeftOut float64      `json:"in_left_out,omitempty"`
	// CatchUp is what the months left take, KPI by KPI, at the pace and
	// the rates seen so far: the page's table of it, exact (left out when
	// no pace can, or the goal is met).
	CatchUp []RefitCatchUp `json:"catch_up,omitempty"`
	// DoneCovers reports that the months left land what is still needed
	// with none of the activity solved for (activity already done, or the
	// plan's other KPIs): none is needed from now on, and catch_up is out.
	DoneCovers bool `json:"done_covers,omitempty"`
}

// RefitCatchUp is one KPI's need over the months left: in all, and per
// period (month, week, day, and the rep's day, week or month as the
// required table's keys), beside the plan's month.
type RefitCatchUp struct {
	Node      string             `json:"node"`
	Left      float64            `json:"left"`
	Per       map[string]float64 `json:"per"`
	PlanMonth float64            `json:"plan_month"`
}

// RefitWeeks is the weeks of a closed month without actuals.
type RefitWeeks struct {
	Month string  `json:"month"` // 2026-09, or 9 in a plan without a year
	Weeks []int   `json:"weeks"` // weeks of the month: days 1–7, 8–14, …
	Share float64 `json:"share"` // of the month's working days
	Plan  float64 `json:"plan"`  // the goal node's plan over them
}

// RefitEntry is one actual as the scenario file writes it.
type RefitEntry struct {
	Month string  `json:"month"` // 2026-04, or 4 in a plan without a year
	Week  int     `json:"week,omitempty"`
	Node  string  `json:"node"`
	Value float64 `json:"value"`
}

// RefitStep is one funnel step, planned against observed.
type RefitStep struct {
	Lever    string  `json:"lever"`
	Node     string  `json:"node"`
	From     string  `json:"from,omitempty"`
	Planned  float64 `json:"planned"`
	Observed float64 `json:"observed"`
	Ratio    float64 `json:"ratio"`
	// AtMost marks a lever the goal falls by as it rises (a churn rate):
	// a ratio above 1 is the shortfall.
	AtMost bool `json:"at_most,omitempty"`
}

// RefitMonth is the goal node in one plan month: an actual or the plan's.
type RefitMonth struct {
	Year   int  `json:"year,omitempty"`
	Month  int  `json:"month"`
	Actual bool `json:"actual"`
	// Estimated: no actual of the goal node, its value made from the
	// actuals below it at the plan's other values.
	Estimated bool `json:"estimated,omitempty"`
	// Missing: a closed month with no actual of the goal node; Value is
	// the plan's, not counted as actual.
	Missing bool `json:"missing,omitempty"`
	// FromDone: a month to come landing activity already done (its
	// actuals) at the rates seen so far; Value is that, not the plan's.
	FromDone bool    `json:"from_done,omitempty"`
	Value    float64 `json:"value"`
	Goal     float64 `json:"goal"`
	// Share: a closed month with weeks, the share of its working days its
	// value stands for (graded against that share of goal); omitted for a
	// whole month.
	Share float64 `json:"share,omitempty"`
}

// writeRefitCSV writes the re-forecast with -csv: a row per plan month,
// the columns -json's months hold (a flag as true or false, a month's
// share empty when it is whole), then what the forecast counts of the
// month beyond its value (plan: weeks left out and the rest of a month in
// progress, at the plan), and the cumulative count and goal: the last
// cum_forecast is the forecast. The plan's own CSV without the actuals came
// out before, with nothing said: a script re-forecasting each month to CSV
// got the plan.
func writeRefitCSV(w io.Writer, r *RefitReport, rf *forecast.Reforecast) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"year", "month", "actual", "estimated", "missing", "from_done", "share", "value", "beside", "goal", "cum_forecast", "cum_goal"})
	f, b := i18n.Plain, strconv.FormatBool
	cum, cumGoal := 0.0, 0.0
	for k, m := range r.Months {
		beside := 0.0
		if k < rf.Closed {
			beside = rf.LeftOutValue[k]
		}
		if k == rf.Closed-1 {
			beside += rf.Rest
		}
		cum, cumGoal = cum+m.Value+beside, cumGoal+m.Goal
		share, year := "", ""
		if m.Share > 0 {
			share = f(m.Share)
		}
		if m.Year != 0 {
			year = strconv.Itoa(m.Year)
		}
		cw.Write([]string{year, strconv.Itoa(m.Month), b(m.Actual), b(m.Estimated), b(m.Missing), b(m.FromDone), share,
			f(m.Value), f(beside), f(m.Goal), f(cum), f(cumGoal)})
	}
	cw.Flush()
	return cw.Error()
}

// readActuals reads an -actuals file into s: a CRM export (CSV, any name)
// through the importer, each problem written to stderr with its row and
// column in language l, then what it read at a header's unit and what it
// added up (report.ImportNotes); good rows are kept. Without a year in the plan,
// or with one none of them falls in, the actuals' dates give it one
// (scenario.GuessStartYear).
func readActuals(s *scenario.Scenario, path string, l i18n.Lang, stderr io.Writer) error {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usageError(l.T("cli.actuals_missing"), path)
	case err != nil:
		return usageError(l.T("cli.actuals_unreadable"), path)
	}
	data, _ = actuals.FromShiftJIS(data, shiftJIS)
	res, a := s.ImportCSV(data)
	for _, p := range res.Problems {
		fmt.Fprintf(stderr, "%s: %s\n", path, report.Problem(l, p))
	}
	if notes := report.ImportNotes(l, res, s.ImportNodes()); notes != "" { // 受注金額（千円） read ×1,000, rows added up, said
		fmt.Fprintf(stderr, "%s: %s\n", path, notes)
	}
	if len(a) == 0 {
		return usageError(l.T("cli.actuals_none"), path)
	}
	if note := report.KeptNote(l, s.Actuals, a, res.Left); note != "" { // the scenario's, or an -actuals before: months this file leaves as they were
		fmt.Fprintf(stderr, "%s: %s\n", path, note)
	}
	if err := s.SetActuals(scenario.MergeActuals(s.Actuals, a)); err != nil {
		return usageError("-actuals %s: %s", path, oneLine(answerError(s, l, err)))
	}
	if note := report.UnderTotalNote(l, s.Actuals, a); note != "" { // weeks under a month total, which counts
		fmt.Fprintf(stderr, "%s: %s\n", path, note)
	}
	s.GuessStartYear()
	return nil
}

func refitReport(rf *forecast.Reforecast) *RefitReport {
	p := rf.Answer.Plan
	m := p.Model
	r := &RefitReport{Closed: rf.Closed, PartialWeek: rf.PartialWeek, ActualToDate: rf.ActualToDate, GoalToDate: rf.GoalToDate, Achievement: rf.Achievement,
		Forecast: rf.Forecast, Goal: rf.Goal, Gap: rf.Gap, Remaining: rf.Remaining, Pace: rf.Pace, PaceOK: rf.PaceOK,
		Ceiling: rf.Ceiling, Over: rf.Over, Trials: rf.Trials, Steps: []RefitStep{}}
	if rf.Trials > 0 {
		r.ProbGoal = &rf.ProbGoal
	}
	if rf.Open > 0 {
		r.Done = rf.Done
	}
	if !rf.Today.IsZero() {
		r.AsOf, r.PartialDay = rf.Today.Format(time.DateOnly), rf.PartialDay
	}
	for _, st := range rf.Steps {
		x := RefitStep{Lever: m.Node(st.Lever).ID, Node: m.Node(st.Node).ID, Planned: st.Planned, Observed: st.Observed, Ratio: st.Ratio, AtMost: st.Falls}
		if st.From >= 0 {
			x.From = m.Node(st.From).ID
		}
		r.Steps = append(r.Steps, x)
	}
	if rf.Leak >= 0 {
		r.Leak = r.Steps[rf.Leak].Lever
	}
	for _, x := range rf.Outside {
		month := strconv.Itoa(int(x.Month))
		if x.Year != 0 {
			month = fmt.Sprintf("%04d-%02d", x.Year, int(x.Month))
		}
		r.Outside = append(r.Outside, RefitEntry{Month: month, Week: x.Week, Node: x.Node, Value: x.Value})
	}
	g := m.Goal()
	for k, mo := range p.Months {
		x := RefitMonth{Year: mo.Year, Month: int(mo.Month), Actual: k < rf.Closed && rf.Has[k][g], Estimated: k < rf.Closed && rf.Derived[k][g],
			Missing: slices.Contains(rf.Missing, k), FromDone: rf.FromDone[k], Value: rf.Value[k][g], Goal: mo.Goal}
		if rf.Share(k) < 1 {
			x.Share = rf.Share(k)
		}
		r.Months = append(r.Months, x)
		if weeks := rf.MissingWeeks(k); weeks != nil {
			r.LeftOut = append(r.LeftOut, RefitWeeks{Month: monthKey(mo), Weeks: weeks, Share: rf.LeftOut[k], Plan: rf.LeftOutValue[k]})
		}
	}
	for _, k := range rf.Missing {
		r.Missing = append(r.Missing, monthKey(p.Months[k]))
	}
	for _, k := range rf.Ahead {
		r.Ahead = append(r.Ahead, monthKey(p.Months[k]))
	}
	r.InMissing = rf.InMissing
	r.InLeftOut = rf.InGaps
	r.DoneCovers = rf.Left != nil && rf.Left.Done
	if c := report.NewRefit(rf, i18n.En, "").CatchUp; c != nil {
		for _, row := range c.Rows {
			x := RefitCatchUp{Node: row.ID, Left: row.Total.Exact, Per: map[string]float64{}, PlanMonth: row.Plan.Exact}
			for _, f := range row.Figures {
				x.Per[f.Period] = f.Exact
			}
			r.CatchUp = append(r.CatchUp, x)
		}
	}
	return r
}

// monthKey is a plan month as the scenario file writes it: 2026-09, or 9
// in a plan without a year.
func monthKey(mo forecast.Month) string {
	if mo.Year != 0 {
		return fmt.Sprintf("%04d-%02d", mo.Year, int(mo.Month))
	}
	return strconv.Itoa(int(mo.Month))
}

// heads are a table's column heads from the catalog's keys, as the CLI's
// tables write them (upper); "" is a column without a head.
func heads(l i18n.Lang, keys ...string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		if k != "" {
			out[i] = upper(l, l.T(k))
		}
	}
	return out
}

// refitTable writes the re-forecast as the page's "year so far" does.
// Without a Monte Carlo run (-trials 0) it says so where the chance would
// be, and that leaving -trials out runs trials of them.
func refitTable(w io.Writer, rf *forecast.Reforecast, l i18n.Lang, cur string, trials int) {
	t := report.NewRefit(rf, l, cur)
	fmt.Fprintf(w, "\n%s\n\n", l.T("refit.title"))
	// Heads in capitals in English, as the plan's table above them (the
	// page's words: "MONTH … GOAL TO DATE", not "Month … Goal to date").
	rows := [][]string{heads(l, "refit.month", "refit.goal", "refit.value", "", "refit.cum", "refit.cum_goal", "refit.rate")}
	for _, mo := range t.Months {
		rows = append(rows, []string{mo.Label, mo.Goal, mo.Value, mo.Kind, mo.Cum, mo.CumGoal, mo.Rate})
	}
	printTable(w, rows, 1, fit{labels: 1, repeat: 1}) // within the width: a long month wraps, a table wider still in parts, each with the months
	fmt.Fprintln(w)
	lines := []string{fmt.Sprintf(punct(l, "%s: %s / %s %s (%s %s)"), l.T("refit.forecast"), t.Forecast, l.T("forecast.goal"), t.Goal, l.T("refit.gap"), t.Gap)}
	if t.Partial != "" {
		lines = append(lines, t.Partial)
	}
	if t.Needed != "" { // no month left: nothing is still needed
		lines = append(lines, fmt.Sprintf("%s: %s", t.Needed, t.Remaining))
	}
	if len(rf.Missing) < rf.Closed { // no month closed with actuals (every actual outside the plan): no achievement to date
		lines = append([]string{fmt.Sprintf(punct(l, "%s: %s (%s %s / %s %s)"), l.T("refit.achievement"), t.Achievement, t.ToDateLabel, t.ToDate,
			t.GoalToDateLabel, t.GoalToDate)}, lines...)
	}
	if t.Missing != "" {
		lines = append([]string{t.Missing}, lines...)
	}
	if t.Ahead != "" {
		lines = append([]string{t.Ahead}, lines...)
	}
	if t.Impossible != "" {
		lines = append([]string{t.Impossible}, lines...)
	}
	if t.Beyond != "" {
		lines = append([]string{t.Beyond}, lines...)
	}
	if t.FromDone != "" {
		lines = append([]string{t.FromDone}, lines...)
	}
	if t.Estimated != "" {
		lines = append([]string{t.Estimated}, lines...)
	}
	if t.Outside != "" {
		lines = append([]string{t.Outside}, lines...)
	}
	if t.PaceLine != "" {
		lines = append(lines, t.PaceText())
	}
	if rf.Trials > 0 {
		lines = append(lines, fmt.Sprintf(punct(l, "%s: %s (%s)"), l.T("refit.prob"), t.Prob, fmt.Sprintf(l.T("refit.trials"), i18n.Number(float64(rf.Trials), 0))))
	} else {
		lines = append(lines, fmt.Sprintf(l.T("cli.refit_no_run"), i18n.Count(float64(trials))))
	}
	writeProse(w, lines...)
	if c := t.CatchUp; c != nil {
		catchUpTable(w, l, c)
	}
	if len(t.Steps) > 0 {
		fmt.Fprintf(w, "\n%s\n\n", l.T("refit.steps"))
		rows := [][]string{heads(l, "refit.step", "refit.path", "refit.planned", "refit.observed", "refit.ratio", "")}
		for _, st := range t.Steps {
			mark := ""
			if st.Leak {
				mark = "◀"
			}
			rows = append(rows, []string{st.Label, st.From, st.Planned, st.Observed, st.Ratio, mark})
		}
		printTable(w, rows, 2, fit{labels: 2, repeat: 1}) // a step and its path: long labels wrap; a table wider still in parts, each with the step
		fmt.Fprintln(w)
		writeProse(w, t.LeakLine) // wrapped as the lines above (up to 177 columns with a weekly export)
		if t.Unmeasured != "" {
			writeProse(w, t.Unmeasured)
		}
		if t.StepsLag != "" {
			writeProse(w, t.StepsLag)
		}
	}
}

// catchUpTable writes what the months left take, KPI by KPI, as the
// page's year so far does.
func catchUpTable(w io.Writer, l i18n.Lang, c *report.CatchUp) {
	fmt.Fprintf(w, "\n%s\n\n", c.Head)
	head := []string{""}
	for _, col := range c.Columns {
		head = append(head, upper(l, col))
	}
	rows := [][]string{head}
	for _, r := range c.Rows {
		row := []string{r.Label, r.Total.Text}
		for _, f := range r.Figures {
			row = append(row, f.Text)
		}
		rows = append(rows, append(row, r.Plan.Text, r.Ratio))
	}
	printTable(w, rows, 1, fit{labels: 1, repeat: 1})
	if c.Note != "" {
		fmt.Fprintln(w)
		writeProse(w, c.Note)
	}
}

// shiftJIS is golang.org/x/text's Shift_JIS decoder, for the exports
// Japanese Excel and kintone save (actuals.FromShiftJIS); a byte it does not
// map decodes to U+FFFD, which FromShiftJIS refuses. The page decodes with
// the browser's TextDecoder instead (app/ui/actuals_file.go).
func shiftJIS(b []byte) ([]byte, error) { return sjis.ShiftJIS.NewDecoder().Bytes(b) }
