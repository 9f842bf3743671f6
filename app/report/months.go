package report

import (
	"fmt"
	"math"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// MonthRow is one month of the plan as a table shows it: the target's
// planned and required activity (the requirement after the rounding policy,
// per month and per rep per working day) and the goal node's revenue.
type MonthRow struct {
	Month    forecast.Month
	Label    string // MonthName
	Planned  string
	Required string // "" when the month needs nothing
	PerRep   string // an activity target only: per rep in its span (a working day, a week, a month), as the headline
	Revenue  string
	Cum      string
	CumGoal  string
}

// MonthHeads names the goal's three columns of the monthly plan, what
// lands in the month, its running total and the running goal, in the
// goal's own words (GoalName): 受注件数, 累計（受注件数）; ARR純増,
// 累計（ARR純増）, so a count goal or net new ARR never reads as revenue.
// A goal named as the catalog names revenue keeps its one word, 累計売上.
func (t *Table) MonthHeads() (month, cumulative, cumGoal string) {
	l := t.Format.Lang
	if t.GoalName == l.T("months.revenue") {
		return t.GoalName, l.T("months.cumulative"), l.T("months.cum_goal")
	}
	return t.GoalName, fmt.Sprintf(l.T("months.cumulative_of"), t.GoalName), l.T("months.cum_goal")
}

// PerRepHead names the column of the month's need per rep, in the
// target's span: 必要（1人1日）, 必要（1人1週）, 必要（1人1か月）; key is the
// catalog's prefix ("months.per_rep_" for the page, "fc.per_rep_" for the
// CLI's table).
func (t *Table) PerRepHead(key string) string {
	n := t.Answer.Tree.Model.Node(t.Answer.Plan.Target)
	return t.Format.Lang.T(key + n.Per.String())
}

// Months lists the plan month by month. The months before the plan (the
// sales cycle's lead) are left out: with an ongoing pipeline they are
// history, and a new team does nothing in them (Lead says which months
// land in the plan's first).
func (t *Table) Months() []MonthRow {
	a := t.Answer
	plan := a.Plan
	m := a.Tree.Model
	gn := m.Node(m.Goal())
	target := m.Node(plan.Target)
	f := t.Format
	row := func(mo forecast.Month) MonthRow {
		r := MonthRow{Month: mo, Label: MonthName(f.Lang, mo), Planned: f.Node(target, mo.Planned, kpi.Month)}
		if mo.Required > 0 {
			r.Required = f.Node(target, need(a, f, plan.Target, mo.Required, kpi.Month), kpi.Month)
			if target.Activity {
				r.PerRep = f.Node(target, need(a, f, plan.Target, mo.RequiredPerRepDay, kpi.RepDay), kpi.RepDay)
				if target.Per != kpi.PerDay {
					r.PerRep = f.Node(target, spanRound(a, f, plan.Target, mo.RequiredPerRepDay*m.Calendar().Days(target.Per)), kpi.Day)
				}
			}
		}
		r.Revenue, r.Cum, r.CumGoal = f.Node(gn, mo.Revenue, kpi.Year), f.Node(gn, mo.CumRevenue, kpi.Year), f.Node(gn, mo.CumGoal, kpi.Year)
		return r
	}
	out := make([]MonthRow, 0, len(plan.Months))
	for _, mo := range plan.Months {
		out = append(out, row(mo))
	}
	return out
}

// Lead says how many months before the plan land in it, from when
// ("With the sales cycle, activity in the 3 months before the plan (from
// Jan) lands at its start."), or "" without a sales cycle. A new
// team does nothing before the plan: its activity from the start lands
// LagMonths later ("With the sales cycle, a new team's activity lands 3
// months later: what it does from Apr lands from Jul.").
func (t *Table) Lead() string {
	plan := t.Answer.Plan
	if len(plan.Lead) == 0 {
		return ""
	}
	l := t.Format.Lang
	if plan.Config.NewTeam {
		lag := len(plan.Lead)
		return fmt.Sprintf(l.T("goal.lead_new"), l.Months(lag), MonthName(l, plan.Months[0]), MonthName(l, plan.Months[lag]), t.GoalName)
	}
	lead := fmt.Sprintf(l.T("goal.lead"), l.Months(len(plan.Lead)), MonthName(l, plan.Lead[0]), t.GoalName)
	if need := t.leadNeed(); need != "" {
		// What those months need, part of the year's requirement: the
		// monthly plan's rows, from the plan's first month, added up to
		// less than the required table's year, and the months that make
		// the difference were named nowhere but in the CSV.
		lead += l.SentenceSep() + need
	}
	return lead
}

// leadNeed says what the months before the plan need of the target, in
// the year's requirement: 「この期間も架電数が月5,209件必要で、年間の必要量
// 62,500件に含まれます。」; a range when they differ. "" when they need
// nothing.
func (t *Table) leadNeed() string {
	a, f := t.Answer, t.Format
	target := a.Tree.Model.Node(a.Plan.Target)
	if len(a.Plan.Lead) == 0 {
		return ""
	}
	// The least and the most a month needs: the seasons move it.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, mo := range a.Plan.Lead {
		if mo.Required <= 0 {
			return ""
		}
		lo, hi = min(lo, mo.Required), max(hi, mo.Required)
	}
	text := func(v float64) string { // 67件: a count with its counter
		return f.Goal(target, need(a, f, a.Plan.Target, v, kpi.Month), kpi.Month)
	}
	month := text(lo)
	if h := text(hi); h != month {
		month += f.Lang.RangeSep() + h
	}
	year, ok := a.Required(a.Plan.Target, kpi.Year)
	if !ok {
		return ""
	}
	return fmt.Sprintf(f.Lang.T("goal.lead_need"), month, target.Label.In(string(f.Lang)), f.Goal(target, need(a, f, a.Plan.Target, year, kpi.Year), kpi.Year))
}

// Needed writes goal seek's answer (forecast.NeededAlone) for its lever on
// the side that meets the goal, whatever the rounding policy: goal seek
// names the value that alone meets it, and a value rounded to the nearest
// step may not (0.5487 reps, rounded to the nearest tenth, read 0.5, and
// 0.5 reps forecast ¥21,870,000 of a ¥24,000,000 goal). An activity reads
// per rep per day at its span's resolution (0.8333 meetings read 0.9), the
// headcount with a tenth (10.42 reps read 10.5), a rate or an amount on
// the grid its figure is written on (26.0417 % reads 26.05 %); a lever the
// goal falls with (a churn, a cost) is taken down instead (5.4667 % reads
// 5.46 %). The headline's own lever reads as the headline, under any
// policy. It writes the exact value Needed, even outside the lever's range.
func (t *Table) Needed(sk *forecast.Seek) string {
	m := t.Answer.Tree.Model
	i, ok := m.Index(sk.Lever)
	if !ok {
		// The headcount: whole reps under round-up, as the Reps field
		// steps (a trainer was told 10.5 reps and asked what half a rep
		// is); tenths, an FTE, at or above the value needed otherwise.
		per := kpi.Resolution(kpi.RepDay)
		if t.Answer.Rounding == kpi.RoundCeil {
			per = 1
		}
		return i18n.Number(meets(sk, per), 1)
	}
	n := m.Node(i)
	if i == t.Answer.Target {
		// The headline's own question: it reads as the headline, under the
		// policy the user chose (1.64 calls, rounded to the nearest, 1.6
		// in both; a close rate solved for, 21.5632 %, 21.56 % in both, where
		// the sensitivity table's needed alone read 21.57 % under the
		// title's 21.56 %), or one figure would read two ways.
		return t.Need(sk.Needed)
	}
	if n.Activity {
		return t.Format.Node(n, meets(sk, kpi.Resolution(n.Per.Period())), kpi.RepDay)
	}
	return t.Format.Node(n, t.Format.Toward(n, sk.Needed, kpi.Year, !sk.Falling), kpi.Year)
}

// meets is goal seek's value at the resolution per (10 for tenths) on the
// side that meets the goal: up, or down for a lever the goal falls with.
func meets(sk *forecast.Seek, per float64) float64 {
	if sk.Falling {
		return kpi.RoundCeil.ApplyUpper(sk.Needed, per)
	}
	return kpi.RoundCeil.ApplyTo(sk.Needed, per)
}

// Unreached says why goal seek (forecast.NeededAlone) cannot meet the goal
// with its lever alone, the one wording the page's goal seek and the CLI's
// tables share: the value needed beyond the activity's ceiling (calls
// needing 104.2 a day over a ceiling of 100, though their range runs to
// 200), beyond the range's maximum, or, for a lever the goal falls with,
// under its minimum; or, when no value would do, that none in the range
// does.
type Unreached struct {
	Needed string // the value needed, as Needed writes it; "" when no value meets the goal
	Reason string // for a sentence: "over its ceiling of 100", 「上限の100を超えます」
	Cell   string // for a table: "104.2 > ceiling 100", 「104.2（上限100超）」
}

// Unreached writes why sk, a goal seek that is not Reachable, is not.
func (t *Table) Unreached(sk *forecast.Seek) Unreached {
	l := t.Format.Lang
	val := func(v float64) string {
		m := t.Answer.Tree.Model
		i, ok := m.Index(sk.Lever)
		switch {
		case !ok: // the headcount
			return i18n.Number(v, 1)
		case m.Node(i).Activity:
			return t.Format.Node(m.Node(i), v, kpi.RepDay)
		}
		return t.Format.Node(m.Node(i), v, kpi.Year)
	}
	key, limit := "", 0.0
	switch {
	case sk.Needed == 0 || math.IsNaN(sk.Needed) || math.IsInf(sk.Needed, 0):
	case sk.Falling && sk.Needed < sk.Min:
		key, limit = "unreached.min", sk.Min
	case !sk.Falling && sk.Needed > sk.Max && sk.Ceiling:
		key, limit = "unreached.ceiling", sk.Max
	case !sk.Falling && sk.Needed > sk.Max:
		key, limit = "unreached.max", sk.Max
	}
	if key == "" {
		return Unreached{Reason: fmt.Sprintf(l.T("unreached.range"), val(sk.Min), val(sk.Max)), Cell: l.T("fc.not_in_range")}
	}
	needed := t.Needed(sk)
	return Unreached{Needed: needed, Reason: fmt.Sprintf(l.T(key), val(limit)), Cell: fmt.Sprintf(l.T(key+"_cell"), needed, val(limit))}
}
