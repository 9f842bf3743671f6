package i18n

// Messages that name the rule a value breaks where another was said: a
// seasonality weight too large, below 0 or no number (it read "not a
// number of 0 or more" for 1e300, and "12 weights … got 1" for "abc").
func init() {
	for en, ja := range map[string]string{
		"the weight for month %d, %q, is not a number":                      "%d月の重み「%s」は数ではありません",
		"the weight for month %d, %q, is below 0: a weight is 0 or more":    "%d月の重み「%s」がマイナスです。重みは0以上にしてください",
		"the weight for month %d, %q, is too large: a weight is at most %s": "%d月の重み「%s」が大きすぎます。重みは%s以下にしてください",
	} {
		rulesJa[en] = ja
	}
}
