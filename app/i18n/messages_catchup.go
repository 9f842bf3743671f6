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
		// %[1]s the sales cycle, %[2]s the last month whose activity lands in the plan.
		"catchup.lag": {"商談期間（%[1]s）があるため、行動量は%[2]sまでの分です。それより後の行動は計画期間の後に着地します。", "With the sales cycle (%[1]s), activity counts to %[2]s: what is done later lands after the plan."},
	})
}
