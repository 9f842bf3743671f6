package i18n

// The summary's line of the year so far, once actuals are in (app/ui
// year_line.go).
func init() {
	register(map[string]msg{
		"yearline.head":        {"%s:", "%s:"}, // 「2026年10月までの実績:」, "Actual to Oct 2026:"
		"yearline.head_none":   {"実績込み:", "With actuals:"},
		"yearline.achievement": {"達成率 %s", "achievement %s"},
		"yearline.forecast":    {"着地見込み %s（目標との差 %s）", "forecast %s (gap %s)"},
		"yearline.missing":     {"%sは実績がなく見込みで計算", "no actuals for %s (taken at the forecast)"},
		"yearline.prob":        {"目標達成の確率 %s", "chance of the goal %s"},
		"yearline.more":        {"実績と見通しを見る", "See the year so far"},
		// Weeks of today's month typed before they begin (forecast.Reforecast.AheadWeeks):
		// %[1]s the month's weeks, %[2]s today.
		"refit.ahead_weeks":           {"%[1]sはまだ始まっていないため（今日は%[2]s）、入っている実績は残したまま数えていません。始まると数えます。", "%[1]s has not begun (today is %[2]s): its actuals are kept but not counted until it does."},
		"refit.month_weeks":           {"%[1]sの%[2]s", "%[2]s of %[1]s"},
		"refit.remaining_one":         {"残り1か月で必要", "Still needed in the month left"},
		"refit.remaining_partial_one": {"%sの残りと残り1か月で必要", "Still needed in the rest of %s and the month left"},
	})
}
