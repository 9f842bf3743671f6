package report_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// What the months left take reads as the lines above it: the goal's
// total is the still-needed figure, the activity's rep column the pace,
// and each period divides the total over the months it falls in.
func TestCatchUp(t *testing.T) {
	behind := "Month,Calls,First meetings,Opportunities,Deals won,Revenue\n" +
		"2026-04,7400,148,22,6,6000000\n2026-05,7900,158,24,6,6000000\n2026-06,7600,152,23,5,5000000\n"
	// Field sales, a 3-month cycle, stated a rep a week: behind from June.
	fieldBehind := "Month,Opportunities,Deals won,Revenue\n" +
		"2026-04,67,16,24000000\n2026-05,67,16,24000000\n2026-06,50,10,15000000\n2026-07,50,10,15000000\n"
	for _, tc := range []struct {
		name, preset, csv string
		rows              []string // the path's KPIs, in tree order
		note, pace        string   // in the English note and pace line
	}{
		{"outbound, behind", "outbound", behind, []string{"revenue", "deals", "opportunities", "first_meetings", "calls"}, "", "From now on, calls: "},
		{"field sales, a rep's week", "field-sales", fieldBehind, []string{"revenue", "deals", "meetings"},
			"activity counts to Dec 2026", "From now on, opportunities: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, rf := refitOf(t, tc.preset, tc.csv)
			for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
				r := report.NewRefit(rf, l, "JPY")
				c := r.CatchUp
				if c == nil {
					t.Fatalf("%s: no table; pace line %q", l, r.PaceLine)
				}
				if len(c.Columns) != 7 || len(c.Periods) != 4 {
					t.Errorf("%s: columns %q", l, c.Columns)
				}
				var ids []string
				for _, row := range c.Rows {
					ids = append(ids, row.ID)
				}
				if strings.Join(ids, " ") != strings.Join(tc.rows, " ") {
					t.Fatalf("%s: rows %v, want %v", l, ids, tc.rows)
				}
				if got := c.Rows[0].Total.Text; got != r.Remaining {
					t.Errorf("%s: the goal's total %q, still needed %q", l, got, r.Remaining)
				}
				act := c.Rows[len(c.Rows)-1]
				if got := act.Figures[3].Text; got != r.Pace {
					t.Errorf("%s: the activity's rep column %q, the pace %q", l, got, r.Pace)
				}
				left := rf.Left.Land
				span := 1.0 // the rep column's working days: a day's, a week's
				if c.Periods[3] == kpi.RepWeek {
					span = rf.Answer.Tree.Model.Calendar().Days(kpi.PerWeek)
				}
				for _, row := range c.Rows {
					if row.Activity {
						left = rf.Left.Work
					} else {
						left = rf.Left.Land
					}
					month := row.Figures[0]
					if math.Abs(month.Exact*left.Months-row.Total.Exact) > 1e-6*math.Max(1, row.Total.Exact) {
						t.Errorf("%s %s: %v a month over %v months is not %v", l, row.ID, month.Exact, left.Months, row.Total.Exact)
					}
					// Every row's rep column is in the column's span: a
					// week's revenue read a day's under "rep / week".
					if rep := row.Figures[3].Exact; math.Abs(rep/span*left.Units-row.Total.Exact) > 1e-6*math.Max(1, row.Total.Exact) {
						t.Errorf("%s %s: %v a rep in %s over %v rep-days is not %v", l, row.ID, rep, c.Columns[4], left.Units, row.Total.Exact)
					}
					if row.Plan.Text == "" || row.Plan.Period != kpi.Month.String() {
						t.Errorf("%s %s: plan %+v", l, row.ID, row.Plan)
					}
					for _, f := range append(row.Figures, row.Total) {
						if strings.Contains(f.Text, "NaN") || strings.Contains(f.Text, "Inf") || strings.HasPrefix(f.Text, "-") {
							t.Errorf("%s %s: %q", l, row.ID, f.Text)
						}
					}
				}
				if l == i18n.En && (!strings.Contains(c.Note, tc.note) || !strings.Contains(r.PaceLine, tc.pace)) {
					t.Errorf("note %q, pace line %q; want %q, %q", c.Note, r.PaceLine, tc.note, tc.pace)
				}
			}
		})
	}
}

// No table when nothing is needed: the goal met by the actuals.
func TestCatchUpGoalMet(t *testing.T) {
	_, rf := refitOf(t, "outbound", "Month,Revenue\n2026-04,120000000\n")
	if r := report.NewRefit(rf, i18n.En, "JPY"); r.CatchUp != nil || r.PaceLine != "The goal is already met." {
		t.Errorf("table %v, pace line %q", r.CatchUp, r.PaceLine)
	}
}

// FuzzCatchUp: whatever actuals a file holds, what the months left take
// has no NaN, Inf or negative figure, its goal row reads the still-needed
// line and its activity's rep figure the pace, in both languages.
func FuzzCatchUp(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "actuals", "*.csv"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, false)
	}
	f.Add([]byte("Month,Opportunities,Deals won,Revenue\n2026-09,250,16,24000000\n2026-10,0,0,0\n"), true)
	presets := map[bool]*scenario.Scenario{false: in2026(f, "outbound"), true: in2026(f, "field-sales")}
	f.Fuzz(func(t *testing.T, data []byte, field bool) {
		s := presets[field].Clone()
		_, a := s.ImportCSV(data)
		if s.SetActuals(a) != nil {
			return
		}
		rf, err := s.RefitOn(time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), forecast.NoRun)
		if err != nil {
			return
		}
		for _, l := range i18n.Langs {
			r := report.NewRefit(rf, l, "JPY")
			c := r.CatchUp
			if c == nil {
				continue
			}
			if c.Rows[0].Total.Text != r.Remaining {
				t.Fatalf("%s: the goal's total %q, still needed %q", l, c.Rows[0].Total.Text, r.Remaining)
			}
			for _, row := range c.Rows {
				for _, fg := range append(row.Figures, row.Total, row.Plan) {
					if math.IsNaN(fg.Exact) || math.IsInf(fg.Exact, 0) || fg.Exact < 0 || strings.HasPrefix(fg.Text, "-") || strings.Contains(fg.Text, "NaN") {
						t.Fatalf("%s %s %s: %v %q", l, row.ID, fg.Period, fg.Exact, fg.Text)
					}
				}
				if row.ID == rf.Answer.Tree.Model.Node(rf.Answer.Target).ID && row.Figures[3].Text != r.Pace {
					t.Fatalf("%s: the activity's rep figure %q, the pace %q", l, row.Figures[3].Text, r.Pace)
				}
			}
		}
	})
}

// The review's column of what each KPI needs from now on is the months
// left's table's month (a week in the weekly review), for the counts it
// has a row for; a rate has none.
func TestReviewAhead(t *testing.T) {
	csv := "Month,Week,Calls,First meetings,Opportunities,Deals won,Revenue\n" +
		"2026-04,,7400,148,22,6,6000000\n2026-05,,7900,158,24,6,6000000\n2026-06,1,1800,36,5,1,1000000\n"
	s, rf := refitOf(t, "outbound", csv)
	for _, weekly := range []bool{false, true} {
		for _, l := range i18n.Langs {
			c := report.NewRefit(rf, l, "JPY").CatchUp
			rv := report.NewReview(rf, s.Actuals, weekly, l, "JPY")
			col := 0
			if weekly {
				col = 1
			}
			want := map[string]string{}
			for _, r := range c.Rows {
				want[r.Label] = r.Figures[col].Text
			}
			n := 0
			for _, r := range rv.Rows {
				if r.Ahead != want[r.Label] {
					t.Errorf("%s weekly %v: %s needs %q from now, the table %q", l, weekly, r.Label, r.Ahead, want[r.Label])
				}
				if r.Ahead != "" {
					n++
				}
			}
			if n < 2 || rv.AheadHead == "" || !strings.Contains(rv.Legend, rv.AheadHead[:3]) {
				t.Errorf("%s weekly %v: %d rows with a need, head %q, legend %q", l, weekly, n, rv.AheadHead, rv.Legend)
			}
		}
	}
}

// When the months left need none of the activity solved for, no table is
// shown, and the pace line says why: with a sales cycle, activity already
// done lands what is still needed (field sales: nearly four times the
// opportunities from September).
func TestCatchUpNoneNeeded(t *testing.T) {
	ahead := "Month,Opportunities,Deals won,Revenue\n" +
		"2026-04,67,16,24000000\n2026-05,67,16,24000000\n2026-06,67,16,24000000\n2026-07,67,16,24000000\n2026-08,67,16,24000000\n" +
		"2026-09,250,16,24000000\n2026-10,250,16,24000000\n2026-11,250,16,24000000\n"
	_, rf := refitOf(t, "field-sales", ahead)
	for _, c := range []struct {
		lang i18n.Lang
		pace string
	}{
		{i18n.Ja, "これまでの行動から着地する分で残りの必要額をまかなえるため、目標のために商談数を増やす必要はありません"},
		{i18n.En, "the activity already done lands what is still needed, so the goal needs no more opportunities"},
	} {
		r := report.NewRefit(rf, c.lang, "JPY")
		if r.CatchUp != nil || !strings.Contains(r.PaceLine, c.pace) {
			t.Errorf("%s: table %v, pace line %q; want none and %q", c.lang, r.CatchUp != nil, r.PaceLine, c.pace)
		}
	}
}

// The plan's month beside the months left is what the plan needed of the
// same months, as the review's targets read each: the goal's seasons (a
// March three times a month's, a December twice) and the activity's
// schedule with five hires from December. So the activity's ratio is the
// pace line's (57.6 against the plan's 36.4 a rep a day), and the goal's
// the still-needed figure against those months' goals. The required
// table's flat month had read calls at 200 % of plan beside a pace at
// 158 %.
func TestCatchUpPlanLeft(t *testing.T) {
	s := in2026(t, "outbound")
	s.Forecast.Seasonality = []float64{100, 100, 300, 100, 100, 100, 100, 100, 100, 100, 100, 200}
	s.Forecast.Hires = []forecast.Hire{{Month: 9, Count: 5, RampMonths: 2}}
	rf := refitWith(t, s, "Month,Calls,First meetings,Opportunities,Deals won,Revenue\n"+
		"2026-04,7400,148,22,6,6000000\n2026-05,7900,158,24,6,6000000\n2026-06,7600,152,23,5,5000000\n"+
		"2026-07,8100,162,24,6,6000000\n2026-08,6900,138,21,5,5000000\n2026-09,7700,154,23,6,6000000\n"+
		"2026-10,7800,156,23,6,6000000\n2026-11,7500,150,22,6,6000000\n")
	c := report.NewRefit(rf, i18n.En, "JPY").CatchUp
	if c == nil || rf.Closed != 8 {
		t.Fatalf("no table (closed %d)", rf.Closed)
	}
	p := rf.Answer.Plan
	goals := 0.0 // the months left's goals
	for k := 8; k < 12; k++ {
		goals += p.Months[k].Goal
	}
	calls, revenue := c.Rows[len(c.Rows)-1], c.Rows[0]
	if got, want := calls.Figures[0].Exact/calls.Plan.Exact, rf.Pace/rf.PacePlanned; math.Abs(got-want) > 1e-9 {
		t.Errorf("calls at %v of the plan's month %v; the pace line's ratio is %v", got, calls.Plan.Exact, want)
	}
	// Revenue's plan is what the schedule lands, as the funnel's rows are:
	// at the plan's price, revenue and deals read one ratio.
	deals := c.Rows[1]
	if got, want := revenue.Figures[0].Exact/revenue.Plan.Exact, deals.Figures[0].Exact/deals.Plan.Exact; math.Abs(got-want) > 1e-9 {
		t.Errorf("revenue at %v of plan, deals at %v", got, want)
	}
	if flat := 100_000_000.0 / 12; math.Abs(revenue.Plan.Exact-flat) < 1 || math.Abs(revenue.Plan.Exact-goals/4) < 1 {
		t.Errorf("revenue's plan a month %v is the flat %v or the goals' %v, not the schedule's", revenue.Plan.Exact, flat, goals/4)
	}
}
