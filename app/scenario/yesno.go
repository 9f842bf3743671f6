package scenario

import (
	"strings"

	"github.com/kpisim/kpisim/app/kpi"
)

// yesNoRules are the settings that are a yes or a no, kept as 1 or 0, each
// with its rule saying what the two mean: forecast.new_team alone (the
// page's check box "A new team").
var yesNoRules = map[Field]string{
	FieldNewTeam: "must be 1 or yes (a new team, an empty pipeline), or 0 or no (an ongoing business)",
}

// YesNo reports whether the key's setting is a yes or a no, set as 1 or 0.
func (k Key) YesNo() bool {
	_, ok := yesNoRules[k.Field]
	return ok
}

// yesNoWords are the words a yes/no setting takes besides 1 and 0.
var yesNoWords = map[string]float64{
	"yes": 1, "true": 1, "on": 1, "はい": 1,
	"no": 0, "false": 0, "off": 0, "いいえ": 0,
}

// parseYesNo reads the value of a yes/no setting: 1 or 0 (as ParseValue
// reads a number: "１"), or a word of yesNoWords in any case and width
// ("Yes", "ＴＲＵＥ"). Anything else is refused with the setting's rule, so
// that "true" is not asked to be a number.
func parseYesNo(k Key, raw string) (float64, error) {
	if v, ok := yesNoWords[strings.ToLower(strings.TrimSpace(narrow(raw)))]; ok {
		return v, nil
	}
	if v, err := ParseValue(raw); err == nil && (v == 0 || v == 1) {
		return v, nil
	}
	return 0, &kpi.Error{Field: k.String(), Code: kpi.Invalid, Rule: yesNoRules[k.Field]}
}
