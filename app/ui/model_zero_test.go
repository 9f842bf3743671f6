package ui

import (
	"os"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A 0 that stops every figure is refused at its field, as a 0 on the
// solve's path is: the figures stay, and the 0 stays in the field with
// its rule. It had left the page with no figure, the forecast with them,
// and a message naming the churn, not the rate typed.
func TestZeroThatStopsTheAnswerIsRefused(t *testing.T) {
	for _, tc := range []struct {
		name   string
		lang   i18n.Lang
		key    string
		slider bool
		want   string
	}{
		{"a rate typed", i18n.En, "rate", false, "Trial-to-paid rate is 0, so the goal can never be reached: raise it above 0."},
		{"a rate slid", i18n.Ja, "rate", true, "有料転換率が0のため、目標には届きません。0より大きくしてください。"},
		{"a price typed", i18n.En, "price", false, "Price is 0, so the goal can never be reached: raise it above 0."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			m.Scenario = churnTree(t)
			before := m.View()
			if before.Error != "" {
				t.Fatal(before.Error)
			}
			if tc.slider {
				m.SetDisplay(tc.key, 0)
			} else {
				m.SetText(tc.key, "0")
			}
			v := m.View()
			if v.Error != "" || v.Forecast.Total.Exact != before.Forecast.Total.Exact || v.Head.Figure.Exact != before.Head.Figure.Exact {
				t.Errorf("after 0: error %q, forecast %v (was %v), churn %v (was %v)", v.Error,
					v.Forecast.Total.Exact, before.Forecast.Total.Exact, v.Head.Figure.Exact, before.Head.Figure.Exact)
			}
			var f LeverView
			for _, lv := range v.Levers {
				if lv.Key == tc.key {
					f = lv
				}
			}
			if f.Text != "0" || f.Error != tc.want {
				t.Errorf("the field reads %q, error %q; want 0 and %q", f.Text, f.Error, tc.want)
			}
			if m.Commit(tc.key); m.Scenario.Node(tc.key).Value == 0 {
				t.Error("the 0 was committed")
			}
		})
	}
}

// A tree that answered no more before the 0 is not blamed on it: the 0 is
// taken, and the page says why the tree cannot be answered.
func TestZeroInATreeAlreadyStopped(t *testing.T) {
	m := newModel(t, i18n.En)
	m.Scenario = churnTree(t)
	m.SetText("expansion", "0")
	m.Commit("expansion")
	m.SetText("price", "1")
	m.Commit("price")
	if m.View().Error == "" {
		t.Fatal("a tree selling at ¥1 still answers")
	}
	m.SetText("rate", "0")
	if m.errs["rate"] != nil || m.Scenario.Node("rate").Value != 0 {
		t.Errorf("refused %v, rate %v: the 0 was blamed", m.errs["rate"], m.Scenario.Node("rate").Value)
	}
}

// churnTree is testdata/scenarios/churn.yaml: the churn a goal allows is
// solved for, and the trial-to-paid rate, off that path, has no range.
func churnTree(t *testing.T) *scenario.Scenario {
	t.Helper()
	data, err := os.ReadFile("../../testdata/scenarios/churn.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := scenario.Open(data, "")
	if err != nil {
		t.Fatal(err)
	}
	return s
}
