package i18n

// issue 11: the comparison, complete (app/ui/compare*.go).
func init() {
	register(map[string]msg{
		"compare.start":         {"変更前", "Before changes"},
		"compare.rebased":       {"基準にした状態", "Chosen base"},
		"compare.hint_rebased":  {"「今の状態を基準にする」を押したときの状態が基準です。マイシナリオの「比較」に印を付けると最大4つまで並べます。", "The base is the state when Make the current state the base was pressed. Mark My scenarios with Compare to show up to four side by side."},
		"compare.left":          {"比較に並べるのは一度に%dつまでです。表示していないもの: %s。マイシナリオでほかの「比較」の印を外すと、ここに加わります。", "The comparison shows %d at a time. Not shown: %s. Untick Compare on another of My scenarios and it takes its place."},
		"compare.left_name":     {"「%s」", "“%s”"},
		"compare.left_one":      {"（表示していません: 比較は%dつまで）", "(not shown: %d at a time)"},
		"compare.make_base":     {"基準にする", "Make base"},
		"compare.clear":         {"比較をやめる", "Stop comparing"},
		"compare.headline":      {"主な結果", "Answers"},
		"compare.table":         {"必要な量（逆算経路）", "Required per period (solve path)"},
		"compare.chart":         {"累計予測", "Cumulative forecast"},
		"compare.not_drawn":     {"目標の単位がグラフと違うため、描いていないシナリオ: %s。グラフは%sで描いています。", "Not drawn, as their goal is counted in another unit: %s. The chart is in %s."},
		"compare.not_drawn_one": {"「%s」（%s）", "%s (%s)"},
		"compare.period":        {"期間", "Period"},
		"compare.all_periods":   {"すべての期間", "All periods"},
		"compare.vs_base":       {"基準との差", "Difference to the base"},
	})
}
