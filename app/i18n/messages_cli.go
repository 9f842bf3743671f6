package i18n

// The CLI's findings of session 55 (s55-cli) and the page's same
// sentences: each says what it is about.
func init() {
	register(map[string]msg{
		// The headline's line when the requirement is within the ceiling
		// names the requirement: beside an activity planned over the
		// ceiling (forecast.planned_over), "Within the ceiling … in every
		// month" read as if the plan were.
		"required.ok_need":      {"%sの必要量は、どの月も上限の1人1日%s件以内です。", "The requirement for %s is within the ceiling of %s a rep a day in every month."},
		"required.ok_need_span": {"%sの必要量は、どの月も上限（%s）以内です。", "The requirement for %s is within the ceiling of %s in every month."},
		// The re-forecast's pace from now on, as the line before it says.
		"refit.pace_ok_need": {"このペースは上限（%s）以内です。", "That pace is within the ceiling of %s."},
	})
}
