package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/scenario"
)

// editor renders the tree editor: a card that is always there (go-app
// matches the results' children by position), folded until opened.
func (p *Page) editor(v *View) app.UI {
	l := v.Lang
	ev := p.model.ed.View(p.model)
	toggle := l.T("editor.open")
	if ev.Open {
		toggle = l.T("editor.close")
	}
	return app.Section().Class("card editor").ID("editor").Aria("label", l.T("editor.title")).Body(
		app.Div().Class("editor-head").Body(
			app.H2().Text(l.T("editor.title")),
			app.Div().Class("editor-start").Body(
				app.Button().Class("editor-toggle").DataSet("editor", "toggle").
					Aria("expanded", strconv.FormatBool(ev.Open)).Aria("controls", "editor-body").
					Text(toggle).OnClick(p.onEditorToggle),
				app.Button().Class("editor-empty").DataSet("editor", "empty").
					Text(l.T("editor.new_empty")).OnClick(p.onEditorEmpty),
			),
		),
		app.Div().ID("editor-body").Class("editor-body").Hidden(!ev.Open).Body(
			app.If(ev.Open, func() app.UI { return p.editorBody(v, ev) }),
		),
	)
}

// editorBody is the open editor: the list of nodes, then the panel of the
// node being edited.
func (p *Page) editorBody(v *View, ev EditorView) app.UI {
	l := v.Lang
	items := make([]app.UI, len(ev.Items))
	for i, it := range ev.Items {
		items[i] = app.Li().Class("editor-item depth-" + strconv.Itoa(min(it.Depth, 12))).Body(
			pressed(app.Button().Class("editor-pick").DataSet("pick", it.ID).OnClick(p.onEditorPick).Body(
				app.Span().Class("editor-name").Text(it.Label),
				app.Span().Class("editor-kind").Aria("hidden", it.KindSaid != "").Text(it.Kind),
				app.If(it.KindSaid != "", func() app.UI { return app.Span().Class("sr-only").Text(it.KindSaid) }),
			), it.Selected),
		)
	}
	return app.Div().Class("editor-layout").Body(
		app.P().Class("muted").Text(l.T("editor.hint")),
		app.FieldSet().Class("editor-about").Body(
			app.Legend().Text(l.T("editor.about")),
			fieldGroup("editor-about-fields", ev.About, p),
			app.P().Class("muted editor-note").Text(l.T("editor.about_hint")),
		),
		app.Div().Class("editor-grid").Body(
			app.Nav().Class("editor-nodes").Aria("label", l.T("editor.nodes")).Body(
				app.Ul().Class("editor-list").Body(items...),
			),
			p.editorPanel(v, ev),
		),
	)
}

// editorPanel is the node being edited: its fields and its actions.
func (p *Page) editorPanel(v *View, ev EditorView) app.UI {
	l := v.Lang
	n := ev.Node
	groups := []app.UI{
		app.H3().ID("editor-node").Attr("tabindex", "-1").Text(fmt.Sprintf(l.T("editor.node"), n.Label)),
		fieldGroup("editor-names", n.Names, p),
		fieldGroup("editor-kinds", n.Kind, p),
	}
	// The groups keep their places whatever the node is: go-app matches
	// children by position, and a shift would rebuild the buttons below
	// (and drop the keyboard focus on them).
	groups = append(groups,
		app.Div().Class("editor-lever").Hidden(!n.Lever).Body(
			app.If(n.Lever, func() app.UI {
				return app.Div().Body(fieldGroup("editor-numbers", n.Numbers, p),
					app.P().Class("muted editor-note").Text(l.T("editor.range_hint")),
					fieldGroup("editor-extras", n.Extras, p))
			}),
		),
		app.Div().Class("editor-move").Hidden(n.Goal).Body(
			app.If(!n.Goal, func() app.UI { return fieldGroup("editor-parent", []EditorField{n.Parent}, p) }),
		),
	)
	groups = append(groups, p.editorActions(v, ev))
	return app.Div().Class("editor-panel").DataSet("editing", n.ID).Attr("role", "group").Aria("labelledby", "editor-node").Body(groups...)
}

// fieldGroup lays out fields in a row that wraps.
func fieldGroup(class string, fs []EditorField, p *Page) app.UI {
	out := make([]app.UI, len(fs))
	for i, f := range fs {
		out[i] = p.editorField(f)
	}
	return app.Div().Class("editor-fields " + class).Body(out...)
}

// editorField is one labelled field with its error under it.
func (p *Page) editorField(f EditorField) app.UI {
	id := "edit-" + f.Field
	errID := id + "-err"
	var input app.UI
	switch {
	case f.Field == "activity" || f.Field == "given":
		input = invalid(app.Input().Type("checkbox").ID(id).DataSet("edit", f.Field).
			Checked(f.Text == "true").OnChange(p.onEditorCheck), f.Error != "", errID)
	case f.Options != nil:
		opts := make([]app.UI, len(f.Options))
		for i, o := range f.Options {
			opts[i] = app.Option().Value(o.Value).Selected(o.Selected).Text(o.Label)
		}
		input = invalid(app.Select().ID(id).DataSet("edit", f.Field).OnChange(p.onEditorChoose).Body(opts...), f.Error != "", errID)
	case f.Field == scenario.EditDescJa || f.Field == scenario.EditDescEn:
		input = invalid(app.Textarea().ID(id).Class("editor-input").DataSet("edit", f.Field).Rows(3).
			Attr("autocomplete", "off").Text(f.Text).OnInput(p.onEditorInput).OnChange(p.onEditorCommit), f.Error != "", errID)
	default:
		in := app.Input().Type("text").ID(id).Class("editor-input").DataSet("edit", f.Field).
			Attr("autocomplete", "off").Value(f.Text).OnInput(p.onEditorInput).OnChange(p.onEditorCommit)
		if !wordsField(f.Field) {
			in = in.Attr("inputmode", "decimal").Class("editor-input num")
		}
		input = invalid(in, f.Error != "", errID)
	}
	class := "editor-field field-" + f.Field
	if f.Field == "activity" || f.Field == "given" {
		return app.Div().Class(class+" check").Body(
			input, app.Label().For(id).Text(f.Label),
			fieldError(errID, f.Error),
		)
	}
	return app.Div().Class(class).Body(
		app.Label().For(id).Text(f.Label),
		app.Div().Class("editor-control").Body(
			input,
			app.If(f.Unit != "", func() app.UI { return app.Span().Class("unit").Text(f.Unit) }),
		),
		fieldError(errID, f.Error),
		app.If(f.Note != "", func() app.UI { return app.P().Class("editor-caution").Attr("role", "status").Text(f.Note) }),
	)
}

// wordsField reports whether field holds words (a name, a description),
// not a number a phone's decimal keypad types.
func wordsField(field string) bool {
	return field == "label_ja" || field == "label_en" || field == scenario.EditAliases || aboutField(field) && field != scenario.EditCurrency
}

// fieldError is the rule a field breaks, read out when it appears.
func fieldError(id, msg string) app.UI {
	return app.If(msg != "", func() app.UI {
		return app.P().ID(id).Class("field-error").Attr("role", "alert").Text(msg)
	})
}

// editorActions are the buttons that add, move and delete.
func (p *Page) editorActions(v *View, ev EditorView) app.UI {
	l := v.Lang
	n := ev.Node
	btn := func(act, key string, ok bool) app.UI {
		return app.Button().Class("editor-act").DataSet("act", act).Disabled(!ok).Text(l.T(key)).OnClick(p.onEditorAct)
	}
	body := []app.UI{
		btn("add-lever", "editor.add_lever", n.Add),
		btn("add-product", "editor.add_computed", n.Add),
		btn("up", "editor.up", n.Up),
		btn("down", "editor.down", n.Down),
		btn("out", "editor.outdent", n.Outdent),
		btn("in", "editor.indent", n.Indent),
		app.Button().Class("editor-act danger").DataSet("act", "delete").Disabled(!n.Delete).Text(l.T("editor.delete")).OnClick(p.onEditorAct),
	}
	return app.Div().Class("editor-actions-wrap").Body(
		app.P().Class("sr-only").Attr("role", "status").Text(ev.Status),
		app.Div().Class("editor-actions").Attr("role", "group").Aria("label", l.T("editor.actions")).Body(body...),
		fieldError("edit-node-err", n.Error),
		app.If(ev.Confirm != "", func() app.UI {
			return app.Div().Class("editor-confirm").Attr("role", "alertdialog").Aria("labelledby", "editor-confirm-q").OnKeyDown(p.onEditorConfirmKey).Body(
				app.P().ID("editor-confirm-q").Text(ev.Confirm),
				app.Button().Class("editor-act danger").ID("editor-confirm-yes").DataSet("act", "delete-yes").Text(l.T("editor.confirm_yes")).OnClick(p.onEditorAct),
				app.Button().Class("editor-act").ID("editor-confirm-no").DataSet("act", "delete-no").Text(l.T("editor.confirm_no")).OnClick(p.onEditorAct),
			)
		}),
	)
}
