package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// describeStep says in language l what changed from a to b, for the live
// region that announces an undo or a redo (a is the state left, b the one
// shown now: "Undone: Close rate 20% → 25%" is back at 25%): the scenario's
// title when another one was opened, the edit of the tree undone or redone
// ("the addition of Meetings": the edit as the user made it, from b to a
// when undone, treeEdit), the first lever changed ("Close rate 20% →
// 25%"), a node's settings, the goal ("the goal ¥100,000,000 →
// ¥120,000,000"), else a general word. The values read as the page writes
// them (i18n.Format).
func describeStep(l i18n.Lang, a, b State, undone bool) string {
	sa, errA := scenario.OpenJSON(a.Scenario, a.Preset)
	sb, errB := scenario.OpenJSON(b.Scenario, b.Preset)
	if errA != nil || errB != nil {
		return l.T("files.step.change")
	}
	if sa.ID != sb.ID {
		return l.T("files.step.scenario") + " " + sb.Title.In(string(l))
	}
	made, was := sb, sa // the edit as made
	if undone {
		made, was = sa, sb
	}
	if s := treeEdit(l, was, made); s != "" {
		return s
	}
	if s := aboutEdit(l, sa, sb); s != "" {
		return s
	}
	f := i18n.Format{Lang: l, Currency: sb.Currency}
	// Every lever changed, up to three and a count of the rest: a step
	// that moved three (one of My scenarios opened, a link) had been said
	// as the first alone, "Undone: Close rate 28% → 25%".
	var moved []string
	n := 0
	for i := range sb.Nodes {
		nb := &sb.Nodes[i]
		if na := sa.Node(nb.ID); nb.Op == kpi.Lever && na.Value != nb.Value {
			if n++; n <= maxSaid {
				moved = append(moved, nb.Label.In(string(l))+" "+f.Value(na.Unit, false, kpi.Year, na.Value)+" → "+f.Value(nb.Unit, false, kpi.Year, nb.Value))
			}
		}
	}
	if n > maxSaid {
		moved = append(moved, fmt.Sprintf(l.T("files.step.more"), n-maxSaid))
	}
	if len(moved) > 0 {
		return strings.Join(moved, l.ListSep())
	}
	if s := nodeSettings(l, was, made); s != "" {
		return s
	}
	if sa.Goal.Value != sb.Goal.Value {
		unit := kpi.Currency
		if g := sb.Node(sb.Goal.Node); g != nil {
			unit = g.Unit
		}
		return l.T("files.step.goal") + " " + f.Value(unit, false, kpi.Year, sa.Goal.Value) + " → " + f.Value(unit, false, kpi.Year, sb.Goal.Value)
	}
	if !slices.EqualFunc(a.Compare, b.Compare, sameVariant) || a.CompareBase != b.CompareBase {
		return l.T("files.step.compare")
	}
	if id, ok := typedChanged(a.Typed, b.Typed); ok {
		if n := sb.Node(id); n != nil {
			// A field cleared or typed to a value refused: "the text typed
			// in Close rate", where it read "a change of settings".
			return fmt.Sprintf(l.T("files.step.typed"), n.Label.In(string(l)))
		}
	}
	if !slices.Equal(a.Checklist, b.Checklist) {
		return l.T("files.step.checklist")
	}
	return l.T("files.step.change")
}

// maxSaid is how many levers an undo names; the rest are counted.
const maxSaid = 3

// sameVariant reports whether a and b are the same scenario of the
// comparison under the same name.
func sameVariant(a, b Variant) bool {
	return a.Name == b.Name && a.Current == b.Current && a.Preset == b.Preset && string(a.Scenario) == string(b.Scenario)
}

// saidStep is a step undone or redone (key: files.undone or files.redone),
// said in the language the page shows when the live region is drawn: a
// switch of language after an undo re-says it, not in the language left.
type saidStep struct {
	key      string
	from, to State
	lang     i18n.Lang
	text     string
}

// in is the step's words in language l: "Undone: Close rate 20% → 25%".
func (s *saidStep) in(l i18n.Lang) string {
	if s == nil {
		return ""
	}
	if s.lang != l || s.text == "" {
		s.lang, s.text = l, l.T(s.key)+" "+describeStep(l, s.from, s.to, s.key == "files.undone")
	}
	return s.text
}

// aboutEdit says which of the tree's own fields changed from a to b, with
// the currency's codes: "Currency JPY → USD", "Tree name (English)".
func aboutEdit(l i18n.Lang, a, b *scenario.Scenario) string {
	switch {
	case a.Currency != b.Currency:
		return l.T("editor.currency") + " " + a.Currency + " → " + b.Currency
	case a.Title.Ja != b.Title.Ja:
		return l.T("editor.title_ja")
	case a.Title.En != b.Title.En:
		return l.T("editor.title_en")
	case a.Description.Ja != b.Description.Ja:
		return l.T("editor.desc_ja")
	case a.Description.En != b.Description.En:
		return l.T("editor.desc_en")
	}
	return ""
}

// typedChanged is the first field key, in key order, whose text not (yet)
// valid differs between a and b (State.Typed), and whether there is one.
func typedChanged(a, b map[string]string) (string, bool) {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		va, inA := a[k]
		vb, inB := b[k]
		if inA != inB || va != vb {
			return k, true
		}
	}
	return "", false
}
