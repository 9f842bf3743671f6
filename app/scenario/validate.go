package scenario

import (
	"errors"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/kpi"
)

// finish completes a decode: it names the scenario, runs every rule on it
// when decoding found no problem, and sorts the problems by line. lines maps
// field paths ("close_rate.value", "goal") to the lines they came from.
func finish(s *Scenario, id string, errs Errors, lines map[string]int) (*Scenario, error) {
	if len(errs) == 0 {
		if s.ID == "" {
			s.ID = id
		}
		errs = check(s, lines)
	}
	if len(errs) > 0 {
		slices.SortStableFunc(errs, func(a, b *Error) int { return a.Line - b.Line })
		return nil, errs
	}
	return s, nil
}

// check runs the engine's validation and the scenario's own rules, mapping
// each problem to the line it comes from.
func check(s *Scenario, lines map[string]int) Errors {
	var errs Errors
	fromKPI := func(err error) {
		for _, e := range kpi.List(err) {
			errs = append(errs, fromKPIError(e, lines))
		}
	}
	m, err := s.Model()
	if err != nil {
		fromKPI(err)
		return errs
	}
	if len(s.Currency) != 3 || strings.ToUpper(s.Currency) != s.Currency {
		errs = append(errs, &Error{Line: lines["currency"], Field: "currency", Rule: "must be a three-letter ISO 4217 code such as JPY or USD"})
	}
	t := s.Target()
	if t == "" {
		return append(errs, &Error{Line: lines["nodes"], Field: "solve", Rule: "no activity lever: mark one lever activity: true or name the lever to solve for"})
	}
	// A file must solve as written: a zero factor or an unreachable goal is
	// worth knowing before anyone opens the page.
	if _, err := m.Solve(t, s.Rounding); err != nil {
		fromKPI(err)
		return errs
	}
	if err := checkForecast(s, m); err != nil {
		fromKPI(err)
	}
	return errs
}

func fromKPIError(e *kpi.Error, lines map[string]int) *Error {
	field := e.Field
	if e.Node != "" {
		field = join(e.Node, e.Field)
	}
	line := lines[field]
	if line == 0 && e.Node != "" {
		line = lines[e.Node]
	}
	if line == 0 {
		if top, _, _ := strings.Cut(field, "."); top != "" {
			line = lines[top]
		}
	}
	return &Error{Line: line, Field: field, Rule: e.Rule}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
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
