package ui

import (
	"errors"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// message turns an engine error into plain words in the page's language.
func (m *Model) message(err error) string {
	es := kpi.List(err)
	if len(es) == 0 {
		return err.Error()
	}
	e := es[0]
	label := e.Node
	if n := m.Scenario.Node(e.Node); n != nil {
		label = n.Label.In(string(m.Lang))
	}
	return m.ruleText(label, e)
}

// errText says err in the page's language for the field named label:
// the first rule of the engine it holds (errText of the scenario), or its
// own words when it is no rule.
func (m *Model) errText(label string, err error) string {
	return errText(m.Scenario, m.Lang, label, err)
}

// errText is Model.errText for s, in l.
func errText(s *scenario.Scenario, l i18n.Lang, label string, err error) string {
	if err == nil {
		return ""
	}
	var t interface{ in(i18n.Lang) string }
	if errors.As(err, &t) {
		return t.in(l)
	}
	es := kpi.List(err)
	if len(es) == 0 {
		return err.Error()
	}
	return scenario.RuleText(l, label, es[0], s.Limit(l, es[0]))
}

// ruleText says the rule e breaks, for the field or node named label.
func (m *Model) ruleText(label string, e *kpi.Error) string {
	return scenario.RuleText(m.Lang, label, e, m.Scenario.Limit(m.Lang, e))
}
