package ui

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// field returns the field named f of the node being edited.
func (v EditorView) field(f string) EditorField {
	n := v.Node
	for _, g := range [][]EditorField{n.Names, n.Kind, n.Numbers, n.Extras, {n.Parent}, v.About} {
		for _, x := range g {
			if x.Field == f {
				return x
			}
		}
	}
	return EditorField{}
}

func TestEditorRefusedValueStaysAtItsField(t *testing.T) {
	for _, tc := range []struct {
		lang i18n.Lang
		want string
	}{{i18n.Ja, "受注率: 0%より大きく100%以下にしてください"}, {i18n.En, "Close rate: must be more than 0% and at most 100%"}} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := newModel(t, tc.lang)
			before := m.View().Head.Figure.Exact
			e := &Editor{Open: true}
			e.Select("close_rate")
			if e.Set(m, scenario.EditValue, "0") {
				t.Fatal("0 % close rate was accepted")
			}
			f := e.View(m).field(scenario.EditValue)
			if f.Text != "0" || f.Error != tc.want {
				t.Errorf("field = %q, error %q; want the typed 0 and %q", f.Text, f.Error, tc.want)
			}
			if got := m.View().Head.Figure.Exact; got != before {
				t.Errorf("the figures moved to %v from %v", got, before)
			}
			if !e.Set(m, scenario.EditValue, "30") || m.Scenario.Node("close_rate").Value != 0.3 {
				t.Fatal("30 % was not applied")
			}
			if f := e.View(m).field(scenario.EditValue); f.Error != "" || f.Text != "30" {
				t.Errorf("after a valid value the field = %+v", f)
			}
		})
	}
}

// A rate typed in the editor reads as the lever's field reads it: 25 and
// 25 % are a quarter, and odds are a fraction whatever the unit shown
// ("1/4" was stored as 0.25 %, a hundredth of what was typed).
func TestEditorRateAsTyped(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       float64
	}{
		{"percent", "25", 0.25},
		{"percent sign", "25%", 0.25},
		{"full-width", "２５％", 0.25},
		{"fraction", "1/4", 0.25},
		{"in", "1 in 4", 0.25},
		{"japanese odds", "4に1", 0.25},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, i18n.En)
			e := &Editor{Open: true}
			e.Select("close_rate")
			if !e.Set(m, scenario.EditValue, tc.text) {
				t.Fatalf("%q was refused: %+v", tc.text, e.View(m).field(scenario.EditValue))
			}
			if got := m.Scenario.Node("close_rate").Value; math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("%q set the close rate to %v, want %v", tc.text, got, tc.want)
			}
			lever := newModel(t, i18n.En)
			lever.SetText("close_rate", tc.text)
			if got, want := m.Scenario.Node("close_rate").Value, lever.Scenario.Node("close_rate").Value; got != want {
				t.Errorf("the editor stored %v, the lever's field %v", got, want)
			}
		})
	}
}

func TestEditorCycleNamesTheNode(t *testing.T) {
	m := newModel(t, i18n.En)
	e := &Editor{Open: true}
	e.Select("deals")
	if e.Set(m, scenario.EditParent, "opportunities") {
		t.Fatal("a cycle was accepted")
	}
	f := e.View(m).field(scenario.EditParent)
	if !strings.Contains(f.Error, "Deals won") || !strings.Contains(f.Error, "“Opportunities”") || !strings.Contains(f.Error, "cycle") || f.Text != "revenue" {
		t.Errorf("parent field = %+v; want what holds, the refusal named", f)
	}
}

// A unit refused (Rate for an activity) is said at the select, which
// shows the unit that holds; once the conflict is gone (the activity
// unticked), the refusal is gone too, nothing is set behind the user's
// back, and the same choice is taken. The select showed Rate, and the
// first reason, after the box was unticked, and choosing Rate again fired
// no change.
func TestEditorRefusedUnitShowsWhatHolds(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			m := newModel(t, lang)
			e := &Editor{Open: true}
			e.Select("calls")
			if e.Set(m, scenario.EditUnit, kpi.Rate.String()) {
				t.Fatal("an activity was made a rate")
			}
			f := e.View(m).field(scenario.EditUnit)
			if f.Error == "" || f.Text != kpi.Count.String() || e.chosen(m, scenario.EditUnit) != kpi.Count.String() {
				t.Fatalf("unit field %+v, chosen %q; want Count with the refusal said", f, e.chosen(m, scenario.EditUnit))
			}
			for _, o := range f.Options {
				if o.Selected != (o.Value == kpi.Count.String()) {
					t.Errorf("option %s selected: %v", o.Value, o.Selected)
				}
			}
			if !e.Set(m, scenario.EditActivity, "false") {
				t.Fatal("the activity could not be unticked")
			}
			if f := e.View(m).field(scenario.EditUnit); f.Error != "" || m.Scenario.Node("calls").Unit != kpi.Count {
				t.Errorf("unticked: unit field %+v, unit %s; want Count, nothing said", f, m.Scenario.Node("calls").Unit)
			}
		})
	}
}

func TestEditorAddMoveDelete(t *testing.T) {
	m := newModel(t, i18n.Ja)
	e := &Editor{Open: true}
	e.Select("deals")
	if !e.Add(m, kpi.Lever) {
		t.Fatal("add refused")
	}
	id := e.Sel
	if m.Scenario.Parent(id) != "deals" {
		t.Fatalf("new node %s is under %q", id, m.Scenario.Parent(id))
	}
	v := e.View(m)
	if !v.Node.Up || v.Node.Down || !v.Node.Outdent || v.Node.Add || !v.Node.Lever {
		t.Errorf("moves of the new last lever = %+v", v.Node)
	}
	if !e.Move(m, "up") || m.Scenario.Node("deals").Children[1] != id {
		t.Errorf("up: %v", m.Scenario.Node("deals").Children)
	}
	if !e.Move(m, "out") || m.Scenario.Parent(id) != "revenue" {
		t.Errorf("out: under %s", m.Scenario.Parent(id))
	}
	if !e.Move(m, "in") || m.Scenario.Parent(id) != "deals" {
		t.Errorf("in: under %s", m.Scenario.Parent(id))
	}
	// A subtree that holds the tree's last activity is refused at once:
	// the editor asked first, then refused after the yes.
	e.Select("opportunities")
	if e.Delete(m, false) || e.View(m).Confirm != "" || m.Scenario.Node("opportunities") == nil {
		t.Fatal("deleting the subtree of the last activity asked, or deleted it")
	}
	if v := e.View(m); !strings.Contains(v.Node.Error, "行動量") {
		t.Errorf("the refusal %q does not name the activity", v.Node.Error)
	}
	// Another subtree waits for a yes.
	e.Select("revenue")
	if !e.Add(m, kpi.Product) {
		t.Fatal("no product added")
	}
	sub := e.Sel
	if e.Delete(m, false) || e.View(m).Confirm == "" {
		t.Fatal("deleting a subtree did not ask")
	}
	if !strings.Contains(e.View(m).Confirm, m.Scenario.Node(sub).Label.Ja) {
		t.Errorf("confirm = %q", e.View(m).Confirm)
	}
	if !e.Delete(m, true) || m.Scenario.Node(sub) != nil {
		t.Fatal("the yes did not delete the subtree")
	}
	e.Select(id)
	label := m.Scenario.Node(id).Label.Ja
	if !e.Delete(m, false) || m.Scenario.Node(id) != nil || e.Sel != "deals" {
		t.Error("deleting one lever")
	}
	// The status line says so (it said nothing: the node it named was gone).
	if got, want := e.View(m).Status, label+"を削除しました。"; got != want {
		t.Errorf("status after a delete %q, want %q", got, want)
	}
}

func TestEditorEmptyTree(t *testing.T) {
	m := newModel(t, i18n.En)
	e := &Editor{}
	e.NewEmpty(m)
	v := e.View(m)
	if !v.Open || len(v.Items) != 2 || v.Items[0].ID != "revenue" || v.Items[1].Depth != 1 {
		t.Fatalf("items = %+v", v.Items)
	}
	if m.View().Error != "" {
		t.Errorf("the empty tree does not solve: %s", m.View().Error)
	}
	if ps := m.View().Presets; !ps[len(ps)-1].Selected || ps[len(ps)-1].Label != "New tree" {
		t.Errorf("the scenario select does not name the new tree: %+v", ps)
	}
	if v.Node.Delete || v.Node.Parent.Options != nil {
		t.Error("the KGI can be deleted or moved")
	}
	for _, o := range v.field(scenario.EditOp).Options {
		if o.Value == "lever" {
			t.Error("the KGI offers to become a lever")
		}
	}
}

func TestEditorLabelsAsTyped(t *testing.T) {
	m := newModel(t, i18n.Ja)
	e := &Editor{Open: true}
	e.Select("calls")
	if !e.Set(m, scenario.EditLabelJa, "電話") || m.Scenario.Node("calls").Label.Ja != "電話" {
		t.Fatal("rename")
	}
	e.Commit(m, scenario.EditLabelJa) // the field left, then emptied
	if e.Set(m, scenario.EditLabelJa, "") {
		t.Fatal("an empty name was accepted")
	}
	f := e.View(m).field(scenario.EditLabelJa)
	if f.Text != "" || !strings.Contains(f.Error, "電話: 名前を入力") {
		t.Errorf("empty name field = %+v", f)
	}
	if m.Scenario.Node("calls").Label.Ja != "電話" {
		t.Error("the refused name reached the tree")
	}
}

// A field refused for another field's sake holds once that field changes:
// a max below the value is taken when the value comes under it, and its
// rule no longer stands beside it.
func TestEditorRefusedFieldHoldsAfterTheAdvice(t *testing.T) {
	m := newModel(t, i18n.En)
	e := &Editor{Open: true}
	e.Select("calls")
	if e.Set(m, scenario.EditMax, "10") { // calls are 40
		t.Fatal("a max of 10 below the value 40 was accepted")
	}
	if f := e.View(m).field(scenario.EditMax); f.Error == "" || f.Text != "10" {
		t.Fatalf("max field %+v, want the typed 10 and its rule", f)
	}
	if !e.Set(m, scenario.EditValue, "5") {
		t.Fatal("a value of 5 was refused")
	}
	if f := e.View(m).field(scenario.EditMax); f.Error != "" {
		t.Errorf("the max still says %q after the value came under it", f.Error)
	}
	if got := m.Scenario.Node("calls").Max; got != 10 {
		t.Errorf("calls' max is %v, want the 10 typed", got)
	}
}

// A sum adds money only to money, and the editor says so in the page's
// language at the field changed: Revenue (deal size × deals) made a sum
// was accepted and added deals, a count, to yen. A term added to a sum of
// money is money.
func TestEditorSumAddsMoneyToMoney(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang i18n.Lang
		want []string // in the kind field's error
	}{
		{"ja", i18n.Ja, []string{"売上: この変更はできません", "和・差の項は同じ種類の単位にしてください"}},
		{"en", i18n.En, []string{"Revenue: ", "money only with money"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			e := &Editor{Open: true}
			e.Select("revenue")
			if e.Set(m, scenario.EditOp, kpi.Sum.String()) {
				t.Fatal("deal size + deals was accepted")
			}
			f := e.View(m).field(scenario.EditOp)
			for _, w := range tc.want {
				if !strings.Contains(f.Error, w) {
					t.Errorf("kind field error %q, want %q in it", f.Error, w)
				}
			}
			if m.Scenario.Node("revenue").Op != kpi.Product {
				t.Error("the refused sum reached the tree")
			}
			m.Load("route-sales") // revenue = repeat revenue + upsell revenue
			e = &Editor{Open: true}
			e.Select("revenue")
			if !e.Add(m, kpi.Lever) {
				t.Fatalf("a term of a sum of money was refused: %+v", e.View(m).Node.Error)
			}
			kids := m.Scenario.Node("revenue").Children
			if n := m.Scenario.Node(kids[len(kids)-1]); n.Unit != kpi.Currency {
				t.Errorf("the new term is in %s, want currency", n.Unit)
			}
		})
	}
}

// A product of two amounts of money is cautioned (not refused: the empty
// tree's revenue per rep per day is money, and a price added beside it is
// money too until one is changed), on the product and on each factor, in
// the page's language; it goes once one factor is a count.
func TestEditorCautionsMoneyTimesMoney(t *testing.T) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	m := NewModel(ps, "outbound", i18n.En)
	e := &Editor{}
	e.NewEmpty(m)
	goal := m.Scenario.Goal.Node
	if n := e.node(m, goal); n.Kind[1].Note != "" {
		t.Fatalf("the empty tree is cautioned: %q", n.Kind[1].Note)
	}
	price, err := m.Scenario.AddChild(goal, kpi.Lever)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Scenario.SetUnit(price, kpi.Currency); err != nil {
		t.Fatal(err)
	}
	label := m.Scenario.Node(price).Label
	want := "Revenue multiplies Sales won by " + label.En + ", both money: money × money is no amount. Make one of them a count, a rate or a number."
	for _, id := range []string{goal, price} {
		if got := e.node(m, id).Kind[1].Note; got != want {
			t.Errorf("%s: caution %q, want %q", id, got, want)
		}
	}
	m.Lang = i18n.Ja
	if got := e.node(m, price).Kind[1].Note; !strings.HasPrefix(got, "売上は受注額と"+label.Ja) {
		t.Errorf("ja caution %q", got)
	}
	if err := m.Scenario.SetUnit(price, kpi.Count); err != nil {
		t.Fatal(err)
	}
	if got := e.node(m, price).Kind[1].Note; got != "" {
		t.Errorf("a count × money is cautioned: %q", got)
	}
}

// A lever's slider moves in steps that fit its range, whatever step the
// tree holds: the empty tree's ¥1,000 step, kept by its lever turned into
// calls of 0–100, held the slider at 0 beside a field of 10, and no drag
// or arrow key moved it. A file or a link can hold such a step too.
func TestEditorStepFitsSlider(t *testing.T) {
	for _, tc := range []struct {
		name          string
		min, max, val float64
		step          float64
		want          float64 // the slider's step
	}{
		{"a step wider than the range", 0, 100, 10, 1000, 0.01},
		{"a step wider than the range around an unbounded value", 0, 0, 10, 1000, 0.005}, // a slider of 0–50
		{"a step that fits", 0, 200, 40, 1, 1},
		{"a step as wide as the range", 0, 200, 40, 200, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, i18n.En)
			m.Load("outbound")
			n := m.Scenario.Node("calls")
			n.Min, n.Max, n.Value, n.Step = tc.min, tc.max, tc.val, tc.step
			lv := lever(m.View(), "calls")
			if lv.Step != tc.want || lv.Step > lv.Max-lv.Min {
				t.Errorf("the slider runs %v to %v in steps of %v, want steps of %v", lv.Min, lv.Max, lv.Step, tc.want)
			}
		})
	}
}

// A node and a tree named in Japanese alone read by those names on the
// English page, once the field is left (typing key by key, each key's
// name stood only in Japanese); a name typed in English stays.
func TestEditorNameReachesTheOtherLanguage(t *testing.T) {
	m := newModel(t, i18n.Ja)
	e := &Editor{}
	e.NewEmpty(m)
	if !e.Add(m, kpi.Lever) {
		t.Fatal("add a lever")
	}
	id := e.selected(m.Scenario)
	for _, typed := range []string{"訪", "訪問", "訪問件数"} {
		if !e.Set(m, scenario.EditLabelJa, typed) {
			t.Fatalf("typing %s refused", typed)
		}
	}
	if got := m.Scenario.Node(id).Label.En; got != "Item 1" {
		t.Errorf("while typing, the English name reads %q", got)
	}
	if !e.Commit(m, scenario.EditLabelJa) {
		t.Error("leaving the field changed nothing")
	}
	if !e.Set(m, scenario.EditTitleJa, "2027年度 営業計画") || !e.Commit(m, scenario.EditTitleJa) {
		t.Error("the tree's name was not copied")
	}
	m.Lang = i18n.En
	if got := e.View(m).field(scenario.EditLabelEn).Text; got != "訪問件数" {
		t.Errorf("the English name field reads %q", got)
	}
	if got := m.View().Title; got != "2027年度 営業計画" {
		t.Errorf("the English page is titled %q", got)
	}
	if !e.Set(m, scenario.EditLabelEn, "Visits") || e.Commit(m, scenario.EditLabelEn) {
		t.Error("the English name, typed, changed the Japanese one")
	}
	if l := m.Scenario.Node(id).Label; l.Ja != "訪問件数" || l.En != "Visits" {
		t.Errorf("names %+v", l)
	}
}

// The ceiling's field says what its 0 stands for: the default the lever
// list shows beside it (100 a day, 500 a week), or none for money.
func TestEditorCeilingNamesItsDefault(t *testing.T) {
	for _, c := range []struct {
		name, per string
		unit      kpi.Unit
		lang      i18n.Lang
		want      string
	}{
		{"calls a day", "day", kpi.Count, i18n.Ja, "1人あたりの上限（0 = 既定の100）"},
		{"calls a week", "week", kpi.Count, i18n.En, "Ceiling per rep (0 = the default, 500)"},
		{"money", "day", kpi.Currency, i18n.En, "Ceiling per rep (0 = none)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.lang)
			e := &Editor{Open: true}
			e.Select("calls")
			if !e.Set(m, scenario.EditPer, c.per) {
				t.Fatal("per refused")
			}
			if c.unit != kpi.Count && !e.Set(m, scenario.EditUnit, c.unit.String()) {
				t.Fatalf("unit refused: %+v", e.View(m).field(scenario.EditUnit))
			}
			if got := e.View(m).field(scenario.EditCeiling).Label; got != c.want {
				t.Errorf("label %q, want %q", got, c.want)
			}
		})
	}
}

// A node's aliases typed in the editor reach the tree, and the import:
// the field keeps the text as typed while it reads as the aliases held,
// and a name another node has is refused at the field, the tree as it was.
func TestEditorAliases(t *testing.T) {
	for _, tc := range []struct {
		lang    i18n.Lang
		refused string
	}{
		{i18n.Ja, "商談数: 「Calls」は取り込みでは「架電数」の名前として読まれます。ほかの名前にしてください"},
		{i18n.En, `Opportunities: "Calls" already reads as Calls in an import; choose another name`},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := newModel(t, tc.lang)
			e := &Editor{Open: true}
			e.Select("opportunities")
			if !e.Set(m, scenario.EditAliases, "Demo, ") {
				t.Fatal("Demo was refused")
			}
			e.Commit(m, scenario.EditAliases) // the field left
			if f := e.View(m).field(scenario.EditAliases); f.Text != "Demo, " || f.Error != "" {
				t.Errorf("the field %+v, want the text as typed", f)
			}
			if !e.Set(m, scenario.EditAliases, "Demo, Web商談") {
				t.Fatal("Web商談 was refused")
			}
			i := slices.IndexFunc(m.Scenario.ImportNodes(), func(n actuals.Node) bool { return n.ID == "opportunities" })
			if got := m.Scenario.ImportNodes()[i].Aliases; !slices.Equal(got, []string{"Demo", "Web商談"}) {
				t.Errorf("the import reads %q", got)
			}
			e.Commit(m, scenario.EditAliases)
			if e.Set(m, scenario.EditAliases, "Demo, Calls") {
				t.Fatal("Calls, another node's name, was taken")
			}
			if f := e.View(m).field(scenario.EditAliases); f.Text != "Demo, Calls" || f.Error != tc.refused {
				t.Errorf("the refused field %+v, want the text typed and %q", f, tc.refused)
			}
			if got := m.Scenario.Node("opportunities").Aliases; !slices.Equal(got, []string{"Demo", "Web商談"}) {
				t.Errorf("the tree holds %q after a refusal", got)
			}
		})
	}
}

// TestEditorConfirmCounts: deleting a node with one below it asks of "the
// 1 node below it", not "1 nodes"; with two, of "the 2 nodes".
func TestEditorConfirmCounts(t *testing.T) {
	m := newModel(t, i18n.En)
	e := &Editor{Open: true}
	e.Select("revenue")
	if !e.Add(m, kpi.Product) {
		t.Fatal("no product added")
	}
	sub := e.Sel
	for want := len(m.Scenario.Subtree(sub)) - 1; want <= 2; want++ {
		e.Select(sub)
		if e.Delete(m, false) {
			t.Fatal("deleting a subtree did not ask")
		}
		text := map[bool]string{true: "the 1 node below it?", false: fmt.Sprintf("the %d nodes below it?", want)}[want == 1]
		if got := e.View(m).Confirm; !strings.HasSuffix(got, text) {
			t.Errorf("%d below: %q, want %q", want, got, text)
		}
		e.Confirm = ""
		e.Select(sub)
		if !e.Add(m, kpi.Lever) {
			t.Fatal("no lever added")
		}
	}
}

// Typed key by key, a value the editor refuses takes the tree back to its
// form before the field's typing began, as a lever's own field goes back
// to its value: 120 % applied 1 % and 12 % on the way, and the figures
// stayed at 12 % under the refusal. A name likewise: 受注率, another
// node's, left the node named 受注, and the rule named it so.
func TestEditorRefusalGoesBackToBeforeTyping(t *testing.T) {
	m := newModel(t, i18n.Ja)
	e := &Editor{Open: true}
	e.Select("close_rate")
	before := m.Scenario.Node("close_rate").Value
	for _, text := range []string{"1", "12"} {
		if !e.Set(m, scenario.EditValue, text) {
			t.Fatalf("%q was refused", text)
		}
	}
	if got := m.Scenario.Node("close_rate").Value; got != 0.12 {
		t.Fatalf("typed 12: the close rate is %v", got)
	}
	if !e.Set(m, scenario.EditValue, "120") {
		t.Fatal("a refusal after values applied said the tree did not change")
	}
	if got := m.Scenario.Node("close_rate").Value; got != before {
		t.Errorf("refused 120: the close rate is %v, want %v as before the typing", got, before)
	}
	if f := e.View(m).field(scenario.EditValue); f.Text != "120" || f.Error == "" {
		t.Errorf("the field %+v, want 120 with its rule", f)
	}
	// Left and typed into again: a refusal now keeps what was committed.
	e.Set(m, scenario.EditValue, "30")
	e.Commit(m, scenario.EditValue)
	if e.Set(m, scenario.EditValue, "300") || m.Scenario.Node("close_rate").Value != 0.3 {
		t.Errorf("refused after a commit: the close rate is %v, want 0.3", m.Scenario.Node("close_rate").Value)
	}

	e.Select("calls")
	name := m.Scenario.Node("calls").Label.Ja
	other := m.Scenario.Node("deals").Label.Ja // 受注件数
	for _, r := range []int{1, 2} {
		e.Set(m, scenario.EditLabelJa, string([]rune(other)[:r]))
	}
	if !e.Set(m, scenario.EditLabelJa, other) {
		t.Fatal("another node's name refused after a part applied said the tree did not change")
	}
	f := e.View(m).field(scenario.EditLabelJa)
	if got := m.Scenario.Node("calls").Label.Ja; got != name || f.Text != other || !strings.HasPrefix(f.Error, name+":") {
		t.Errorf("the node is named %q, the field %+v; want %q, and the rule naming it so", got, f, name)
	}
}

// TestEditorNameKeepsTypedSpaces: a name's field shows what is typed, its
// trailing space included, until the field is left: the value stored is
// trimmed, and written back into the field it took the space just typed
// when keys came faster than the renders ("Win rate N" became "Win
// rateN"). Left, the field shows the name as stored.
func TestEditorNameKeepsTypedSpaces(t *testing.T) {
	for _, field := range []string{scenario.EditLabelEn, scenario.EditLabelJa, scenario.EditTitleEn, scenario.EditDescEn} {
		t.Run(field, func(t *testing.T) {
			m := newModel(t, i18n.En)
			e := &Editor{Open: true}
			e.Select("close_rate")
			if !e.Set(m, field, "Win rate ") {
				t.Fatal("refused")
			}
			if f := e.View(m).field(field); f.Text != "Win rate " {
				t.Errorf("while typing the field reads %q, want %q", f.Text, "Win rate ")
			}
			e.Set(m, field, "Win rate N")
			if f := e.View(m).field(field); f.Text != "Win rate N" {
				t.Errorf("the field reads %q", f.Text)
			}
			e.Set(m, field, "Win rate N ")
			e.Commit(m, field)
			if f := e.View(m).field(field); f.Text != "Win rate N" {
				t.Errorf("left, the field reads %q, want the name as stored", f.Text)
			}
		})
	}
}

// A number past any limit typed for a rate in the editor names the rate's
// rule, in its own terms: it read "cannot be above the maximum 1%" (the
// engine's limit as a rate, its zeros lost), and a minimum of a hundred
// digits.
func TestEditorRateHugeNamesTheRule(t *testing.T) {
	for _, c := range []struct {
		lang      i18n.Lang
		value, to string // the value's rule, an end's or the step's
	}{
		{i18n.Ja, "受注率: 0%より大きく100%以下にしてください", "受注率: 率の範囲は0%〜100%です"},
		{i18n.En, "Close rate: must be more than 0% and at most 100%", "Close rate: a rate's range is from 0% to 100%"},
	} {
		m := newModel(t, c.lang)
		e := &Editor{Open: true}
		e.Select("close_rate")
		for _, f := range []string{scenario.EditValue, scenario.EditMax, scenario.EditMin, scenario.EditStep} {
			want := c.to
			if f == scenario.EditValue {
				want = c.value
			}
			if e.Set(m, f, "1e300") {
				t.Fatalf("%s %s: 1e300 taken", c.lang, f)
			}
			if got := e.View(m).field(f).Error; got != want {
				t.Errorf("%s %s: %q, want %q", c.lang, f, got, want)
			}
		}
	}
}

// TestEditorStatusSaysTheAction: the status line says what an action
// did. After "+ Add a formula below" on Revenue it still read "Revenue
// changed.", naming the parent rather than the node added.
func TestEditorStatusSaysTheAction(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang i18n.Lang
		act  func(m *Model, e *Editor) bool
		want func(m *Model, e *Editor) string
	}{
		{"a formula added, en", i18n.En, func(m *Model, e *Editor) bool { e.Select("revenue"); return e.Add(m, kpi.Product) },
			func(m *Model, e *Editor) string { return m.Scenario.Node(e.Sel).Label.En + " added under Revenue." }},
		{"a lever added, ja", i18n.Ja, func(m *Model, e *Editor) bool { e.Select("revenue"); return e.Add(m, kpi.Lever) },
			func(m *Model, e *Editor) string {
				return "売上の下に" + m.Scenario.Node(e.Sel).Label.Ja + "を追加しました。"
			}},
		{"a node moved, en", i18n.En, func(m *Model, e *Editor) bool { e.Select("close_rate"); return e.Move(m, "down") },
			func(m *Model, e *Editor) string { return "Close rate moved." }},
		{"a field changed after an add, en", i18n.En, func(m *Model, e *Editor) bool {
			e.Select("revenue")
			return e.Add(m, kpi.Lever) && e.Set(m, scenario.EditLabelEn, "Upsell")
		}, func(m *Model, e *Editor) string { return "Upsell changed." }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newModel(t, tc.lang)
			e := &Editor{Open: true}
			if !tc.act(m, e) {
				t.Fatal("the action was refused")
			}
			if got, want := e.View(m).Status, tc.want(m, e); got != want {
				t.Errorf("status %q, want %q", got, want)
			}
		})
	}
}
