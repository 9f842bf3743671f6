package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/i18n"
)

// addressLang is the language the page's address names (?lang=ja or
// ?lang=en; a trainer's link for the room), "" when it names none it
// speaks. It comes before the reader's saved choice for this visit and is
// not saved: web/lang.js reads it the same way for the first paint.
func addressLang() i18n.Lang {
	q := app.Window().Get("location").Get("search").String()
	for _, kv := range strings.Split(strings.TrimPrefix(q, "?"), "&") {
		if v, ok := strings.CutPrefix(kv, "lang="); ok {
			switch l := i18n.Lang(strings.ToLower(v)); l {
			case i18n.Ja, i18n.En:
				return l
			}
		}
	}
	return ""
}

// dropAddressLang takes ?lang= out of the address once the reader picks a
// language (addressLang): a reload then opens the one picked, not the
// address's.
func dropAddressLang() {
	loc := app.Window().Get("location")
	q := loc.Get("search").String()
	var keep []string
	for _, kv := range strings.Split(strings.TrimPrefix(q, "?"), "&") {
		if kv != "" && !strings.HasPrefix(kv, "lang=") {
			keep = append(keep, kv)
		}
	}
	search := ""
	if len(keep) > 0 {
		search = "?" + strings.Join(keep, "&")
	}
	if search == q {
		return
	}
	h := app.Window().Get("history")
	h.Call("replaceState", h.Get("state"), "", loc.Get("pathname").String()+search+loc.Get("hash").String())
}
