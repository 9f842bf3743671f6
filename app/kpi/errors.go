package kpi

import (
	"errors"
	"fmt"
	"strings"
)

// Error is one problem with a tree or a solve: the node (empty for the
// tree as a whole), the field and the rule that was broken, in plain words.
type Error struct {
	Node  string  // node id, or "" when the problem is not one node's
	Field string  // "value", "children", "goal.value", "calendar.headcount", ...
	Rule  string  // what must hold, or what went wrong
	Code  Code    // the rule as a stable code, for messages in other languages
	Limit float64 // the bound a Code refers to (a minimum, a maximum, a needed value)
	// Format and Args make Rule (Rule is fmt.Sprintf(Format, Args...)) when
	// it was written from a format: a user interface says a rule without a
	// Code of its own by its format, in its own words (i18n.Lang.Rule).
	Format string
	Args   []any
	// Need and Term complete a SumExceeded: what the sum must reach
	// (Limit holds what its other terms already reach) and the name of the
	// term solved through, of which nothing is then required, so that a
	// message can name it in any language.
	Need float64
	Term Label
}

// Code names a rule, so that a user interface can say it in its own words.
// The zero value is Invalid (any other rule). Codes are only ever appended.
type Code uint8

const (
	Invalid         Code = iota // any rule without a code of its own
	NotNumber                   // not a finite number within MaxValue
	RateRange                   // a rate must be in (0, 100 %]
	Positive                    // must be greater than 0
	NonNegative                 // must not be negative
	BelowMin                    // below the lever's minimum (Limit)
	AboveMax                    // above the lever's maximum (Limit)
	ZeroFactor                  // a factor on the solve path is 0: the goal is unreachable
	RateOver100                 // the solved rate would need Limit > 100 %
	SumExceeded                 // the other terms of a sum already exceed the goal
	Overflow                    // a value too large to compute
	WholeRange                  // must be a whole number from 1 to Limit
	ShareRange                  // a share must be from 0 to 100 %
	ZeroDivisor                 // a denominator is 0: the ratio cannot be computed, or no value reaches the goal
	DifferenceShort             // a difference's first term, less its fixed terms, already falls short of the goal
	UnknownSetting              // names no setting (scenario.ParseKey)
	NotLever                    // names no lever of the tree
	Computed                    // a computed node: its levers are set, not it
	NotActivity                 // names no activity lever of the tree
	NotRange                    // names no three-point range of the scenario
	Several                     // several values where one is taken (a pasted column)
	WholeFromZero               // must be a whole number from 0 to Limit
	PositiveAtMost              // must be more than 0 and at most Limit (reps, working days)
	NotRate                     // a percentage typed for what is no rate (an amount, a count)
	OtherCurrency               // an amount typed in another currency than the plan's (Args: the one named, the plan's)
	NotMoney                    // a currency (円, ¥, $) typed for what is no amount (a count, a rate)
)

func (e *Error) Error() string {
	var b strings.Builder
	if e.Node != "" {
		b.WriteString(e.Node)
		if e.Field != "" {
			b.WriteByte('.')
		}
	}
	b.WriteString(e.Field)
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Rule)
	return b.String()
}

// Errors is every problem Compile found, in the order of the nodes.
type Errors []*Error

func (es Errors) Error() string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Error()
	}
	return strings.Join(s, "; ")
}

// Unwrap lets errors.As find each *Error.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// List returns every *Error inside err, which may be an *Error, an Errors or
// anything wrapping them.
func List(err error) []*Error {
	var es Errors
	if errors.As(err, &es) {
		return es
	}
	var e *Error
	if errors.As(err, &e) {
		return []*Error{e}
	}
	return nil
}

// Errorf is an Error whose rule is written from format and args, which it
// keeps for other languages.
func Errorf(node, field string, code Code, limit float64, format string, args ...any) *Error {
	return &Error{Node: node, Field: field, Rule: fmt.Sprintf(format, args...), Code: code, Limit: limit, Format: format, Args: args}
}
