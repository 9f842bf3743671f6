package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// refitHeadID is the id of the year so far's heading, which the summary's
// line of the year leads to.
const refitHeadID = "year-so-far"

// yearLine is the year so far in one line, first in the summary once
// actuals are in: the achievement to date, the forecast and its gap, the
// chance of the goal and what it now takes, with a button to the card
// that tells it all. The headline, its cards and the strip keep the plan's
// figures, marked (計画) (planWords); a manager read 37.3 % 五分五分 at
// the top and 0.1 % screens below, with nothing at the top to say so.
// The box stays when empty: go-app matches the summary's children by
// position.
func (p *Page) yearLine(y *YearView) app.UI {
	box := app.Div().Class("year-line").DataSet("output", "year-line")
	if y == nil || y.Refit == nil || len(p.model.Scenario.Actuals) == 0 {
		return box.Hidden(true)
	}
	l, r := y.Lang, y.Refit
	facts := []string{fmt.Sprintf(l.T("yearline.forecast"), r.Forecast, r.Gap)}
	if r.WithoutActuals != "" { // the forecast takes them: said where it is read
		facts = append(facts, fmt.Sprintf(l.T("yearline.missing"), r.WithoutActuals))
	}
	if r.Achievement != "—" {
		facts = append([]string{fmt.Sprintf(l.T("yearline.achievement"), r.Achievement)}, facts...)
	}
	if r.Prob != "" {
		facts = append(facts, fmt.Sprintf(l.T("yearline.prob"), r.Prob))
	}
	head := l.T("yearline.head_none")
	if r.ToDateLabel != "" { // 「2026年12月7日までの実績」: Through's 「2026年12月（7日まで）」 nested its brackets
		head = fmt.Sprintf(l.T("yearline.head"), r.ToDateLabel)
	}
	return box.Body(
		app.P().Body(
			app.Strong().Class("year-line-head").Text(head),
			app.Text(" "+strings.Join(facts, l.FactSep())),
		),
		app.P().Body(
			// With the ceiling's sentence: 207.9 a rep a day is twice what
			// one can do, which the line had left to the card below.
			app.If(r.PaceLine != "", func() app.UI { return app.Span().DataSet("output", "year-line-pace").Text(r.PaceText() + " ") }),
			app.Button().Type("button").Class("link").DataSet("control", "year-line-more").Text(l.T("yearline.more")).OnClick(p.onYearLine),
		),
	)
}

// onYearLine takes the reader to the year so far: its heading in sight
// (below the strip: scroll-padding-top) and focused.
func (p *Page) onYearLine(ctx app.Context, e app.Event) {
	if h := app.Window().GetElementByID(refitHeadID); h.Truthy() {
		h.Call("focus")
		h.Call("scrollIntoView", map[string]any{"block": "start"})
	}
}
