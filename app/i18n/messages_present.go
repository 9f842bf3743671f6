package i18n

// Issue 12: the presentation's line of keys, one item a key, each shown
// where its key does something (app/ui/present.go presentKeys).
func init() {
	register(map[string]msg{
		"present.key.next":   {"→ 次へ", "→ next"},
		"present.key.back":   {"← 戻る", "← back"},
		"present.key.hide":   {"H 隠す", "H hide"},
		"present.key.show":   {"H 表示", "H show"},
		"present.key.reveal": {"R 答え", "R reveal"},
		"present.key.leave":  {"Esc 終了", "Esc leave"},
	})
}
