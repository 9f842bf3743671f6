package i18n

// Issue 12, handouts and exports: the printed handout's head, the print
// button, and the buttons that save a chart as PNG or a table as CSV.
func init() {
	register(map[string]msg{
		"handout.title":       {"配布資料", "Handout"},
		"handout.assumptions": {"前提", "Assumptions"},
		"handout.levers":      {"計画値", "Planned values"},
		"handout.plan":        {"計画期間", "Plan"},
		"handout.plan_span":   {"{n}か月（{start}から）", "{n} months from {start}"},
		// A preset's description once a figure has changed (scenario.Presets.Describes): the handout's and the page's footer.
		"handout.desc_changed": {"このシナリオの出発点にしたプリセットの説明です（数値はその後変更されています。使っているのは表示中の値です）: %s", "About the preset this scenario started from (its figures have since changed; those shown are the ones in use): %s"},
		"handout.print":        {"配布資料を印刷", "Print handout"},
		"handout.png_label":    {"{chart}を PNG で保存", "Save {chart} as PNG"},
		"handout.csv_required": {"必要量の表を CSV で保存", "Save the required table as CSV"},
		"handout.csv_plan":     {"月次計画を CSV で保存", "Save the monthly plan as CSV"},
	})
}
