package i18n

// What the months left take, KPI by KPI (report.CatchUp).
func init() {
	register(map[string]msg{
		"catchup.head":       {"残りの期間に必要な数（これまでの転換率で）", "What the months left take, at the rates seen so far"},
		"catchup.total":      {"残りの合計", "Still needed"},
		"catchup.plan_month": {"計画（月）", "Plan / month"},
		// The activity already done lands more than the goal still needs
		// (with a sales cycle): %[1]s the activity, %[2]s the plan's pace.
		"refit.pace_done": {"これから: これまでの行動から着地する分で残りの必要額をまかなえるため、目標のために%[1]sを増やす必要はありません（計画時の必要量 %[2]s）。", "From now on: the activity already done lands what is still needed, so the goal needs no more %[1]s (the plan needed %[2]s)."},
		// The review's column of what each KPI needs from now on (report.Review.Ahead).
		"review.ahead_month": {"今後の必要数（月）", "Needed from now, a month"},
		"review.ahead_week":  {"今後の必要数（週）", "Needed from now, a week"},
		"review.ahead_legend": {"今後の必要数は、目標に届くため残りの期間にそのKPIが必要とする数です（実績と見通しの「残りの期間に必要な数」と同じ）。",
			"Needed from now: what the goal needs of the KPI in the time left (as in the year so far's table of the months left)."},
		// A month whose counts a funnel's rate cannot hold (report
		// impossibleNote): %[1]s the month, %[2]s %[3]s the count out and
		// its value, %[4]s %[5]s the count in, %[6]s the rate.
		"refit.impossible": {"%[1]s: %[2]s（%[3]s）が%[4]s（%[5]s）より多く、%[6]sが100%%を超えます（率は100%%以下です）。入力の誤りとみて、この月の2つの件数は転換率に入れていません。実績を確かめてください。",
			"%[1]s: %[2]s (%[3]s) exceed %[4]s (%[5]s), a %[6]s above 100%%, which no rate can be. Taken as a slip, that month's two counts are left out of the conversion rates: check the actuals."},
		// The same over the months together, with a sales cycle: %[1]s %[2]s
		// the count out in all, %[3]s %[4]s the count in, %[5]s the rate.
		"refit.impossible_all": {"%[1]sの合計（%[2]s）が商談期間前の%[3]sの合計（%[4]s）より多く、%[5]sが100%%を超えます（率は100%%以下です）。%[5]sは実績から測っていません。実績を確かめてください。",
			"%[1]s in all (%[2]s) exceed %[3]s a sales cycle earlier (%[4]s), a %[5]s above 100%%, which no rate can be: the %[5]s is not measured from the actuals. Check the actuals."},
		// A currency typed for a count or a rate (scenario.NotMoney).
		"err.not_money":     {"%s: 金額の項目ではないため、円・$などの通貨は付けられません。通貨なしの数値で入力してください", "%s: is not an amount: enter a number without a currency"},
		"actuals.bad_money": {"%s（%s）: 「%s」は金額です。この項目は金額ではないため、通貨なしの数値で入力してください。", "%s (%s): %q is an amount; this is no amount: enter a number without a currency."},
		// An import's negative count or rate (actuals.NegativeCount).
		"import.over_limit":     {"「%s」は上限の1,000兆を超えるため、この行は読み込みません", "%q is over the limit of 1,000,000,000,000,000, so the row is left out"},
		"import.negative_count": {"「%s」は負の数のため、この行は読み込みません。件数・率は0以上です", "%q is negative, so the row is left out: a count or a rate is 0 or more"},
		// A rate over 100 % typed without its sign, where no way of writing it holds (scenario.RateOverOne).
		"scenario.rate_over": {"%sは100%%を超えています。率は0%%より大きく100%%以下です", "%s is more than 100%%; a rate is more than 0%% and at most 100%%"},
		// A file's number written with a currency (scenario checkMoney).
		"scenario.not_money":      {"「%s」は金額ですが、この項目は金額ではありません。通貨なしの数値で書いてください", "%q is an amount, and this is no amount: write a number without a currency"},
		"scenario.other_currency": {"「%[1]s」は計画の通貨（%[2]s）と別の通貨の金額です。為替レートは使わないため、%[2]sで書いてください", "%[1]q is in another currency than the plan's (%[2]s), and no exchange rate is applied: write it in %[2]s"},
		// A review's rate above 100 %: its counts cannot hold.
		"review.check": {"実績を確認", "check the actuals"},
		// The same without a sales cycle: the plan's other KPIs bring it.
		"refit.pace_planned": {"これから: 計画のほかのKPI（%[1]s以外）がもたらす分で残りの必要額をまかなえるため、目標のために%[1]sを増やす必要はありません（計画時の必要量 %[2]s）。", "From now on: the plan's other KPIs bring what is still needed, so the goal needs no more %[1]s (the plan needed %[2]s)."},
		// %[1]s the sales cycle, %[2]s the last month whose activity lands in the plan.
		"catchup.lag": {"商談期間（%[1]s）があるため、行動量は%[2]sまでの分です。それより後の行動は計画期間の後に着地します。", "With the sales cycle (%[1]s), activity counts to %[2]s: what is done later lands after the plan."},
	})
}
