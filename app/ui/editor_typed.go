package ui

import (
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/scenario"
)

// The editor keeps text it refused beside the tree (Editor.raw), as the
// levers and the year's section do. State.Typed carries it under
// "edit/<node>/<field>" ("edit//title.ja" for the tree's own fields), so a
// reload, Undo or a link brings it back in its field with its rule: it had
// been lost at a reload, the tree's last valid value shown in its place.
const typedEditor = "edit/"

// typedInto adds the editor's refused text to typed, made when nil. A
// select's refusal is not kept: it shows what holds (choiceField), and
// a checkbox's is said once.
func (e *Editor) typedInto(m *Model, typed map[string]string) map[string]string {
	if e.of != m.Scenario {
		return typed // text refused in a scenario since left
	}
	for k, text := range e.raw {
		_, field, _ := strings.Cut(k, "/")
		if e.errs[k] == nil || !typedField(field) {
			continue
		}
		if typed == nil {
			typed = map[string]string{}
		}
		typed[typedEditor+k] = text
	}
	return typed
}

// restoreTyped refuses again, with its rule, each editor text typed holds
// for the scenario m now shows, and opens the editor at the first node
// holding one, where it was left. A text the tree now takes (a newer
// build's rule) is dropped, and the tree stays as saved.
func (e *Editor) restoreTyped(m *Model, typed map[string]string) {
	e.follow(m)
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range typed {
			if strings.HasPrefix(k, typedEditor) && !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		key := strings.TrimPrefix(k, typedEditor)
		id, field, ok := strings.Cut(key, "/")
		if !ok || !typedField(field) || (id == "") != aboutField(field) || (id != "" && m.Scenario.Node(id) == nil) {
			continue
		}
		ee, refused := e.apply(m.Scenario.Clone(), id, field, typed[k]).(*scenario.EditError)
		if !refused {
			continue
		}
		if e.raw == nil {
			e.raw, e.errs = map[string]string{}, map[string]*scenario.EditError{}
		}
		if len(e.raw) == 0 {
			e.Open, e.Sel = true, id
		}
		e.raw[key], e.errs[key] = typed[k], ee
	}
}

// typedField reports whether field is one the editor types text into (not
// a select, not a checkbox).
func typedField(field string) bool {
	switch field {
	case scenario.EditLabelJa, scenario.EditLabelEn, scenario.EditAliases, scenario.EditValue, scenario.EditMin,
		scenario.EditMax, scenario.EditStep, scenario.EditCeiling,
		scenario.EditTitleJa, scenario.EditTitleEn, scenario.EditDescJa, scenario.EditDescEn:
		return true
	}
	return false
}
