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
	Lever   Op = iota // a value set by the user
	Product           // the product of its children (×)
	Sum               // the sum of its children (+)
)

var opNames = [...]string{"lever", "product", "sum"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("Op(%d)", o)
}

// Symbol is the operator as drawn in a KPI tree: × or +, empty for a lever.
func (o Op) Symbol() string {
	switch o {
	case Product:
		return "×"
	case Sum:
		return "+"
	}
	return ""
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
	Children []string // ids of the children of a Product or Sum

	// Lever fields.
	Value    float64 // the lever's value; a fraction for rates
	Min, Max float64 // the lever's range; both zero means unbounded
	Step     float64 // the slider step, in the value's own scale
	Activity bool    // Value is per rep per working day, scaled to the plan
	Ceiling  float64 // activity only: the most one rep can do in a day; 0 means no limit
}

// DefaultCeiling is the most one rep is taken to do of an activity in a
// working day when the scenario sets no ceiling.
const DefaultCeiling = 100

// Limit is the activity's ceiling per rep per working day: Ceiling, or
// DefaultCeiling when it is 0. It is 0 for a lever that is not an activity.
func (n *Node) Limit() float64 {
	switch {
	case !n.Activity:
		return 0
	case n.Ceiling > 0:
		return n.Ceiling
	}
	return DefaultCeiling
}

// Periodic reports whether the node's value is a flow that splits into
// periods: computed nodes and activity levers.
func (n *Node) Periodic() bool { return n.Op != Lever || n.Activity }

// Period is a span of time a periodic value is expressed in.
// The zero value is Year.
type Period uint8

const (
	Year    Period = iota
	Quarter        // three months
	Month          // one month
	Day            // one working day, whole team
	RepDay         // one working day, one rep
)

// Periods lists every period, longest first.
var Periods = [...]Period{Year, Quarter, Month, Day, RepDay}

var periodNames = [...]string{"year", "quarter", "month", "day", "rep_day"}

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
	return 0, fmt.Errorf("unknown period %q (want year, quarter, month, day or rep_day)", s)
}

// Calendar turns plan totals into periods.
type Calendar struct {
	Months      int     // months in the plan
	WorkingDays float64 // working days per month
	Headcount   float64 // reps doing the activity
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
	default:
		return total / (m * c.WorkingDays * c.Headcount)
	}
}

// Goal is the KGI: the value a computed node must reach in a period.
type Goal struct {
	Node   string
	Value  float64
	Period Period // Year, Quarter or Month
}

// Spec is everything Compile needs: the nodes, the goal and the calendar.
type Spec struct {
	Nodes    []Node
	Goal     Goal
	Calendar Calendar
}
