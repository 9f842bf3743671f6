package ui

import (
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
)

// staleNote says, in the page's language, that the results are the last
// valid ones and which fields to fix, or is "" when every field holds a
// valid value. A refused value leaves the scenario as it was, so while any
// field shows an error the figures are those of the scenario before it.
func staleNote(v *View) string {
	var fields []string
	for _, list := range [][]LeverView{v.Levers, v.Settings, v.Uncertainty} {
		for _, lv := range list {
			if lv.Error != "" {
				fields = append(fields, lv.Label)
			}
		}
	}
	if len(fields) == 0 {
		return ""
	}
	if v.Lang == i18n.Ja {
		return "最後に有効だった結果を表示しています。" + strings.Join(fields, "、") + "を直してください。"
	}
	return "Showing the last valid result: fix " + strings.Join(fields, ", ") + "."
}
