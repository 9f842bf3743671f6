package i18n

// Issue 12: SMART, the failure patterns and the checklist
// (app/report/smart.go, checklist.go; app/ui/coach*.go).
func init() {
	register(map[string]msg{
		"coach.sep":  {"・", ", "},
		"coach.list": {"、", ", "},

		"coach.unit.count":    {"件", "a count"},
		"coach.unit.currency": {"金額", "money"},
		"coach.unit.rate":     {"率（%）", "a rate (%)"},

		"coach.s.unnamed":  {"名前がありません（ID %s のまま）", "No name (only the id %s)"},
		"coach.s.sum":      {"%sは%sの合計で、それぞれを分けて追っています", "%s adds up %s, each tracked apart"},
		"coach.s.compound": {"%sは2つの指標を1つにまとめています。分けて追うと具体的になります", "%s joins two measures in one; track them apart"},
		"coach.s.no_unit":  {"単位がありません（件・金額・率のどれでもない数値）", "No unit: a plain number, not a count, money or a rate"},
		"coach.s.ok":       {"名前のある1つの指標・単位は%s", "One named measure, in %s"},

		// A plain number named with its unit; a goal whose period is its
		// deadline; the plan card's start month when none is set.
		"coach.s.named_unit": {"名前のある1つの指標・単位は名前のとおり（%s）", "One named measure, in the unit its name states (%s)"},
		"coach.t.each":       {"KGIは%sの目標で、期間ごとに期限が明確です", "KGI period: %s, so each period ends on a clear deadline"},
		"plan.start_unset":   {"未設定（1月とみなす）", "Not set (January assumed)"},

		"coach.m.ok":   {"%sで計測", "Measured %s"},
		"coach.m.none": {"計測タイミング（日次・週次・月次・四半期）が決まっていません", "No cadence: daily, weekly, monthly or quarterly"},

		"coach.t.ok":       {"KGIは%s、計画は%sから%s", "KGI period: %s; the plan starts in %s, %s"},
		"coach.t.no_start": {"KGIは%sですが、計画の開始月が決まっていません（1月とみなしています）", "KGI period: %s, but the plan has no start month (January is assumed)"},

		"coach.r.ok":      {"KGIにつながる: %s", "Moves the KGI: %s"},
		"coach.r.blocked": {"%sが0のため、変えてもKGIが動きません", "%s is 0, so changing it does not move the KGI"},

		"coach.a.unreachable": {"どの値でも目標に届きません", "No value reaches the goal"},
		"coach.a.no_ceiling":  {"上限が未設定のため、月ごとの判定はできません", "No ceiling is set, so no month can be tested"},
		// An activity against its ceiling; the last figure is the peak
		// month's (coach.a.peak_*), or the one month's (coach.a.one_*).
		"coach.a.planned_over":   {"計画値%sが上限%sを超えています（予測はこの計画値から数えます）", "The planned %s is above the ceiling of %s (the forecast counts it)"},
		"coach.a.over":           {"上限%sを超える月があります: %s（%s）", "Above the ceiling of %s in %s (%s)"},
		"coach.a.over_all":       {"どの月も上限%sを超えます（%s）", "Above the ceiling of %s in every month (%s)"},
		"coach.a.over_one":       {"1か月の計画で上限%sを超えます（%s）", "Above the ceiling of %s in the plan's one month (%s)"},
		"coach.a.within":         {"全%dか月で上限%s以内（%s）", "Within the ceiling of %[2]s in all %[1]d months (%[3]s)"},
		"coach.a.within_one":     {"1か月の計画で上限%s以内（%s）", "Within the ceiling of %s in the plan's one month (%s)"},
		"coach.a.peak_need":      {"最も多い月で%sが必要", "the most a month needs: %s"},
		"coach.a.peak_plan":      {"計画が最も多い月で%s", "the most a month plans: %s"},
		"coach.a.one_need":       {"%sが必要", "it needs %s"},
		"coach.a.one_plan":       {"計画は%s", "it plans %s"},
		"coach.a.no_range":       {"比べる実績の幅がないため、前提どおりとしています", "No range or history to test against: taken as planned"},
		"coach.a.history":        {"「不確実性」に設定した実績 %s/%s件の95%%区間", "the 95%% interval of the history of %s in %s set under Uncertainty"},
		"coach.a.range":          {"「不確実性」に設定した幅", "the range set under Uncertainty"},
		"coach.a.range_stated":   {"値を動かす前に「不確実性」で設定した幅", "the range set under Uncertainty before the value moved"},
		"coach.a.history_stated": {"値を動かす前に「不確実性」で設定した実績 %s/%s件の95%%区間", "the 95%% interval of the history of %s in %s set under Uncertainty before the value moved"},

		"coach.a.outside":        {"%sは%s（%s〜%s）の外です", "%s is outside %s (%s to %s)"},
		"coach.a.inside":         {"%sは%s（%s〜%s）の中です", "%s is inside %s (%s to %s)"},
		"coach.a.below_bad":      {"下位KPIの%sが達成できない水準です", "%s below it is not achievable"},
		"coach.a.below_bad_many": {"下位KPIの%sが達成できない水準です", "%s below it are not achievable"},
		"coach.a.below_ok":       {"下位KPIの%sはすべて達成可能な水準です", "Everything below it is achievable: %s"},

		"coach.p.activity_only.title":  {"架電数だけをKPIにする", "Making calls the only KPI"},
		"coach.p.activity_only":        {"活動量の%sだけで、成果指標（商談化率・受注率などの率）がありません。活動量は増えても成果につながらない商談が増え、営業効率が低下します", "Only the activity %s, and no outcome indicator (a rate such as meeting conversion or close rate): activity grows, but the meetings it makes do not lead to results"},
		"coach.p.volume_no_rate.title": {"リード数だけを追う", "Chasing lead counts alone"},
		"coach.p.volume_no_rate":       {"%sからKGIまでの間に転換率（商談化率・受注率）がありません。数を増やせば売上も増えるという誤解につながります", "No conversion rate (meeting conversion, close rate) between %s and the KGI: it suggests that more volume alone means more revenue"},
		"coach.p.no_cadence.title":     {"KPIを設定しただけで満足する", "Setting KPIs and stopping there"},
		"coach.p.no_cadence":           {"%sは計測タイミングが決まっていません。計測と振り返りの仕組みがなければKPIは形骸化します", "%s has no cadence: without measuring and reviewing, a KPI becomes an empty formality"},
		"coach.p.definitions.title":    {"部門ごとにKPI定義が異なる", "Departments defining KPIs differently"},
		"coach.p.definitions":          {"%sは同じ名前で単位か計測頻度が異なります。定義や計測方法が揃わないと部門間連携がうまくいきません", "%s share a name but differ in unit or cadence: without one definition, departments do not work together"},
		"coach.p.off_path.title":       {"KGIにつながらないKPI", "A KPI that does not move the KGI"},
		"coach.p.off_path":             {"%sを変えてもKGIが動きません。KGIから逆算したツリーの中で意味を持たない指標です", "Changing %s does not move the KGI: in a tree worked back from the KGI it measures nothing that counts"},
		"coach.p.activity_only.check":  {"行動量（架電数など）のKPIだけで、率（商談化率・受注率）のKPIがないか", "Activity KPIs (such as calls) with no rate KPI (meeting conversion, close rate)"},
		"coach.p.volume_no_rate.check": {"件数のKPI（リード数など）とKGIの間に転換率がないか", "A count KPI (such as leads) with no conversion rate between it and the KGI"},
		"coach.p.no_cadence.check":     {"計測頻度（日次・週次・月次）が決まっていないKPIがないか", "A KPI with no cadence (daily, weekly, monthly)"},
		"coach.p.definitions.check":    {"同じ名前で単位か計測頻度が異なるKPIがないか", "Two KPIs of one name with another unit or cadence"},
		"coach.p.off_path.check":       {"変えてもKGIが動かないKPIがないか", "A KPI whose change does not move the KGI"},
		"coach.patterns_checked":       {"当てはまらないパターン（確認した点）", "Not found (what the coach looks for)"},

		"coach.s1":     {"KGI: %s %s %s", "KGI: %s, %s, %s"},
		"coach.s2":     {"KGI%sから%sまで逆算したツリー（KPI %d個）", "The tree is worked back from the KGI %s to %s (%d KPIs)"},
		"coach.s3.ok":  {"%d個のKPIすべてがSMARTを満たしています", "All %d KPIs meet SMART"},
		"coach.s3.no":  {"%d/%d個のKPIがSMARTを満たしていません: %s", "%d of %d KPIs do not meet SMART: %s"},
		"coach.s4.no":  {"%s", "%s"},
		"coach.s15.ok": {"成果指標: %s", "Outcome indicators: %s"},
		"coach.s15.no": {"成果指標（商談化率・受注率などの率）がありません", "No outcome indicator (a rate such as meeting conversion or close rate)"},

		"coach.title":        {"SMARTチェック", "SMART check"},
		"coach.intro":        {"記事のSMARTの法則で、各KPI（KGI以外のすべての指標）を判定します。", "Each KPI (every measure but the KGI) tested against the article's SMART criteria."},
		"coach.kpi":          {"KPI", "KPI"},
		"coach.why":          {"満たしていない理由", "Why not"},
		"coach.all_pass":     {"5項目すべて満たしています", "Meets all five"},
		"coach.pass":         {"満たす", "passes"},
		"coach.fail":         {"満たさない", "fails"},
		"coach.score_smart":  {"SMARTをすべて満たすKPI: %d/%d", "KPIs meeting all of SMART: %d of %d"},
		"coach.letter.S":     {"S 具体的", "S Specific"},
		"coach.letter.M":     {"M 測定可能", "M Measurable"},
		"coach.letter.A":     {"A 達成可能", "A Achievable"},
		"coach.letter.R":     {"R 関連性", "R Relevant"},
		"coach.letter.T":     {"T 期限", "T Time-bound"},
		"coach.all_reasons":  {"すべての判定理由を見る", "Show every test's reason"},
		"coach.patterns":     {"よくある失敗パターン", "Common failure patterns"},
		"coach.no_patterns":  {"記事の失敗パターンには当てはまりません。", "None of the article's failure patterns applies."},
		"coach.checklist":    {"営業KPI設計・運用チェックリスト", "Sales KPI design and operation checklist"},
		"coach.check_intro":  {"できている項目にチェックを付けてください。チェックはシナリオと一緒に保存され、共有リンクにも含まれます。", "Tick what your team already does. The ticks are kept with the scenario and travel in the share link."},
		"coach.score":        {"達成 %d/%d", "Score: %d of %d"},
		"coach.next":         {"次に取り組む項目（優先順）", "What to do next, in priority order"},
		"coach.next_none":    {"15項目すべてにチェックが付いています。", "All 15 items are ticked."},
		"coach.hint_met":     {"シナリオからの判定: 満たしていそう", "From the scenario: looks met"},
		"coach.next_met":     {"シナリオからは満たしていそう（確認できたらチェック）", "From the scenario: looks met (tick it once confirmed)"},
		"coach.hint_not_met": {"シナリオからの判定: 満たしていない可能性", "From the scenario: looks unmet"},
	})
}
