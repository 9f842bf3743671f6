package scenario

import (
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
)

// A node's name is its own in each language: the lever list, goal seek,
// the messages and an actuals column all name a node by it, and two nodes
// named 受注件数 read as one.

// namedAs returns the node other than id whose label in l is name, or nil.
// Names compare as the reader sees them: without the spaces around them.
func (s *Scenario) namedAs(l i18n.Lang, name, id string) *kpi.Node {
	name = strings.TrimSpace(name)
	for i := range s.Nodes {
		n := &s.Nodes[i]
		if n.ID != id && name != "" && strings.TrimSpace(labelIn(n.Label, l)) == name {
			return n
		}
	}
	return nil
}

// labelIn is label's own text in l, "" when it has none in l.
func labelIn(label kpi.Label, l i18n.Lang) string {
	if l == i18n.Ja {
		return label.Ja
	}
	return label.En
}

// checkLabels names each node whose name in a language is an earlier
// node's too, and that node.
func checkLabels(s *Scenario, lines map[string]int) Errors {
	var errs Errors
	for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
		for i := range s.Nodes {
			n := &s.Nodes[i]
			first := s.namedAs(l, labelIn(n.Label, l), n.ID)
			if first == nil || s.index(first.ID) > i {
				continue
			}
			field := n.ID + ".label." + string(l)
			line := lines[field]
			if line == 0 {
				line = lines[n.ID+".label"]
			}
			if line == 0 {
				line = lines[n.ID]
			}
			errs = append(errs, fileError(line, field, "scenario.label_taken", strings.TrimSpace(labelIn(n.Label, l)), first.ID))
		}
	}
	return errs
}

// index is the position of node id in s.Nodes, or -1.
func (s *Scenario) index(id string) int {
	for i := range s.Nodes {
		if s.Nodes[i].ID == id {
			return i
		}
	}
	return -1
}
