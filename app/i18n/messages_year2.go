package i18n

// The year as it happens, second round (a sales manager's defects): what
// an import replaced that was typed by hand, and more.
func init() {
	register(map[string]msg{
		// %[1]s month (and week), %[2]s the KPI, %[3]s typed, %[4]s the file's.
		"import.hand_item": {"%[1]sの%[2]s %[3]s→%[4]s", "%[1]s %[2]s %[3]s → %[4]s"},
		"import.hand_text": {"「%s」", "%q"},
		"import.hand_one":  {"手入力の値をファイルの値で置き換えました: %s。「元に戻す」で戻せます。", "Replaced a value typed by hand with the file's: %s. Undo brings it back."},
		"import.hand_many": {"手入力の値をファイルの値で置き換えました: %s。「元に戻す」で戻せます。", "Replaced values typed by hand with the file's: %s. Undo brings them back."},
		// A file with nothing in it; a month whose row was refused.
		"import.empty_file": {"ファイルが空です", "the file is empty"},
		"import.kept_left":  {"%sは行を読み込めなかったため（問題を参照）、それまでの実績をそのまま使っています。", "%s: its row was left out (see the problems), so the actuals held before stay."},
	})
}
