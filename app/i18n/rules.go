package i18n

import (
	"fmt"

	"github.com/kpisim/kpisim/app/kpi"
)

// Rule says in l a rule the engine wrote in English from format and args
// (kpi.Error's Format and Args, or its Rule when it has no arguments): the
// tree's structure, the plan's settings, an actuals entry. It reports false
// for English, and for a rule with no words in l, which then reads in the
// engine's English.
func (l Lang) Rule(format string, args []any) (string, bool) {
	if l != Ja {
		return "", false
	}
	t, ok := rulesJa[format]
	if !ok {
		return "", false
	}
	named := make([]any, len(args))
	for i, a := range args {
		named[i] = a
		if u, ok := a.(kpi.Unit); ok { // 件数（count）: the file's word kept beside the reader's
			named[i] = unitsJa[u] + "（" + u.String() + "）"
		}
	}
	return fmt.Sprintf(t, named...), true
}

// unitsJa name the units in Japanese.
var unitsJa = map[kpi.Unit]string{kpi.Currency: "金額", kpi.Count: "件数", kpi.Rate: "率", kpi.Number: "数値"}

// rulesJa are the engine's rules (app/kpi, app/forecast, app/scenario) in
// Japanese, by their English format; the arguments keep their order, or
// are named by index. TestEveryRuleInJapanese (app/scenario) finds every
// format the engine writes and holds that each is here.
var rulesJa = map[string]string{
	// The tree (kpi.Compile).
	"the tree has no nodes":                                                                   "ツリーに項目がありません",
	"the tree has %d nodes; at most %d are allowed":                                           "ツリーの項目が%d個あります。%d個までです",
	"must start with a lowercase letter and use only a-z, 0-9 and _ (at most 40)":             "英小文字で始め、a-z・0-9・_ だけを使って40文字までにしてください",
	"is used by more than one node":                                                           "複数の項目で使われています",
	"%q is not a node of this tree":                                                           "「%s」はこのツリーの項目ではありません",
	"a node cannot be its own child":                                                          "自分自身を子にはできません",
	"is a child of both %s and %s; in a KPI tree each node has one parent":                    "%sと%sの両方の子になっています。KPIツリーでは親は1つです",
	"%q is listed twice":                                                                      "「%s」が2回書かれています",
	"%q is a lever; the goal must be a computed node (a product, sum, difference or ratio)":   "「%s」はレバーです。目標は計算の項目（積・和・差・比）にしてください",
	"%q is a child of %s; the goal must be the top of the tree":                               "「%s」は「%s」の子です。目標はツリーの頂点にしてください",
	"must be year, quarter, month, week or day":                                               "year・quarter・month・week・day のいずれかにしてください",
	"the tree loops back to this node (a cycle)":                                              "ツリーがこの項目に戻ってきます（循環）",
	"is %d levels below the goal; at most %d are allowed":                                     "目標から%d階層下にあります。%d階層までです",
	"is not connected to the goal %s; attach it as a child or remove it":                      "目標%sにつながっていません。どこかの子にするか、削除してください",
	"is below the denominator of %s; an activity can be a ratio's numerator, not its divisor": "%sの分母の下にあります。行動量は比の分子にはなれますが、分母にはなれません",
	"%q is in %s but %s is in %s; the terms of a sum or difference must be in its unit (money only with money, a count not with a rate)": "「%[1]s」の単位は%[2]s、「%[3]s」の単位は%[4]sです。和・差の項は同じ種類の単位にしてください。金額は金額とだけ足し引きでき、件数と率は混ぜられません",
	"must be number, currency, count or rate":                             "number・currency・count・rate のいずれかにしてください",
	"has both a value and children; a node is either a lever or computed": "値と子の両方があります。項目はレバーか計算の項目のどちらかです",
	"only a lever can be an activity":                                     "行動量にできるのはレバーだけです",
	"a %s needs at least one child":                                       "%sには子が1つ以上必要です",
	"has %d children; at most %d are allowed":                             "子が%d個あります。%d個までです",
	"a %s needs at least two children: the first, then what it is %s":     "%[1]sには子が2つ以上必要です（最初の項目と、それから引く・それで割る項目）",
	"only an activity lever is stated per day, week or month":             "日・週・月あたりで表せるのは行動量のレバーだけです",
	"must be a lever, a product, a sum, a difference or a ratio":          "レバー、product（積）、sum（和）、difference（差）、ratio（比）のいずれかにしてください",
	"must be daily, weekly, monthly or quarterly":                         "daily・weekly・monthly・quarterly のいずれかにしてください",
	"%s is above max %s":                                                  "%sが最大値%sを超えています",
	"must not be negative":                                                "マイナスにはできません",
	"an activity is counted per rep per working day, week or month; its unit must be count, number or currency": "行動量は1人あたり営業日・週・月ごとに数えます。単位は count・number・currency にしてください",
	"must be day, week or month":                    "day・week・month のいずれかにしてください",
	"must be 0 (no limit) or a positive number":     "0（上限なし）か正の数にしてください",
	"only an activity lever has a ceiling per rep":  "1人あたりの上限があるのは行動量のレバーだけです",
	"only a lever can be a given of the plan":       "計画の前提にできるのはレバー（入力する値）だけです",
	"an activity is a KPI, not a given of the plan": "行動量はKPIです。計画の前提にはできません",

	// The plan (forecast.Config) and the business calendar.
	"must be a month from 1 (January) to 12; got %d":                                     "1（1月）〜12の月にしてください（%d）",
	"must be a year from %d to %d (0 for none); got %d":                                  "%d〜%d年（指定しないなら0）にしてください（%d）",
	"must be a whole number from 1 to %d (0 for the scenario's calendar); got %d":        "1〜%dの整数（シナリオの暦に従うなら0）にしてください（%d）",
	"must hold 12 weights, one per month from January; got %d":                           "1月から月ごとに12個の重みが必要です（%d個）",
	"must hold 12 weights, one per month from the plan's first month; got %d":            "計画の開始月から月ごとに12個の重みが必要です（%d個）",
	"must be goal, activity or both":                                                     "goal・activity・both のいずれかにしてください",
	"must be a plan month from 1 to %d; got %d":                                          "計画の1〜%dか月目にしてください（%d）",
	"must be from 0 (productive at once) to %d months; got %d":                           "0（すぐに戦力）〜%dか月にしてください（%d）",
	"a hire's month and ramp are whole months; got %s":                                   "採用の月と立ち上がり期間は整数の月数にしてください（%s）",
	"%q is not supported (want jp)":                                                      "「%s」には対応していません（jp のみ）",
	"must be a year from %d to %d; got %d":                                               "%d〜%d年にしてください（%d）",
	"month %d is not a month":                                                            "%d月という月はありません",
	"must be from 0 to %s (a coefficient of variation; 0.15 is ±15 %%); got %s":          "0〜%sにしてください（変動係数: 0.15 で±15%%）（%s）",
	"must be binomial or expected":                                                       "binomial か expected にしてください",
	"give either low/likely/high or won/of, not both":                                    "low/likely/high か won/of のどちらか一方にしてください",
	"must be from 1 to %s; got %d":                                                       "1〜%sにしてください（%d）",
	"must be from 0 to of (%d); got %d":                                                  "0〜of（%d）にしてください（%d）",
	"give low and high (and optionally likely), or won and of":                           "low と high（必要なら likely も）、または won と of を書いてください",
	"low %s is above high %s":                                                            "low %s が high %s を上回っています",
	"%s is outside low %s to high %s":                                                    "%s が low %s〜high %s の外にあります",
	"%q is computed from its children; give a range to one of its levers":                "「%s」は下位の項目から計算されます。幅はそのレバーに書いてください",
	"won/of describes a rate; %q is a %s (use low/likely/high)":                          "won/of は率を表します。「%s」の単位は%sです（low/likely/high を使ってください）",
	"the lever's value %s is outside low %s to high %s; set likely":                      "レバーの値%sが low %s〜high %s の外にあります。likely を書いてください",
	"%q is not an activity lever":                                                        "「%s」は行動量のレバーではありません",
	"only a lever can be solved for; this node is computed":                              "逆算できるのはレバーだけです。この項目は計算の項目です",
	"must be a year from %d to %d (0 for none)":                                          "%d〜%d年（指定しないなら0）にしてください",
	"must be a month from 1 (January) to 12, or 0 for not set":                           "1（1月）〜12の月にしてください（未設定なら0）",
	"must be 1 or yes (a new team, an empty pipeline), or 0 or no (an ongoing business)": "1・yes・はい（新しいチーム: 商談の積み残しなし）か、0・no・いいえ（既存の事業）にしてください",
	"no model: compile the scenario first":                                               "計算モデルがありません（先にシナリオを読み込んでください）",
	"name the lever to solve for; the tree has no activity lever":                        "逆算するレバーを指定してください。ツリーに行動量のレバーがありません",

	// Actuals (forecast.Actuals.Check).
	"must be a month from 1 to 12; got %d":                                    "1〜12の月にしてください（%d）",
	"must be a week of the month from 1 to 5 (0 for the whole month); got %d": "月の第1〜5週（月全体なら0）にしてください（%d）",
	"must be a number from 0 to %s; got %s":                                   "0〜%sの数にしてください（%s）",
	"the weight for month %d (%s) must be a number from 0 to %s":              "%d月の重み（%s）は0〜%sの数にしてください",
	"a rate is at most 100%%; got %s":                                         "率は100%%までです（%s）",
	"has %d entries; at most %d are allowed":                                  "%d件あります。%d件までです",
}
