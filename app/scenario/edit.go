package scenario

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// Editing the tree. Every edit is made on a copy, checked against every
// rule a scenario file must pass (the copy compiles, solves and gives
// finite figures), and only then committed: on error the scenario is
// unchanged and the error is an *EditError naming the node, the field and
// the rule. So a tree the editor commits always reads back from its file.

// MaxLabel is the longest label the editor accepts, in characters.
const MaxLabel = 60

// edit applies f to a copy of s, checks the copy and commits it.
func (s *Scenario) edit(id, field string, f func(c *Scenario) error) error {
	c := s.Clone()
	if err := f(c); err != nil {
		return err
	}
	c.followUnits(s)
	if err := c.validateEdit(id, field); err != nil {
		return err
	}
	*s = *c
	return nil
}

// validateEdit runs the rules of a scenario file on an edited copy.
func (s *Scenario) validateEdit(id, field string) error {
	m, err := s.Model()
	if err != nil {
		return engineRule(id, field, err)
	}
	t := s.Target()
	if t == "" {
		return editRule(id, field, "editor.err.no_activity")
	}
	if _, err := m.Solve(t, s.Rounding); err != nil {
		return engineRule(id, field, err)
	}
	if err := checkForecast(s, m); err != nil {
		return engineRule(id, field, err)
	}
	a, err := forecast.Solve(m, t, s.Rounding, s.Forecast)
	if err != nil {
		return engineRule(id, field, err)
	}
	if !a.Finite() {
		return engineRule(id, field, &kpi.Error{Node: id, Code: kpi.Overflow, Rule: "makes a figure too large or too small to compute"})
	}
	return nil
}

// node returns the node id of a copy, or an error naming it.
func (s *Scenario) editNode(id, field string) (*kpi.Node, error) {
	if n := s.Node(id); n != nil {
		return n, nil
	}
	return nil, editRule(id, field, "editor.err.no_node")
}

// lever returns the lever id, or an error when it is computed.
func (s *Scenario) editLever(id, field string) (*kpi.Node, error) {
	n, err := s.editNode(id, field)
	if err != nil {
		return nil, err
	}
	if n.Op != kpi.Lever {
		return nil, editRule(id, field, "editor.err.computed")
	}
	return n, nil
}

// parentOf returns the id of the node whose child id is, or "".
func (s *Scenario) parentOf(id string) string {
	for _, n := range s.Nodes {
		if n.Op != kpi.Lever && slices.Contains(n.Children, id) {
			return n.ID
		}
	}
	return ""
}

// Parent returns the id of node id's parent, or "" for the goal.
func (s *Scenario) Parent(id string) string { return s.parentOf(id) }

// newID returns an unused node id, item_1, item_2, ..., and its number,
// whose label (newLabel) no node has either.
func (s *Scenario) newID() (string, int) {
	for k := 1; ; k++ {
		id, l := "item_"+strconv.Itoa(k), newLabel(k)
		if s.Node(id) == nil && s.namedAs(i18n.Ja, l.Ja, id) == nil && s.namedAs(i18n.En, l.En, id) == nil {
			return id, k
		}
	}
}

// newLabel is a new node's label, numbered like its id.
func newLabel(k int) kpi.Label {
	return kpi.Label{Ja: fmt.Sprintf(i18n.Ja.T("editor.new_item"), k), En: fmt.Sprintf(i18n.En.T("editor.new_item"), k)}
}

// identity is the value a new child of parent at position pos takes so
// that the parent's value does not change: 1 for a factor or a divisor, 0
// for a term of a sum or a difference.
func identity(parent kpi.Op, pos int) float64 {
	switch {
	case parent == kpi.Product, parent == kpi.Ratio && pos > 0:
		return 1
	}
	return 0
}

// NewEmpty is a tree to start from: the KGI, revenue of 12,000,000 a year
// for one rep over 12 months, made of one activity lever, the sales a rep
// wins in a working day (50,000: on goal). Break it down from there. Its
// labels are in both languages and name what is counted, as the presets'
// do (受注額, "Sales won"): the page adds "/ rep / day" (it read "Revenue
// per rep per day ¥50,000 / rep / day", and headed the actuals' monthly
// totals "Revenue per rep per day"). It solves as it is. Its plan starts
// in April, as the presets' do: without a start, every KPI of a tree drawn
// from it failed SMART's T ("the plan has no start month"), six times over
// on a workshop's projector and handout.
func NewEmpty() *Scenario {
	return &Scenario{
		Version:  Version,
		ID:       EmptyID,
		Title:    kpi.Label{Ja: i18n.Ja.T("editor.empty_title"), En: i18n.En.T("editor.empty_title")},
		Currency: "JPY",
		Goal:     kpi.Goal{Node: "revenue", Value: 12_000_000, Period: kpi.Year},
		Calendar: kpi.DefaultCalendar(),
		Rounding: kpi.RoundCeil,
		Forecast: forecast.Config{StartMonth: 4},
		Nodes: []kpi.Node{
			{ID: "revenue", Label: kpi.Label{Ja: "売上", En: "Revenue"}, Unit: kpi.Currency, Op: kpi.Product, Children: []string{"activity"}},
			{ID: "activity", Label: kpi.Label{Ja: "受注額", En: "Sales won"}, Unit: kpi.Currency,
				Value: 50_000, Min: 0, Max: 200_000, Step: 1_000, Activity: true},
		},
	}
}

// EmptyID is the id of a tree started from NewEmpty.
const EmptyID = "custom"

// IsEdit reports whether err is an edit refused (an *EditError).
func IsEdit(err error) bool {
	var e *EditError
	return errors.As(err, &e)
}
