package i18n

// The summary's line of the year so far, once actuals are in (app/ui
// year_line.go).
func init() {
	register(map[string]msg{
		"yearline.head":        {"実績込み（%sまで）:", "With actuals, to %s:"},
		"yearline.head_none":   {"実績込み:", "With actuals:"},
		"yearline.achievement": {"達成率 %s", "achievement %s"},
		"yearline.forecast":    {"着地見込み %s（目標との差 %s）", "forecast %s (gap %s)"},
		"yearline.prob":        {"目標達成の確率 %s", "chance of the goal %s"},
		"yearline.more":        {"実績と見通しを見る", "See the year so far"},
	})
}
