package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Action names the components send to the Page.
const (
	actionInput  = "kpisim/input"  // a field or slider changed: leverEvent
	actionCommit = "kpisim/commit" // a field lost focus: key
)

// leverEvent is one change of a lever's slider or field.
type leverEvent struct {
	Key    string
	Text   string // the field's text, or the slider's value
	Slider bool
}

// Lever is one input row: label, slider, numeric field, unit and hint.
// It re-renders only when its LeverView changes.
type Lever struct {
	app.Compo
	V LeverView
}

func (c *Lever) Render() app.UI {
	v := c.V
	id := "lever-" + v.Key
	field := app.Input().Type("text").ID(id).Class("num").
		Attr("inputmode", "decimal").Attr("autocomplete", "off").
		DataSet("lever", v.Key).Value(v.Text).
		OnInput(c.onField).OnChange(c.onCommit)
	if v.Error != "" {
		field = field.Aria("invalid", "true").Aria("describedby", id+"-err")
	}
	return app.Div().Class("lever").Body(
		app.Div().Class("lever-head").Body(
			app.Label().For(id).Text(v.Label),
			app.Span().Class("lever-hint").Text(v.Hint),
		),
		app.Div().Class("lever-inputs").Body(
			app.Input().Type("range").Class("slider").
				Min(fmtAttr(v.Min)).Max(fmtAttr(v.Max)).Step(v.Step).
				Value(fmtAttr(v.Value)).Aria("label", v.Label).
				OnInput(c.onSlider),
			field,
			app.Span().Class("unit").Text(v.Unit),
		),
		app.If(v.Error != "", func() app.UI {
			return app.P().ID(id+"-err").Class("field-error").Attr("role", "alert").Text(v.Error)
		}),
	)
}

func fmtAttr(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func (c *Lever) onSlider(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionInput, leverEvent{Key: c.V.Key, Text: ctx.JSSrc().Get("value").String(), Slider: true})
}

func (c *Lever) onField(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionInput, leverEvent{Key: c.V.Key, Text: ctx.JSSrc().Get("value").String()})
}

func (c *Lever) onCommit(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionCommit, c.V.Key)
}
