package kpi

import "fmt"

// Unit is what a node's value measures. The zero value is Number.
// New units are only ever appended, so stored scenarios keep their meaning.
type Unit uint8

const (
	Number   Unit = iota // a plain number
	Currency             // money, in the scenario's currency
	Count                // things counted: calls, meetings, deals
	Rate                 // a fraction in (0, 1], shown as a percentage
)

var unitNames = [...]string{"number", "currency", "count", "rate"}

func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return fmt.Sprintf("Unit(%d)", u)
}

// ParseUnit reads a unit name as written in scenario files.
func ParseUnit(s string) (Unit, error) {
	for i, n := range unitNames {
		if n == s {
			return Unit(i), nil
		}
	}
	return 0, fmt.Errorf("unknown unit %q (want number, currency, count or rate)", s)
}

// Op says how a node gets its value. The zero value is Lever.
type Op uint8

const (
	Lever      Op = iota // a value set by the user
	Product              // the product of its children (×)
	Sum                  // the sum of its children (+)
	Difference           // the first child minus the others (−)
	Ratio                // the first child divided by the others (÷)
)

var opNames = [...]string{"lever", "product", "sum", "difference", "ratio"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("Op(%d)", o)
}

// Symbol is the operator as drawn in a KPI tree: ×, +, − or ÷, empty for
// a lever.
func (o Op) Symbol() string {
	switch o {
	case Product:
		return "×"
	case Sum:
		return "+"
	case Difference:
		return "−"
	case Ratio:
		return "÷"
	}
	return ""
}

// Inverse is the operator that undoes o for a child after the first, as a
// trainer writes the backward step: ÷ for a product, − for a sum, + for a
// difference and × for a ratio.
func (o Op) Inverse() string {
	switch o {
	case Product:
		return "÷"
	case Sum:
		return "−"
	case Difference:
		return "+"
	case Ratio:
		return "×"
	}
	return ""
}

// ParseOp reads an operation name: product, sum, difference or ratio.
func ParseOp(s string) (Op, error) {
	for i, n := range opNames[1:] {
		if n == s {
			return Op(i + 1), nil
		}
	}
	return 0, fmt.Errorf("unknown operation %q (want product, sum, difference or ratio)", s)
}

// Cadence is how often a KPI is measured and reviewed: daily, weekly,
// monthly or quarterly. The zero value is CadenceNone (not stated). New
// cadences are only appended.
type Cadence uint8

const (
	CadenceNone      Cadence = iota
	CadenceDaily             // 日次
	CadenceWeekly            // 週次
	CadenceMonthly           // 月次
	CadenceQuarterly         // 四半期
)

var cadenceNames = [...]string{"", "daily", "weekly", "monthly", "quarterly"}

func (c Cadence) String() string {
	if int(c) < len(cadenceNames) {
		return cadenceNames[c]
	}
	return fmt.Sprintf("Cadence(%d)", c)
}

// ParseCadence reads daily, weekly, monthly or quarterly.
func ParseCadence(s string) (Cadence, error) {
	for i, n := range cadenceNames[1:] {
		if n == s {
			return Cadence(i + 1), nil
		}
	}
	return 0, fmt.Errorf("unknown cadence %q (want daily, weekly, monthly or quarterly)", s)
}

// Per is the span an activity lever's value is stated in, for one rep: a
// working day (the zero value), a week or a month. New spans are only
// appended.
type Per uint8

const (
	PerDay   Per = iota // per rep per working day
	PerWeek             // per rep per week
	PerMonth            // per rep per month
)

var perNames = [...]string{"day", "week", "month"}

func (p Per) String() string {
	if int(p) < len(perNames) {
		return perNames[p]
	}
	return fmt.Sprintf("Per(%d)", p)
}

// ParsePer reads day, week or month.
func ParsePer(s string) (Per, error) {
	for i, n := range perNames {
		if n == s {
			return Per(i), nil
		}
	}
	return 0, fmt.Errorf("unknown span %q (want day, week or month)", s)
}

// Period is the requirement period that matches the span: RepDay, Week
// or Month (the last two per rep).
func (p Per) Period() Period {
	switch p {
	case PerWeek:
		return Week
	case PerMonth:
		return Month
	}
	return RepDay
}

// RepPeriod is the period of one rep that matches the span: RepDay,
// RepWeek or RepMonth, the required table's column of an activity stated
// in it.
func (p Per) RepPeriod() Period {
	switch p {
	case PerWeek:
		return RepWeek
	case PerMonth:
		return RepMonth
	}
	return RepDay
}

// Label is a node's name in Japanese and English.
type Label struct {
	Ja, En string
}

// In returns the label in lang ("ja" or "en"), falling back to the other
// language when one is missing.
func (l Label) In(lang string) string {
	if lang == "ja" && l.Ja != "" || l.En == "" {
		return l.Ja
	}
	return l.En
}

// Node is one box of a KPI tree.
type Node struct {
	ID       string
	Label    Label
	Unit     Unit
	Op       Op
	Children []string // ids of the children of a computed node, in order (the first is a Difference's minuend, a Ratio's numerator)

	// Lever fields.
	Value    float64 // the lever's value; a fraction for rates
	Min, Max float64 // the lever's range; both zero means unbounded
	Step     float64 // the slider step, in the value's own scale
	Activity bool    // Value is per rep per working day, scaled to the plan
	Ceiling  float64 // activity only: the most one rep can do in a span (Per); 0 means no limit
	// Given marks a lever the plan takes as given, not a KPI: a fact or a
	// policy (the year's opening ARR, the contract's length) that the
	// sliders may still move, but that nobody works to raise or measures
	// on a rhythm. SMART, the failure patterns and the KFS leave it out.
	Given bool

	Cadence Cadence // how often the KPI is measured; any node
	Per     Per     // activity only: the span Value (and Ceiling) is stated in, per rep

	// Aliases are other names an import of actuals reads as this node: a
	// CRM's column or activity type (Web商談, Demo). The engine ignores them.
	Aliases []string

	// stock is set by Compile on a computed node that is not a flow: a
	// factor or a divisor with no activity below it (a ratio's value per
	// day, an annual contract value), which has one value, not periods.
	stock bool
}

// DefaultCeiling is the most one rep is taken to do of an activity in a
// working day when the scenario sets no ceiling.
const DefaultCeiling = 100

// Limit is the activity's ceiling per rep per span (Per): Ceiling, or
// DefaultCeiling when it is 0 (per day; scaled to a week or a month with
// the default calendar's 5 and 20 days). It is 0 for a lever that is not
// an activity, and for money spent as an activity without a ceiling.
func (n *Node) Limit() float64 {
	switch {
	case !n.Activity:
		return 0
	case n.Ceiling > 0:
		return n.Ceiling
	case n.Unit == Currency:
		return 0 // money has no default ceiling
	}
	switch n.Per {
	case PerWeek:
		return DefaultCeiling * 5
	case PerMonth:
		return DefaultCeiling * 20
	}
	return DefaultCeiling
}

// Periodic reports whether the node's value is a flow that splits into
// periods: activity levers, and the computed nodes of a compiled model
// that carry the goal's flow (the goal; the terms of a flow's sum or
// difference; a flow ratio's numerator; a flow product's factors with
// activity below them). A factor or divisor with no activity below it (a
// velocity per day, a contract's annual value) has one value.
func (n *Node) Periodic() bool { return n.Op != Lever && !n.stock || n.Activity }

// Period is a span of time a periodic value is expressed in.
// The zero value is Year.
type Period uint8

const (
	Year     Period = iota
	Quarter         // three months
	Month           // one month
	Day             // one working day, whole team
	RepDay          // one working day, one rep
	Week            // one week (Calendar.Week working days), whole team
	Hour            // one selling hour of one rep (Calendar.HoursPerDay)
	RepWeek         // one week of one rep: an activity stated per week (Node.Per)
	RepMonth        // one month of one rep: an activity stated per month
)

// Periods lists the periods every table shows, longest first. Hour is
// shown besides when the calendar sets selling hours (Calendar.Periods).
var Periods = [...]Period{Year, Quarter, Month, Week, Day, RepDay}

var periodNames = [...]string{"year", "quarter", "month", "day", "rep_day", "week", "hour", "rep_week", "rep_month"}

func (p Period) String() string {
	if int(p) < len(periodNames) {
		return periodNames[p]
	}
	return fmt.Sprintf("Period(%d)", p)
}

// ParsePeriod reads a period name: year, quarter, month, day or rep_day.
func ParsePeriod(s string) (Period, error) {
	for i, n := range periodNames {
		if n == s {
			return Period(i), nil
		}
	}
	return 0, fmt.Errorf("unknown period %q (want year, quarter, month, week, day, rep_day, hour, rep_week or rep_month)", s)
}

// GoalPeriod reports whether a goal can be stated per p: a year, a
// quarter, a month, a week or a working day.
func GoalPeriod(p Period) bool { return p <= Day || p == Week }

// Calendar turns plan totals into periods.
type Calendar struct {
	Months      int     // months in the plan
	WorkingDays float64 // working days per month (30 for calendar-day months)
	Headcount   float64 // reps doing the activity

	DaysPerWeek  float64 // working days in a week; 0 means 5 (7 with CalendarDays)
	HoursPerDay  float64 // selling hours in a rep's working day; 0 means not stated (Hour then takes 8)
	CalendarDays bool    // days are calendar days: a 30-day month and a 7-day week, as velocity formulas count
}

// DefaultHoursPerDay is the selling hours of a day when the calendar states
// none.
const DefaultHoursPerDay = 8

// Week is the working days in a week: DaysPerWeek, or 5 (7 for calendar
// days) when it is 0.
func (c Calendar) Week() float64 {
	switch {
	case c.DaysPerWeek > 0:
		return c.DaysPerWeek
	case c.CalendarDays:
		return 7
	}
	return 5
}

// Hours is the selling hours of a day: HoursPerDay, or DefaultHoursPerDay.
func (c Calendar) Hours() float64 {
	if c.HoursPerDay > 0 {
		return c.HoursPerDay
	}
	return DefaultHoursPerDay
}

// Periods lists the periods of the calendar's tables: Periods, and Hour
// when the calendar sets selling hours.
func (c Calendar) Periods() []Period {
	out := Periods[:]
	if c.HoursPerDay > 0 {
		out = append(out[:len(out):len(out)], Hour)
	}
	return out
}

// PerMonth is how many periods p one month holds: 1/12 of a year, a third
// of a quarter, WorkingDays/Week weeks, WorkingDays days.
func (c Calendar) PerMonth(p Period) float64 {
	switch p {
	case Year:
		return 1.0 / 12
	case Quarter:
		return 1.0 / 3
	case Month:
		return 1
	case Week:
		return c.WorkingDays / c.Week()
	case Day:
		return c.WorkingDays
	case Hour:
		return c.WorkingDays * c.Headcount * c.Hours()
	case RepWeek:
		return c.WorkingDays * c.Headcount / c.Week()
	case RepMonth:
		return c.Headcount
	}
	return c.WorkingDays * c.Headcount
}

// PlanTotal is a value stated per period p as a total over the plan's
// months: a goal of 625,000 a week over 12 months of 20 working days in
// 5-day weeks is 30,000,000.
func (c Calendar) PlanTotal(v float64, p Period) float64 {
	m := float64(c.Months)
	switch p {
	case Year:
		return v * m / 12
	case Quarter:
		return v * m / 3
	case Month:
		return v * m
	}
	return v * m * c.PerMonth(p)
}

// Days is how many working days an activity's span holds: 1, a week or a
// month of the calendar.
func (c Calendar) Days(p Per) float64 {
	switch p {
	case PerWeek:
		return c.Week()
	case PerMonth:
		return c.WorkingDays
	}
	return 1
}

// DefaultCalendar is a 12-month plan of 20 working days a month for one rep.
func DefaultCalendar() Calendar { return Calendar{Months: 12, WorkingDays: 20, Headcount: 1} }

// ActivityScale is how many rep-days the plan holds: an activity lever's
// per-rep-per-day value times this is its plan total.
func (c Calendar) ActivityScale() float64 {
	return float64(c.Months) * c.WorkingDays * c.Headcount
}

// Split converts a plan total into the given period.
func (c Calendar) Split(total float64, p Period) float64 {
	m := float64(c.Months)
	switch p {
	case Year:
		return total * 12 / m
	case Quarter:
		return total * 3 / m
	case Month:
		return total / m
	case Day:
		return total / (m * c.WorkingDays)
	case Week:
		return total / (m * c.WorkingDays) * c.Week()
	case Hour:
		return total / (m * c.WorkingDays * c.Headcount * c.Hours())
	case RepWeek:
		return total / (m * c.WorkingDays * c.Headcount) * c.Week()
	case RepMonth:
		return total / (m * c.Headcount)
	default:
		return total / (m * c.WorkingDays * c.Headcount)
	}
}

// Goal is the KGI: the value a computed node must reach in a period.
type Goal struct {
	Node   string
	Value  float64
	Period Period // Year, Quarter, Month, Week or Day
}

// Spec is everything Compile needs: the nodes, the goal and the calendar.
type Spec struct {
	Nodes    []Node
	Goal     Goal
	Calendar Calendar
}
