package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Action names the components send to the Page.
const (
	actionInput   = "kpisim/input"   // a field or slider changed: leverEvent
	actionCommit  = "kpisim/commit"  // a field lost focus: key
	actionRelease = "kpisim/release" // a slider was released, or stepped by a key
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

var (
	_ app.Mounter = (*Lever)(nil)
	_ app.Updater = (*Lever)(nil)
)

// OnMount and OnUpdate set the slider's live state once go-app has written
// its attributes. go-app writes an element's attributes from a map, in no
// fixed order: when value comes before a new max (or min, or step), the
// browser clamps or snaps it to the old range and keeps that, so the slider
// shows another number than the field (Existing accounts 120 in the field,
// 1,000 on the slider) and one arrow key then sets the lever from the
// slider. go-app also skips a value it believes unchanged, whatever the
// slider holds live.
func (c *Lever) OnMount(ctx app.Context) {
	ctx.PreventUpdate() // nothing to render: the page is built (Page.OnMount)
	ctx.Defer(c.syncSlider)
}
func (c *Lever) OnUpdate(ctx app.Context) { ctx.Defer(c.syncSlider) }

// syncSlider writes the slider's range, then its value, as live properties.
// A slider held in the middle of a drag to a value the lever refuses keeps
// where it is: the field then shows that same number with its error.
func (c *Lever) syncSlider(ctx app.Context) {
	root := c.JSValue()
	if root == nil || !root.Truthy() {
		return
	}
	s := root.Call("querySelector", "input[type=range]")
	if !s.Truthy() {
		return
	}
	v := c.V
	if v.Error != "" && app.Window().Get("document").Get("activeElement").Equal(s) {
		return
	}
	s.Set("min", fmtAttr(v.Min))
	s.Set("max", fmtAttr(v.Max))
	s.Set("step", fmtAttr(v.Step))
	s.Set("value", fmtAttr(v.Value))
}

func (c *Lever) Render() app.UI {
	v := c.V
	id := "lever-" + v.Key
	// The field's name is its label and its unit, "Close rate %", as the
	// slider's value says "25 %": the unit beside it was not read. Not
	// when the label says it already: "Monte Carlo trials trials".
	names := id + "-label " + id + "-unit"
	if v.Unit != "" && strings.Contains(strings.ToLower(v.Label), strings.ToLower(v.Unit)) {
		names = id + "-label"
	}
	field := app.Input().Type("text").ID(id).Class("num").
		Attr("inputmode", "decimal").Attr("autocomplete", "off").
		Aria("labelledby", names).
		DataSet("lever", v.Key).Value(v.Text).
		OnInput(c.onField).OnChange(c.onCommit)
	if v.Error != "" {
		field = field.Aria("invalid", "true").Aria("describedby", id+"-err")
	}
	return app.Div().Class("lever").Body(
		app.Div().Class("lever-head").Body(
			app.Label().ID(id+"-label").For(id).Text(v.Label),
			app.If(v.Cadence != "", func() app.UI { return app.Span().Class("cadence").Text(v.Cadence) }),
			app.Span().Class("lever-hint").Text(v.Hint),
		),
		app.Div().Class("lever-inputs").Body(
			app.Input().Type("range").Class("slider").
				Min(fmtAttr(v.Min)).Max(fmtAttr(v.Max)).Attr("step", fmtAttr(v.Step)).
				Value(fmtAttr(v.Value)).Aria("label", v.Label).
				// What a screen reader says: "25 %", "1,000,000 円", not
				// the slider's bare 25 or 1000000 (kpisimPatch writes the
				// same during a drag).
				Aria("valuetext", strings.TrimSpace(v.Text+" "+v.Unit)).
				OnInput(c.onSlider).OnChange(c.onRelease),
			field,
			app.Span().ID(id+"-unit").Class("unit").Text(v.Unit),
		),
		// No alert: it came and went as a value was typed (1, 15, 150).
		// Committed, a refused value says its rule (Page.sayAnswer); the
		// field, invalid, is described by it.
		app.If(v.Error != "", func() app.UI {
			return app.P().ID(id + "-err").Class("field-error").Text(v.Error)
		}),
	)
}

func fmtAttr(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// onSlider hands the move to the page, which patches what changes and
// renders at its pace (Page.onInput): nothing renders per move.
func (c *Lever) onSlider(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctx.NewActionWithValue(actionInput, leverEvent{Key: c.V.Key, Text: ctx.JSSrc().Get("value").String(), Slider: true})
}

// onRelease tells the page a drag has ended (the slider's change event),
// which it renders for at once.
func (c *Lever) onRelease(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	ctx.NewAction(actionRelease)
}

func (c *Lever) onField(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionInput, leverEvent{Key: c.V.Key, Text: ctx.JSSrc().Get("value").String()})
}

func (c *Lever) onCommit(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(actionCommit, c.V.Key)
}
