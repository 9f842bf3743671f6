package i18n

// Texts for screen readers only (issue 12: accessibility).
func init() {
	register(map[string]msg{
		"a11y.measure":   {"指標", "Measure"},              // the required table's row-header column
		"a11y.share_bar": {"共有とファイル", "Share and files"}, // the region of the share bar
	})
}
