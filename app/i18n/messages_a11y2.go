package i18n

// The second accessibility review: what the page says through its live
// regions (app/ui/page_history.go answerWords) and the tornado chart's
// table, its text alternative (app/ui/page_charts.go).
func init() {
	register(map[string]msg{
		// A value committed and refused: the rule it breaks, said once, in
		// place of the last valid answer, which sounded accepted.
		"a11y2.refused": {"受け付けられません。%s", "Not accepted. %s"},
		// The head of the tornado table's first column (the levers).
		"a11y2.tornado.lever": {"レバー", "Lever"},
	})
}
