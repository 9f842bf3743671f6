package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

func (p *Page) header(v *View) app.UI {
	l := v.Lang
	langs := make([]app.UI, len(i18n.Langs))
	for i, lg := range i18n.Langs {
		name := map[i18n.Lang]string{i18n.Ja: "日本語", i18n.En: "English"}[lg]
		// Each button's name is in its own language, and says so (lang): a
		// screen reader read 日本語 with the English voice (WCAG 3.1.2).
		langs[i] = pressed(app.Button().Class("lang").DataSet("lang", string(lg)).Lang(string(lg)).Text(name).OnClick(p.onLang), lg == l)
	}
	return app.Header().Class("top").Body(
		app.Div().Class("brand").Body(
			app.H1().Text(l.T("app.name")),
			app.P().Class("tagline").Text(l.T("app.tagline")),
		),
		app.Div().Class("controls").Body(
			app.Label().For("scenario").Class("sr-only").Text(l.T("app.scenario")),
			app.Select().ID("scenario").DataSet("control", "scenario").Aria("label", l.T("app.scenario")).
				OnChange(p.onScenario).Body(options(v.Presets)...),
			p.historyButtons(v), // issue 11: undo and redo (app/ui/page_history.go)
			app.Div().Class("langs").Attr("role", "group").Aria("label", l.T("app.language")).Body(langs...),
		),
	)
}
