package scenario

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// finish completes a decode: it names the scenario, runs every rule on it,
// and sorts the problems by line. lines maps field paths
// ("close_rate.value", "goal") to the lines they came from. When decoding
// found problems, the rules still run, but a problem with a field or node
// the decoder already named is left out: it follows from the first.
func finish(s *Scenario, id string, errs Errors, lines map[string]int, r rules) (*Scenario, error) {
	if s.ID == "" {
		s.ID = id
	}
	if len(errs) == 0 {
		errs = check(s, lines, r)
	} else if named := decoded(errs); !named[""] && !named["nodes"] {
		for _, e := range check(s, lines, r) {
			if !named[firstSegment(e.Field)] && !(e.key == "scenario.no_activity" && named[".activity"]) {
				errs = append(errs, e)
			}
		}
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, errs
	}
	return s, nil
}

// decoded returns the first segments of the fields errs name.
func decoded(errs Errors) map[string]bool {
	named := map[string]bool{}
	for _, e := range errs {
		named[firstSegment(e.Field)] = true
		if strings.HasSuffix(e.Field, ".activity") {
			named[".activity"] = true // an activity flag refused: "no activity lever" follows
		}
	}
	return named
}

// rules are which rules a decode holds a scenario to.
type rules int

const (
	// fileRules: every rule, and the goal must solve as written (a zero
	// factor or an unreachable goal is worth knowing before anyone opens
	// the page): kpisim's commands and the presets.
	fileRules rules = iota
	// pageRules: every rule but solving, as Scenario.Set holds a change to
	// (the page shows why the goal cannot be solved): what the page wrote.
	pageRules
)

// check runs the engine's validation and the scenario's own rules, mapping
// each problem to the line it comes from.
func check(s *Scenario, lines map[string]int, r rules) Errors {
	var errs Errors
	fromKPI := func(err error) {
		for _, e := range kpi.List(err) {
			errs = append(errs, fromKPIError(s, e, lines))
		}
	}
	if !IsCurrency(s.Currency) {
		errs = append(errs, fileError(lines["currency"], "currency", "scenario.currency"))
	}
	errs = append(errs, checkLabels(s, lines)...)
	errs = append(errs, checkAliases(s, lines)...)
	m, err := s.Model()
	if err != nil {
		fromKPI(err)
		return errs
	}
	t := s.Target()
	if t == "" {
		return append(errs, fileError(lines["nodes"], "solve", "scenario.no_activity"))
	}
	if _, err := m.Solve(t, s.Rounding); err != nil && (r == fileRules || overflows(err)) {
		fromKPI(err)
		return errs
	}
	if err := checkForecast(s, m); err != nil {
		fromKPI(err)
		return errs
	}
	if err := checkFinite(s, m, t); err != nil {
		fromKPI(err)
	}
	return errs
}

func fromKPIError(s *Scenario, e *kpi.Error, lines map[string]int) *Error {
	field := e.Field
	if n := s.Node(e.Node); n != nil && field == "children" && n.Op != kpi.Lever {
		field = n.Op.String() // the file's own key: deals.product, not deals.children
	}
	if e.Node != "" {
		field = join(e.Node, field)
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
	out := &Error{Line: line, Field: field, Rule: e.Rule, Code: e.Code, Limit: e.Limit, format: e.Format, fargs: e.Args}
	id := e.Node
	if id == "" {
		id = strings.TrimPrefix(strings.TrimPrefix(field, KeyRange), KeyActivityCV)
		id, _, _ = strings.Cut(id, ".")
	}
	if n := s.Node(id); n != nil {
		out.unit = n.Unit
	}
	n := s.Node(e.Node)
	switch {
	case s.Node(id) != nil && hasAmount(e.Args):
		out.said = map[i18n.Lang]string{}
		for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
			out.said[l] = withField(field, amountsIn(l, s, s.Node(id), e))
		}
	case n != nil && namedRules[e.Code]:
		out.said = map[i18n.Lang]string{}
		for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
			out.said[l] = withField(field, RuleText(l, n.Label.In(string(l)), e, s.Limit(l, e)))
		}
	case (n != nil || e.Field == KeyGoal) && valueRules[e.Code]:
		out.said = map[i18n.Lang]string{}
		for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
			out.said[l] = RuleText(l, field, e, s.Limit(l, e)) // "field: rule", as -set says it
		}
	}
	out.named, out.label = map[i18n.Lang]string{}, map[i18n.Lang]string{}
	for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
		label := pageLabel(s, l, e)
		if label != "" {
			out.label[l] = label
		}
		switch {
		case label == "":
			continue // said as Text says it, with the key
		case s.Node(id) != nil && hasAmount(e.Args):
			out.named[l] = withField(label, amountsIn(l, s, s.Node(id), e))
		default:
			out.named[l] = RuleText(l, label, e, s.Limit(l, e)) // as the page says its field's rule (Model.ruleText)
		}
	}
	return out
}

// pageLabel names the field of the engine's problem e as the page does
// (Scenario.FieldLabel), or a node's other fields by the node, as the
// editor does; "" when the page has no name for it.
func pageLabel(s *Scenario, l i18n.Lang, e *kpi.Error) string {
	n := s.Node(e.Node)
	switch {
	case n == nil:
		return s.FieldLabel(l, e.Field)
	case e.Field == "ceiling":
		return s.FieldLabel(l, KeyCeiling+e.Node)
	}
	return n.Label.In(string(l))
}

// hasAmount reports whether a rule's arguments hold a value of a node.
func hasAmount(args []any) bool {
	return slices.ContainsFunc(args, func(a any) bool { _, ok := a.(kpi.Amount); return ok })
}

// amountsIn says e's rule in l with each kpi.Amount among its arguments
// written as the page writes a value of node n: "low ¥50,000 is above high
// ¥22,500", 「low 5万円 が high 2.25万円 を上回っています」, not the engine's
// plain 50,000 (nor 0.3 for a close rate of 30%).
func amountsIn(l i18n.Lang, s *Scenario, n *kpi.Node, e *kpi.Error) string {
	f := i18n.Format{Lang: l, Currency: s.Currency}
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		args[i] = a
		if v, ok := a.(kpi.Amount); ok {
			args[i] = f.Node(n, v.V, kpi.Year)
		}
	}
	if t, ok := l.Rule(e.Format, args); ok {
		return t
	}
	return fmt.Sprintf(e.Format, args...)
}

func join(path, key string) string {
	switch {
	case path == "":
		return key
	case key == "": // a rule of the node itself: "deals", not "deals."
		return path
	}
	return path + "." + key
}

// overflows reports whether err says a figure is too large to compute,
// which Set refuses too.
func overflows(err error) bool {
	return slices.ContainsFunc(kpi.List(err), func(e *kpi.Error) bool { return e.Code == kpi.Overflow })
}
