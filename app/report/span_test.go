package report_test

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/report"
)

// An activity stated per week or month has that span of one rep as a
// column of the required table, in place of one rep's day (the data keep
// both), and the headline's figure is the
// activity's own cell there: field sales' 「商談数 4.2件/人週」 had no cell
// in the table, whose last column read 0.9 a rep a day. The other rows
// divide into the span as into the day.
func TestSpanColumn(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		span         kpi.Period
		column       string
	}{
		{"a week, ja", "field-sales", i18n.Ja, kpi.RepWeek, "1人1週"},
		{"a week, en", "saas-revenue", i18n.En, kpi.RepWeek, "rep / week"},
		{"a month, ja", "inside-sales", i18n.Ja, kpi.RepMonth, "1人1か月"},
		{"a day: no column", "outbound", i18n.En, kpi.RepDay, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := table(t, c.preset, c.lang)
			has := slices.Contains(tb.Periods, kpi.RepWeek) || slices.Contains(tb.Periods, kpi.RepMonth)
			if c.span == kpi.RepDay {
				if has {
					t.Fatalf("columns %v: a week's or month's for an activity stated a day", tb.Periods)
				}
				return
			}
			if !slices.Contains(tb.Periods, c.span) || slices.Contains(tb.Periods, kpi.RepDay) || !slices.Contains(tb.DataPeriods(), kpi.RepDay) {
				t.Fatalf("columns %v (data %v): want %v in place of one rep's day", tb.Periods, tb.DataPeriods(), c.span)
			}
			if got := tb.PeriodName(c.span); got != c.column {
				t.Errorf("the column reads %q, want %q", got, c.column)
			}
			// The CSV carries the span's column, one rep's day beside it.
			var b strings.Builder
			if err := tb.WriteCSV(&b); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			col := func(name string) string {
				k := slices.Index(rows[0], name)
				for _, r := range rows[1:] {
					if k >= 0 && r[0] == tb.Head.Figure.Node {
						return r[k]
					}
				}
				return ""
			}
			if col("required_"+c.span.String()) == "" || col("required_rep_day") == "" {
				t.Errorf("the CSV's %s: required_%s %q, required_rep_day %q", tb.Head.Figure.Node, c.span, col("required_"+c.span.String()), col("required_rep_day"))
			}
			h := tb.Head.Figure
			f, ok := tb.Required(h.Node, c.span)
			if !ok || f.Text != h.Text || f.Exact != h.Exact || f.Period != h.Period {
				t.Errorf("the activity's cell %+v (%v), the headline's %+v", f, ok, h)
			}
			days := tb.Answer.Tree.Model.Calendar().Days(tb.Answer.Tree.Model.Node(tb.Answer.Target).Per)
			for _, r := range tb.Rows {
				if !r.OnPath || !r.Periodic() {
					continue
				}
				day, _ := tb.Answer.Required(r.Index, kpi.RepDay)
				if span, _ := tb.Answer.Required(r.Index, c.span); !near(span, day*days) {
					t.Errorf("%s: %v a rep's %v, %v a day × %v days", r.ID, span, c.span, day, days)
				}
			}
		})
	}
}

func near(a, b float64) bool { return a == b || a-b < 1e-9*b && b-a < 1e-9*b }

// FigureIn gives a row's requirement in one rep's week or month whatever
// the table's own span (the comparison lines scenarios of different spans
// up), the table's own cell where it has one, and nothing in a span for a
// row that splits into no periods.
func TestFigureIn(t *testing.T) {
	for _, c := range []struct {
		name, preset, node string
		period             kpi.Period
		ok                 bool
		text               string
	}{
		{"a day's activity in a week", "outbound", "calls", kpi.RepWeek, true, "208.4"},
		{"a day's activity in a month", "outbound", "calls", kpi.RepMonth, true, "833.4"},
		{"a week's activity in its own week", "field-sales", "meetings", kpi.RepWeek, true, ""},
		{"a rate in a week", "outbound", "close_rate", kpi.RepWeek, false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := table(t, c.preset, i18n.En)
			i := slices.IndexFunc(tb.Rows, func(r report.Row) bool { return r.ID == c.node })
			if i < 0 {
				t.Fatalf("no row %s", c.node)
			}
			r := &tb.Rows[i]
			f, ok := tb.FigureIn(r, c.period)
			if ok != c.ok {
				t.Fatalf("%s in %v: %+v, %v; want ok %v", c.node, c.period, f, ok, c.ok)
			}
			if !ok {
				return
			}
			own, has := r.Figure(c.period)
			if has && f != own {
				t.Errorf("the table's own cell %+v, FigureIn %+v", own, f)
			}
			day, _ := tb.Answer.Required(r.Index, kpi.RepDay)
			days := tb.Answer.Tree.Model.Calendar().Days(map[kpi.Period]kpi.Per{kpi.RepWeek: kpi.PerWeek, kpi.RepMonth: kpi.PerMonth}[c.period])
			if f.Period != c.period.String() || !near(f.Exact, day*days) || c.text != "" && f.Text != c.text {
				t.Errorf("%+v: want period %v, %v a day × %v days, text %q", f, c.period, day, days, c.text)
			}
		})
	}
}
