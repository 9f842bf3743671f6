package scenario_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// A yes/no setting (forecast.new_team, the page's check box) takes yes or
// no in words as -set gives them, and refuses anything else naming its
// rule in the reader's language. "true" had been refused with "enter a
// number (such as 25%, 1,000,000, 1.2M, 100万 or 12.5, with a decimal point)".
func TestSetYesNo(t *testing.T) {
	const key = scenario.KeyNewTeam
	rule := map[i18n.Lang]string{
		i18n.Ja: "-set forecast.new_team: 1・yes・はい（新しいチーム: 商談の積み残しなし）か、0・no・いいえ（既存の事業）にしてください",
		i18n.En: "-set forecast.new_team: must be 1 or yes (a new team, an empty pipeline), or 0 or no (an ongoing business)",
	}
	for _, tc := range []struct {
		name, value string
		want        bool // the setting after, when taken
		refused     bool
	}{
		{"true", "true", true, false},
		{"false", "false", false, false},
		{"yes in capitals", "YES", true, false},
		{"no", "no", false, false},
		{"on with spaces", " on ", true, false},
		{"off", "Off", false, false},
		{"はい", "はい", true, false},
		{"いいえ", "いいえ", false, false},
		{"1", "1", true, false},
		{"full-width 0", "０", false, false},
		{"full-width TRUE", "ＴＲＵＥ", true, false},
		{"a word it does not know", "maybe", false, true},
		{"a number other than 0 or 1", "2", false, true},
		{"a share", "50%", false, true},
		{"nothing", "", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := presets(t).Get("outbound")
			got, v, err := scenario.ParseSet(key + "=" + tc.value)
			if err == nil {
				err = s.Set(got, v)
			}
			if !tc.refused {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if s.Forecast.NewTeam != tc.want {
					t.Errorf("new_team %v, want %v", s.Forecast.NewTeam, tc.want)
				}
				return
			}
			var ke *kpi.Error
			if !errors.As(err, &ke) {
				t.Fatalf("error %v, want the setting's rule", err)
			}
			for _, l := range i18n.Langs {
				if said := scenario.RuleText(l, "-set "+key, ke, s.Limit(l, ke)); said != rule[l] {
					t.Errorf("%s: %q\nwant %q", l, said, rule[l])
				}
			}
		})
	}
}

// Every yes/no setting of the key grammar is read alike: yes as 1, no as
// 0, a word it does not know refused with the setting's rule, never as
// "not a number"; any other setting still asks for a number.
func TestYesNoKeys(t *testing.T) {
	var yesNo []string
	for f := scenario.FieldLever; f <= scenario.FieldHoursPerDay; f++ {
		k := scenario.Key{Field: f, ID: "calls"}
		if !k.YesNo() {
			if _, _, err := scenario.ParseSet(k.String() + "=yes"); err == nil {
				t.Errorf("%s=yes taken as a number", k)
			}
			continue
		}
		yesNo = append(yesNo, k.String())
		for word, want := range map[string]float64{"yes": 1, "no": 0, "true": 1, "false": 0, "on": 1, "off": 0, "はい": 1, "いいえ": 0} {
			if _, v, err := scenario.ParseSet(k.String() + "=" + word); err != nil || v != want {
				t.Errorf("%s=%s: %v, %v; want %v", k, word, v, err, want)
			}
		}
		_, _, err := scenario.ParseSet(k.String() + "=maybe")
		var ke *kpi.Error
		if !errors.As(err, &ke) || ke.Code == kpi.NotNumber || !strings.HasPrefix(ke.Rule, "must be 1 or yes") {
			t.Errorf("%s=maybe: %v, want its rule", k, err)
		}
	}
	if strings.Join(yesNo, ",") != scenario.KeyNewTeam {
		t.Errorf("yes/no settings %q, want forecast.new_team alone", yesNo)
	}
}
