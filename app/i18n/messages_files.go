package i18n

// Issue 11: undo and redo, and scenario files (open YAML or JSON, download
// YAML).
func init() {
	register(map[string]msg{
		"files.undo":            {"元に戻す", "Undo"},
		"files.redo":            {"やり直す", "Redo"},
		"files.undone":          {"元に戻しました:", "Undone:"},
		"files.redone":          {"やり直しました:", "Redone:"},
		"files.step.change":     {"設定の変更", "a change of settings"},
		"files.step.more":       {"ほか%d項目", "%d more"},
		"files.step.typed":      {"「%s」に入力した文字", "the text typed in %s"},
		"files.step.scenario":   {"シナリオ", "scenario"},
		"files.step.goal":       {"目標値", "the goal"},
		"files.step.added":      {"「%s」の追加", "the addition of %s"},
		"files.step.removed":    {"「%s」の削除", "the removal of %s"},
		"files.step.renamed_to": {"名前の変更（「%s」→「%s」）", "the renaming of %s to %s"},
		"files.step.renamed":    {"「%s」の名前の変更", "the renaming of %s"},
		"files.step.formula":    {"「%s」の式の変更", "the change of the formula of %s"},
		"files.step.moved":      {"「%s」の移動", "the move of %s"},
		"files.step.order":      {"「%s」の項の並び順", "the order of the terms of %s"},
		"files.step.settings":   {"「%s」の設定の変更", "the change of the settings of %s"},
		"files.step.compare":    {"シナリオの比較", "the comparison"},
		"files.step.checklist":  {"チェックリスト", "the checklist"},
		"files.open":            {"ファイルを開く", "Open file"},
		"files.open_hint":       {"YAML または JSON。ページにドロップしても開けます（実績の CSV も）。", "YAML or JSON; you can also drop it on the page (a CSV of actuals too)."},
		"files.choose":          {"ファイルを選ぶ…", "Choose a file…"},
		"files.download":        {"YAMLで保存", "Download YAML"},
		"files.drop":            {"ここにドロップしてシナリオを開く", "Drop here to open the scenario"},
		"files.opened":          {"ファイルを開きました: %s（「元に戻す」で前の状態に戻れます）", "Opened %s (Undo brings back what you had)."},
		"files.as_actuals":      {"「%s」を実績のCSVとして読み込みました。下の「実績と見通し」で確かめてください。", "%s was read as a CSV of actuals: see the year so far below."},
		"files.error":           {"%s を開けませんでした。今の作業はそのままです。", "%s could not be opened. Your work is unchanged."},
		"files.line":            {"%d行目", "line %d"},
		"files.too_large":       {"ファイルが大きすぎます（上限 1 MiB）。", "The file is too large (the limit is 1 MiB)."},
		"files.unreadable":      {"ファイルを読み込めませんでした。", "The file could not be read."},
		"files.header_comment":  {"kpisim のシナリオ（ページから保存）。確認: kpisim validate %[1]s / 計算: kpisim calc %[1]s", "A kpisim scenario saved from the page. Check: kpisim validate %[1]s / figures: kpisim calc %[1]s"},
	})
}
