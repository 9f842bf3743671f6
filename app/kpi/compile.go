package kpi

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Limits on what Compile accepts, so a hostile or mistaken file cannot make
// the engine slow or its numbers meaningless.
const (
	MaxNodes    = 200  // nodes in one tree
	MaxDepth    = 24   // levels from the goal to the deepest lever
	MaxChildren = 32   // children of one computed node
	MaxMonths   = 36   // months in a plan
	MaxValue    = 1e15 // the largest magnitude of any input
)

// maxValueText is MaxValue as the rules write it.
const maxValueText = "1,000,000,000,000,000"

// validID reports whether id starts with a lowercase letter and holds only
// a-z, 0-9 and _, at most 40 bytes.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 40 || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for i := 1; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Model is a compiled, valid KPI tree. It is immutable: Solve does not
// change it, so one Model can be solved for many targets.
type Model struct {
	nodes    []Node
	index    map[string]int
	kids     [][]int // children indices
	parent   []int   // -1 for the goal
	order    []int   // children before parents
	goal     int
	goalPlan float64 // the goal as a plan total
	spec     Spec
}

// Compile checks spec and builds a Model. The error, when not nil, is an
// Errors holding every problem found, each naming its node, field and rule.
func Compile(spec Spec) (*Model, error) {
	var errs Errors
	add := errs.adder()

	n := len(spec.Nodes)
	if n == 0 {
		add("", "nodes", "the tree has no nodes")
		return nil, errs
	}
	if n > MaxNodes {
		add("", "nodes", "the tree has %d nodes; at most %d are allowed", n, MaxNodes)
		return nil, errs
	}
	// A compiled model never changes under its user: copy what the
	// caller may change later (the nodes and their children).
	nodes := make([]Node, n)
	for i, nd := range spec.Nodes {
		nd.Children = append([]string(nil), nd.Children...)
		nd.stock = false
		nodes[i] = nd
	}
	spec.Nodes = nodes
	m := &Model{
		nodes:  nodes,
		index:  make(map[string]int, n),
		kids:   make([][]int, n),
		parent: make([]int, n),
		goal:   -1,
		spec:   spec,
	}
	for i := range m.parent {
		m.parent[i] = -1
	}
	for i := range spec.Nodes {
		nd := &spec.Nodes[i]
		if !validID(nd.ID) {
			add(nd.ID, "id", "must start with a lowercase letter and use only a-z, 0-9 and _ (at most 40)")
			continue
		}
		if _, dup := m.index[nd.ID]; dup {
			add(nd.ID, "id", "is used by more than one node")
			continue
		}
		m.index[nd.ID] = i
	}
	for i := range spec.Nodes {
		checkNode(&spec.Nodes[i], &errs)
	}
	// Edges: every child must exist and have one parent.
	for i := range spec.Nodes {
		nd := &spec.Nodes[i]
		if nd.Op == Lever {
			continue
		}
		for _, c := range nd.Children {
			j, ok := m.index[c]
			switch {
			case !ok:
				add(nd.ID, "children", "%q is not a node of this tree", c)
			case j == i:
				add(nd.ID, "children", "a node cannot be its own child")
			case m.parent[j] >= 0 && m.parent[j] != i:
				add(c, "", "is a child of both %s and %s; in a KPI tree each node has one parent", spec.Nodes[m.parent[j]].ID, nd.ID)
			case m.parent[j] == i:
				add(nd.ID, "children", "%q is listed twice", c)
			default:
				m.parent[j] = i
				m.kids[i] = append(m.kids[i], j)
			}
		}
	}
	// A sum or a difference adds like to like.
	for i := range spec.Nodes {
		nd := &spec.Nodes[i]
		if nd.Op != Sum && nd.Op != Difference {
			continue
		}
		for _, j := range m.kids[i] {
			if c := &spec.Nodes[j]; !sameKind(nd.Unit, c.Unit) {
				add(nd.ID, "children", "%q is in %s but %s is in %s; the terms of a sum or difference must be in its unit (money only with money, a count not with a rate)",
					c.ID, c.Unit, nd.ID, nd.Unit)
			}
		}
	}
	// The goal.
	g := spec.Goal
	if gi, ok := m.index[g.Node]; !ok {
		add("", "goal.node", "%q is not a node of this tree", g.Node)
	} else if spec.Nodes[gi].Op == Lever {
		add("", "goal.node", "%q is a lever; the goal must be a computed node (a product, sum, difference or ratio)", g.Node)
	} else {
		m.goal = gi
		if m.parent[gi] >= 0 {
			add("", "goal.node", "%q is a child of %s; the goal must be the top of the tree", g.Node, spec.Nodes[m.parent[gi]].ID)
		}
	}
	if code, limit := bounded(g.Value, MaxValue); code != Invalid {
		errs = append(errs, &Error{Field: "goal.value", Code: code, Limit: limit,
			Rule: "must be a number greater than 0 and at most " + maxValueText})
	} else if m.goal >= 0 && spec.Nodes[m.goal].Unit == Currency && g.Value < 1 {
		// Less than one yen or dollar: ¥0.0001 read "Goal ¥0" and a gap
		// of +23,999,999,999,900 %.
		errs = append(errs, &Error{Field: "goal.value", Code: BelowMin, Limit: 1, Rule: "cannot be below the minimum 1"})
	}
	if !GoalPeriod(g.Period) {
		add("", "goal.period", "must be year, quarter, month, week or day")
	}
	checkCalendar(spec.Calendar, &errs)
	if len(errs) > 0 {
		return nil, errs
	}
	// Order, cycles and depth, walking down from the goal.
	depth := make([]int, n)
	state := make([]uint8, n) // 0 new, 1 on the walk, 2 done
	var walk func(i, d int) bool
	walk = func(i, d int) bool {
		if state[i] == 1 {
			add(spec.Nodes[i].ID, "children", "the tree loops back to this node (a cycle)")
			return false
		}
		if state[i] == 2 {
			return true
		}
		if d > MaxDepth {
			add(spec.Nodes[i].ID, "", "is %d levels below the goal; at most %d are allowed", d, MaxDepth)
			return false
		}
		state[i] = 1
		depth[i] = d
		for _, c := range m.kids[i] {
			if !walk(c, d+1) {
				return false
			}
		}
		state[i] = 2
		m.order = append(m.order, i)
		return true
	}
	if walk(m.goal, 0) {
		for i := range spec.Nodes {
			if state[i] == 0 {
				add(spec.Nodes[i].ID, "", "is not connected to the goal %s; attach it as a child or remove it", g.Node)
			}
		}
	}
	// A cycle not reachable from the goal leaves nodes unvisited with parents;
	// the message above names them.
	if len(errs) > 0 {
		return nil, errs
	}
	// An activity below a ratio's denominator would make a rate of the
	// team's size: the engine spreads activity over months, not divisors.
	for i := range spec.Nodes {
		if spec.Nodes[i].Op != Ratio {
			continue
		}
		for _, c := range m.kids[i][1:] {
			if a := m.activityBelow(c); a >= 0 {
				add(spec.Nodes[a].ID, "activity", "is below the denominator of %s; an activity can be a ratio's numerator, not its divisor", spec.Nodes[i].ID)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	// A rate or an amount of 0: refused where the goal rests on it (a
	// close rate, a price), held to the lever's range elsewhere; a
	// negative one refused by the rule its 0 keeps (CheckLever).
	for i := range m.nodes {
		if m.nodes[i].Op == Lever && m.nodes[i].Value <= 0 {
			if e := m.CheckLever(i, m.nodes[i].Value); e != nil {
				errs = append(errs, e)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	m.goalPlan = spec.Calendar.PlanTotal(g.Value, g.Period)
	m.markStocks(m.goal, true)
	return m, nil
}

// markStocks marks the computed nodes below i that are not flows (see
// Node.Periodic); flow says whether i is one.
func (m *Model) markStocks(i int, flow bool) {
	nd := &m.nodes[i]
	nd.stock = nd.Op != Lever && !flow
	for k, c := range m.kids[i] {
		f := false
		if flow {
			switch nd.Op {
			case Sum, Difference:
				f = true
			case Ratio:
				f = k == 0
			case Product:
				f = m.activityBelow(c) >= 0
			}
		}
		m.markStocks(c, f)
	}
}

// activityBelow returns the first activity lever at or below node i, or -1.
func (m *Model) activityBelow(i int) int {
	if m.nodes[i].Activity {
		return i
	}
	for _, c := range m.kids[i] {
		if a := m.activityBelow(c); a >= 0 {
			return a
		}
	}
	return -1
}

func checkNode(nd *Node, errs *Errors) {
	add := errs.adder()
	if nd.Unit > Rate {
		add(nd.ID, "unit", "must be number, currency, count or rate")
	}
	switch nd.Op {
	case Lever:
		if len(nd.Children) > 0 {
			add(nd.ID, "", "has both a value and children; a node is either a lever or computed")
		}
		checkLever(nd, errs)
	case Product, Sum, Difference, Ratio:
		if nd.Value != 0 {
			add(nd.ID, "", "has both a value and children; a node is either a lever or computed")
		}
		if nd.Activity {
			add(nd.ID, "activity", "only a lever can be an activity")
		}
		if nd.Given {
			add(nd.ID, "given", "only a lever can be a given of the plan")
		}
		if len(nd.Children) == 0 {
			add(nd.ID, "children", "a %s needs at least one child", nd.Op)
		}
		if len(nd.Children) > MaxChildren {
			add(nd.ID, "children", "has %d children; at most %d are allowed", len(nd.Children), MaxChildren)
		}
		if (nd.Op == Difference || nd.Op == Ratio) && len(nd.Children) == 1 {
			add(nd.ID, "children", "a %s needs at least two children: the first, then what it is %s", nd.Op,
				map[Op]string{Difference: "reduced by", Ratio: "divided by"}[nd.Op])
		}
		if nd.Per != PerDay {
			add(nd.ID, "per", "only an activity lever is stated per day, week or month")
		}
	default:
		add(nd.ID, "", "must be a lever, a product, a sum, a difference or a ratio")
	}
	if nd.Cadence > CadenceQuarterly {
		add(nd.ID, "cadence", "must be daily, weekly, monthly or quarterly")
	}
}

// CheckValue reports whether v is an acceptable value for the lever nd:
// finite, within MaxValue, within the lever's range and right for its unit.
// The rule is in plain words. A rate or an amount of 0 is refused: where
// the lever's place in its tree is known, Model.CheckLever takes it below a
// sum or a difference.
func CheckValue(nd *Node, v float64) *Error { return checkValue(nd, v, false) }

// CheckLever is CheckValue for lever i of m's tree: a rate or an amount of
// 0 is taken where the goal does not rest on it (rests: a churn rate, an
// expansion rate, the ARR up for renewal, whose term of a sum or a
// difference falls to 0), and refused where it does (a close rate, a
// price: no goal is reached through them).
func (m *Model) CheckLever(i int, v float64) *Error {
	return checkValue(&m.nodes[i], v, !m.rests(i))
}

// rests reports whether the goal rests on node i: each node from i up is a
// factor of a product or a term of a ratio, so a 0 at i makes the goal 0
// or undefined. Below a sum or a difference a 0 is a term that falls away.
func (m *Model) rests(i int) bool {
	for p := m.parent[i]; p >= 0; p = m.parent[p] {
		if op := m.nodes[p].Op; op == Sum || op == Difference {
			return false
		}
	}
	return true
}

// checkValue is CheckValue, taking a rate or an amount of 0 when zero; a
// negative amount then breaks the sign's rule, not "greater than 0": an
// expansion revenue of -50,000 had been told a rule its 0 did not keep.
func checkValue(nd *Node, v float64, zero bool) *Error {
	bad := func(code Code, limit float64, format string, args ...any) *Error {
		return &Error{Node: nd.ID, Field: "value", Rule: fmt.Sprintf(format, args...), Code: code, Limit: limit}
	}
	if !finite(v) {
		return bad(NotNumber, MaxValue, "must be a number of at most %s", maxValueText)
	}
	switch nd.Unit { // each refuses the negatives, down to below -MaxValue
	case Rate:
		if v < 0 || v > 1 || v == 0 && !zero {
			return bad(RateRange, 1, "must be more than 0%% and at most 100%%")
		}
	case Currency:
		if nd.Activity { // money spent, such as a budget: none is a value
			if v < 0 {
				return bad(NonNegative, 0, "must not be negative")
			}
		} else if v < 0 && zero {
			return bad(NonNegative, 0, "must not be negative")
		} else if v < 0 || v == 0 && !zero {
			return bad(Positive, 0, "must be greater than 0")
		} else if v > 0 && v < 1 {
			// Less than one unit of the currency reads ¥0, and the counts
			// it drives run to 400,000,000,000,000,000 opportunities.
			return bad(BelowMin, 1, "must be at least 1 (one unit of the currency)")
		}
	default:
		if v < 0 {
			return bad(NonNegative, 0, "must not be negative")
		}
	}
	if v > MaxValue {
		return bad(AboveMax, MaxValue, "must be a number of at most %s", maxValueText)
	}
	if nd.Max > nd.Min {
		if v < nd.Min {
			return bad(BelowMin, nd.Min, "%s is below the minimum %s", FormatValue(v, nd.Unit), FormatValue(nd.Min, nd.Unit))
		}
		if v > nd.Max {
			return bad(AboveMax, nd.Max, "%s is above the maximum %s", FormatValue(v, nd.Unit), FormatValue(nd.Max, nd.Unit))
		}
	}
	return nil
}

func checkLever(nd *Node, errs *Errors) {
	add := errs.adder()
	for _, f := range []struct {
		name string
		v    float64
	}{{"min", nd.Min}, {"max", nd.Max}, {"step", nd.Step}} {
		if !finite(f.v) || math.Abs(f.v) > MaxValue {
			code := NotNumber
			if finite(f.v) {
				code = AboveMax
			}
			*errs = append(*errs, &Error{Node: nd.ID, Field: f.name, Code: code, Limit: MaxValue, Rule: "must be a number of at most " + maxValueText})
			return
		}
	}
	if nd.Min > nd.Max {
		add(nd.ID, "min", "%s is above max %s", FormatValue(nd.Min, nd.Unit), FormatValue(nd.Max, nd.Unit))
	}
	if nd.Min < 0 {
		// No lever's value may be negative (checkValue): a slider from -10
		// offered values the page refused.
		*errs = append(*errs, &Error{Node: nd.ID, Field: "min", Code: NonNegative, Rule: "must not be negative"})
	}
	if nd.Step < 0 {
		add(nd.ID, "step", "must not be negative")
	}
	if nd.Activity && nd.Unit == Rate {
		add(nd.ID, "activity", "an activity is counted per rep per working day, week or month; its unit must be count, number or currency")
	}
	if nd.Per > PerMonth {
		add(nd.ID, "per", "must be day, week or month")
	} else if nd.Per != PerDay && !nd.Activity {
		add(nd.ID, "per", "only an activity lever is stated per day, week or month")
	}
	if nd.Ceiling < 0 || !finite(nd.Ceiling) || nd.Ceiling > MaxValue {
		add(nd.ID, "ceiling", "must be 0 (no limit) or a positive number")
	}
	if nd.Ceiling != 0 && !nd.Activity {
		add(nd.ID, "ceiling", "only an activity lever has a ceiling per rep")
	}
	if nd.Given && nd.Activity {
		add(nd.ID, "given", "an activity is a KPI, not a given of the plan")
	}
	if nd.Value <= 0 && checkValue(nd, nd.Value, false) != nil && checkValue(nd, nd.Value, true) == nil || nd.Value < 0 && nd.Unit == Currency && !nd.Activity {
		return // a rate or an amount of 0, or a negative amount: checked with the tree (Compile, Model.CheckLever)
	}
	if e := CheckValue(nd, nd.Value); e != nil {
		*errs = append(*errs, e) // keeps its Code
	}
}

// adder returns a func that appends an Error made from its arguments.
func (es *Errors) adder() func(node, field, format string, args ...any) {
	return func(node, field, format string, args ...any) {
		*es = append(*es, Errorf(node, field, Invalid, 0, format, args...))
	}
}

// checkCalendar appends the calendar's problems to errs, each with the
// code of the rule it breaks.
func checkCalendar(c Calendar, errs *Errors) {
	add := func(field, rule string, code Code, limit float64) {
		*errs = append(*errs, &Error{Field: field, Rule: rule, Code: code, Limit: limit})
	}
	if c.Months < 1 || c.Months > MaxMonths {
		add("calendar.months", fmt.Sprintf("must be a whole number from 1 to %d", MaxMonths), WholeRange, MaxMonths)
	}
	// Reps and working days break one rule, whichever bound they miss,
	// and it names both: -3 reps is no more "must not be negative" than 0.
	if code, _ := bounded(c.WorkingDays, MaxWorkingDays); code != Invalid {
		add("calendar.working_days", PositiveAtMostRule(MaxWorkingDays), positiveAtMost(code), MaxWorkingDays)
	}
	if code, _ := bounded(c.Headcount, MaxHeadcount); code != Invalid {
		add("calendar.headcount", PositiveAtMostRule(MaxHeadcount), positiveAtMost(code), MaxHeadcount)
	}
	// 0 days a week and 0 hours a day are not stated: the week is five
	// days, and no figure is per hour.
	if code, limit := bounded(c.DaysPerWeek, 7); code != Invalid && c.DaysPerWeek != 0 {
		add("calendar.days_per_week", "must be from 0 (not stated) to 7 days a week", code, limit)
	}
	if code, limit := bounded(c.HoursPerDay, 24); code != Invalid && c.HoursPerDay != 0 {
		add("calendar.hours_per_day", "must be from 0 (not stated) to 24 hours a day", code, limit)
	}
}

// bounded says which rule v breaks when it must be more than 0 and at
// most max, and the limit that rule names; Invalid when v keeps both. A
// negative breaks NonNegative, so that a setting where 0 is allowed (not
// stated) reads right too.
func bounded(v, max float64) (Code, float64) {
	switch {
	case !finite(v):
		return NotNumber, max
	case v < 0:
		return NonNegative, 0
	case v == 0:
		return Positive, 0
	case v > max:
		return AboveMax, max
	}
	return Invalid, 0
}

// MaxHeadcount and MaxWorkingDays bound the calendar's reps and working
// days a month, each from above 0 (PositiveAtMost).
const (
	MaxHeadcount   = 1e6
	MaxWorkingDays = 31
)

// PositiveAtMostRule is the rule PositiveAtMost in English, the bound's
// thousands grouped as the page writes them ("must be more than 0 and at
// most 1,000,000"); every language says it from the code and Limit.
func PositiveAtMostRule(max float64) string {
	s := FormatNumber(max)
	for i := len(s) - 3; i > 0 && !strings.Contains(s, "."); i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return "must be more than 0 and at most " + s
}

// positiveAtMost is the code for a value bounded found outside (0, max]:
// PositiveAtMost, or NotNumber for a value that is no number at all.
func positiveAtMost(code Code) Code {
	if code == NotNumber {
		return NotNumber
	}
	return PositiveAtMost
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// FormatNumber prints a number for an error message: plain digits, no
// exponent below 1e21, at most 6 decimals. Packages that check the values
// of a model (forecast) print theirs with it too.
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 7 {
		s = strconv.FormatFloat(v, 'f', 6, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// FormatGrouped is FormatNumber with the integer part grouped by
// thousands (50,000), as the limits and counts of messages read.
func FormatGrouped(v float64) string { return GroupThousands(FormatNumber(v)) }

// GroupThousands puts commas between the thousands of s, a number written
// in plain digits ("-1234567.5" reads "-1,234,567.5"); anything else (NaN,
// +Inf) is returned as it is. The engine's messages group with it; i18n's
// figures keep a copy of the loop (i18n.grouped says why).
func GroupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if intPart == "" {
		return s
	}
	for i := 0; i < len(intPart); i++ {
		if intPart[i] < '0' || intPart[i] > '9' {
			return s // NaN, +Inf
		}
	}
	if len(intPart) <= 3 {
		return s // nothing to group
	}
	var b strings.Builder
	b.Grow(len(s) + len(intPart)/3)
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Amount is a value of a node among a rule's arguments (kpi.Error.Args).
// It prints as FormatValue does, its digits grouped; a user interface that
// knows the node writes it in the node's unit, its currency and the
// reader's language instead (scenario's file errors do).
type Amount struct {
	V    float64
	Unit Unit // Number when the rule does not know the node
}

func (a Amount) String() string {
	if a.Unit == Rate {
		return FormatValue(a.V, Rate)
	}
	return FormatGrouped(a.V)
}

// FormatValue prints a value for an error message in its unit: a rate as a
// percentage with at most one decimal (25%, 0.1%), anything else as
// FormatNumber does.
func FormatValue(v float64, u Unit) string {
	if u == Rate {
		s := strconv.FormatFloat(v*100, 'f', 1, 64)
		return strings.TrimSuffix(s, ".0") + "%"
	}
	return FormatNumber(v)
}
