package scenario

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Error is one problem in a scenario file: where it is and what rule it
// breaks, in plain words. Text says it in another language.
type Error struct {
	Line  int    // 1-based line in the file; 0 when unknown
	Field string // "goal.value", "close_rate.value", "nodes[3]", ...
	Rule  string // in English

	// Code and Limit are the engine's code for the rule, when the rule is
	// the engine's (kpi.Error); key and args name a file rule in the
	// message catalog. Text uses whichever is set.
	Code  kpi.Code
	Limit float64
	unit  kpi.Unit // of Limit, when a node's
	key   string
	args  []any
	// The engine's format and arguments, for a rule without a code
	// (i18n.Lang.Rule).
	format string
	fargs  []any
	// said is the problem in each language, field and rule, when it names
	// the scenario's nodes by their labels (namedRules) or its values in
	// their units (valueRules): the words calc, -set and the page say it in.
	said map[i18n.Lang]string
	// named is the problem in each language with its field named by the
	// page's label (Scenario.FieldLabel), when the page has one: the words
	// a link's reader is told them in (Named).
	named map[i18n.Lang]string
	// label is the field's label on the page in each language, when it
	// has one (InFile).
	label map[i18n.Lang]string
}

// namedRules are the engine's rules whose words name nodes and amounts
// of the scenario, so that a file's problem reads as calc and the page
// say it: "revenue: The other terms of Revenue already reach
// ¥192,000,000, …", not the engine's "its other terms already reach
// 192000000, … of upsell_revenue".
var namedRules = map[kpi.Code]bool{kpi.SumExceeded: true, kpi.DifferenceShort: true}

// valueRules are the engine's rules whose limit is a value of a node (a
// lever's minimum or maximum, its ceiling) or of the goal, so that a
// file's problem writes it as -set and the page do, in the node's unit
// and the reader's language (scenario.Limit): "unit_price.value: cannot
// be above the maximum ¥5,000,000", 「最大値500万円を超えられません」, not
// the engine's "100000000000000 is above the maximum 5000000".
var valueRules = map[kpi.Code]bool{kpi.BelowMin: true, kpi.AboveMax: true}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	b.WriteString(e.Text(i18n.En))
	return b.String()
}

// Text says "field: rule" in language l, without the line. A rule of the
// engine that has no code of its own reads in English.
func (e *Error) Text(l i18n.Lang) string {
	if t, ok := e.said[l]; ok {
		return t
	}
	if l == i18n.En {
		return withField(e.Field, e.Rule)
	}
	if e.key == "" && e.Code == kpi.Invalid {
		return withField(e.Field, ruleIn(l, &kpi.Error{Rule: e.Rule, Format: e.format, Args: e.fargs}))
	}
	if e.key != "" {
		return withField(e.Field, fmt.Sprintf(l.T(e.key), e.args...))
	}
	label := e.Field
	if label == "" {
		label = "—"
	}
	return RuleText(l, label, &kpi.Error{Field: e.Field, Code: e.Code, Limit: e.Limit, Rule: e.Rule}, func(v float64) string {
		if e.unit == kpi.Rate {
			return kpi.FormatValue(v, e.unit)
		}
		return i18n.Count(v) // digits grouped, as the page writes them
	})
}

// Named says the problem in language l as the page says a rule one of its
// fields breaks, the field named by its label (受注率: …, 営業人数: …),
// where the page has a field for it; else as Text does. A link's problems
// are said so: its reader never saw the file's keys.
func (e *Error) Named(l i18n.Lang) string {
	if t, ok := e.named[l]; ok {
		return t
	}
	return e.Text(l)
}

// InFile says the problem as Text does, its key followed by the field's
// label on the page where it has one: "item_2.value (Average deal size):
// must be greater than 0". A tree drawn in the editor has keys its maker
// never saw (item_2), and the file's problems had named it by them alone.
func (e *Error) InFile(l i18n.Lang) string {
	t := e.Text(l)
	lb := e.label[l]
	if lb == "" || e.Field == "" || lb == firstSegment(e.Field) || !strings.HasPrefix(t, e.Field+": ") || strings.Contains(t, lb) {
		return t // no label, or the rule names it already ("Revenue already reaches …")
	}
	return e.Field + " (" + lb + ")" + t[len(e.Field):]
}

func withField(field, rule string) string {
	if field == "" {
		return rule
	}
	return field + ": " + rule
}

// RuleText says the rule e breaks for the field or node named label, in
// language l; limit formats e.Limit in the unit of the value it bounds.
// A rule without a code reads "label: rule" in English.
func RuleText(l i18n.Lang, label string, e *kpi.Error, limit func(float64) string) string {
	if e.Code == kpi.NotNumber && (yearKeys[e.Field] || yearKeys[e.Node]) {
		return fmt.Sprintf(l.T("err.not_year"), label) // a year's example, not a month's 12
	}
	if e.Code == kpi.NotNumber && (wholeKeys[e.Field] || wholeKeys[e.Node]) {
		return fmt.Sprintf(l.T("err.not_whole_number"), label) // months, a year: no 25% or 100万 for an example
	}
	if key, ok := labelRules[e.Code]; ok {
		return fmt.Sprintf(l.T(key), label)
	}
	switch e.Code {
	case kpi.OtherCurrency:
		if len(e.Args) == 2 {
			return fmt.Sprintf(l.T("err.other_currency"), label, e.Args[0], e.Args[1])
		}
	case kpi.SumExceeded:
		term := e.Term.In(string(l))
		if term == "" {
			term = "—"
		}
		return fmt.Sprintf(l.T("err.sum_exceeded"), label, limit(e.Limit), limit(e.Need), term)
	case kpi.DifferenceShort:
		term := e.Term.In(string(l))
		if term == "" || e.Need == 0 {
			return fmt.Sprintf(l.T("err.difference_short"), label)
		}
		// The figures, as a sum's rule says them: gross profit's "cannot
		// reach the goal even with the term taken away at 0" named neither.
		return fmt.Sprintf(l.T("err.difference_short_at"), label, limit(e.Limit), limit(e.Need), term)
	case kpi.WholeRange:
		return fmt.Sprintf(l.T("err.whole"), label, i18n.Count(e.Limit))
	case kpi.WholeFromZero:
		return fmt.Sprintf(l.T("err.whole_from_zero"), label, i18n.Count(e.Limit))
	case kpi.PositiveAtMost:
		return fmt.Sprintf(l.T("err.positive_at_most"), label, i18n.Count(e.Limit))
	case kpi.BelowMin, kpi.AboveMax:
		key := "err.below_min"
		if e.Code == kpi.AboveMax {
			key = "err.above_max"
		}
		if strings.HasPrefix(e.Field, KeyRange) || strings.HasPrefix(e.Node, KeyRange) {
			key = strings.Replace(key, "err.", "err.range_", 1)
		}
		return fmt.Sprintf(l.T(key), label, limit(e.Limit))
	case kpi.RateOver100:
		return fmt.Sprintf(l.T("err.rate_over_100"), label, i18n.Percent(e.Limit))
	}
	return withField(label, ruleIn(l, e))
}

// ruleIn says in l a rule of the engine that has no code of its own,
// or gives it in English when l has no words for it.
func ruleIn(l i18n.Lang, e *kpi.Error) string {
	format := e.Format
	if format == "" {
		format = e.Rule
	}
	if t, ok := l.Rule(format, e.Args); ok {
		return t
	}
	return e.Rule
}

// wholeKeys are the settings that take a whole number only: a number
// that is not one is said with a whole number's example.
var wholeKeys = map[string]bool{
	KeyMonths: true, KeyPlanMonths: true, KeyStartMonth: true, KeyStartYear: true, KeyCalendarYear: true,
	KeyLag: true, KeyTrials: true, KeyDaysPerWeek: true,
	"forecast.hires.month": true, "forecast.hires.ramp_months": true, // a hire's month and ramp (the page's hires table)
}

// yearKeys are the settings that take a year: a number that is not one
// is said with a year's example.
var yearKeys = map[string]bool{KeyStartYear: true, KeyCalendarYear: true}

// labelRules are the rules said with the field's label alone, by the
// catalog's key.
var labelRules = map[kpi.Code]string{
	kpi.ShareRange:     "err.share",
	kpi.NotNumber:      "err.not_number",
	kpi.Several:        "err.several",
	kpi.RateRange:      "err.rate_range",
	kpi.Positive:       "err.positive",
	kpi.NonNegative:    "err.non_negative",
	kpi.ZeroFactor:     "err.zero_factor",
	kpi.ZeroDivisor:    "err.zero_divisor",
	kpi.Overflow:       "err.overflow",
	kpi.UnknownSetting: "err.unknown_setting",
	kpi.NotLever:       "err.not_lever",
	kpi.Computed:       "err.computed",
	kpi.NotActivity:    "err.not_activity",
	kpi.NotRange:       "err.not_range",
	kpi.NotRate:        "err.not_rate",
	kpi.NotMoney:       "err.not_money",
}

// Limit formats the limit of a rule s's Set refused, in the unit of what
// it bounds: the node's, the lever's for an end of its range (a close
// rate's likely 25%, not 0.25), the goal's for goal.value, else a plain
// count. The page and the CLI say a refused setting with it and RuleText.
func (s *Scenario) Limit(l i18n.Lang, e *kpi.Error) func(float64) string {
	n := s.Node(e.Node)
	if n == nil && e.Field == KeyGoal {
		n = s.Node(s.Goal.Node)
	}
	for _, key := range []string{e.Field, e.Node} {
		if k, err := ParseKey(key); n == nil && err == nil && (k.Field == FieldRangeLow || k.Field == FieldRangeHigh) {
			n = s.Node(k.ID)
		}
	}
	return func(v float64) string {
		if n == nil {
			return i18n.Count(v)
		}
		return i18n.Format{Lang: l, Currency: s.Currency}.Node(n, v, kpi.Year)
	}
}

// fileError is a file rule: the catalog's key "scenario.*" with args.
func fileError(line int, field, key string, args ...any) *Error {
	return &Error{Line: line, Field: field, Rule: fmt.Sprintf(i18n.En.T(key), args...), key: key, args: args}
}

// Errors is every problem found in one file, in line order.
type Errors []*Error

func (es Errors) Error() string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Unwrap lets errors.As find each *Error.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// ReadAll reads a scenario file from r, stopping after MaxFileSize bytes:
// a larger file (or /dev/zero) is an *Error, not an exhausted memory.
func ReadAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, Errors{tooLarge()}
	}
	return data, nil
}

func tooLarge() *Error { return fileError(0, "", "scenario.too_large") }

// suggest returns the known key closest to k, or "" when none is close.
func suggest(k string, known []string) string {
	best, bd := "", 3
	for _, w := range known {
		if d := distance(k, w); d < bd {
			best, bd = w, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return max(len(a), len(b)) // a key that long is no typo of a known one
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// IsInvalid reports whether err is a problem with the scenario's content
// (as opposed to, say, a file that could not be read).
func IsInvalid(err error) bool {
	var es Errors
	var e *Error
	var ke *kpi.Error
	var kes kpi.Errors
	return errors.As(err, &es) || errors.As(err, &e) || errors.As(err, &ke) || errors.As(err, &kes)
}
