package ui

import (
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// describeStep says in language l what changed from a to b, for the live
// region that announces an undo or a redo (a is the state left, b the one
// shown now: "Undone: Close rate 20% → 25%" is back at 25%): the first lever
// changed, "Close rate 20% → 25%" for a
// lever, the scenario's title when another one was opened, else a general
// word. The values read as the page shows them.
func describeStep(l i18n.Lang, a, b State) string {
	sa, errA := scenario.OpenJSON(a.Scenario, a.Preset)
	sb, errB := scenario.OpenJSON(b.Scenario, b.Preset)
	if errA != nil || errB != nil {
		return l.T("files.step.change")
	}
	if sa.ID != sb.ID || len(sa.Nodes) != len(sb.Nodes) {
		return l.T("files.step.scenario") + " " + sb.Title.In(string(l))
	}
	for i := range sa.Nodes {
		na, nb := &sa.Nodes[i], &sb.Nodes[i]
		if na.ID != nb.ID {
			return l.T("files.step.scenario") + " " + sb.Title.In(string(l))
		}
		if na.Op == kpi.Lever && na.Value != nb.Value {
			return nb.Label.In(string(l)) + " " + kpi.FormatValue(na.Value, na.Unit) + " → " + kpi.FormatValue(nb.Value, nb.Unit)
		}
	}
	if sa.Goal.Value != sb.Goal.Value {
		return l.T("files.step.goal")
	}
	return l.T("files.step.change")
}
