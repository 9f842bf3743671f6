package report_test

import (
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
)

// TestDatedRefit: a re-forecast dated August 15 (as the page and the CLI
// make it) counts August's month totals to the 15th and names the months
// not begun that have actuals, kept and not counted. On August 15 a
// summary with August's first half graded it against all of August's
// goal, and zeros for the months ahead read as months over ("the plan
// period has ended"), with "no problems" said. May to July, ended with no
// actuals, close without them (TestEndedMonthsMissing). The outbound plan runs
// April 2026 to March 2027, Monday to Friday: August has 21 working days,
// 10 of them by the 15th.
func TestDatedRefit(t *testing.T) {
	aug15 := time.Date(2026, 8, 15, 9, 0, 0, 0, time.UTC)
	partial := "月,売上\n2026年4月,7000000\n2026年7月,6300000\n2026年8月,2100000\n"
	ahead := "Month,Revenue\n2026-04,7000000\n2026-07,6300000\n2026-09,0\n2026-10,0\n2027-01,0\n"
	for _, tc := range []struct {
		name, csv string
		lang      i18n.Lang
		today     time.Time
		// what the review says: its through, its actual's head, the months
		// table's last closed row and the one after it, and its notes
		through, toDate, row, rest, partial, ahead string
	}{
		{"August in progress", partial, i18n.En, aug15,
			"Aug 2026, through day 15", "Actual to day 15 of Aug 2026", "Aug 2026, through day 15", "Aug 2026, the rest",
			"Aug 2026 is still running today, 15 Aug 2026: its month totals count as its actuals through day 15 (47.62% of its working days). The achievement compares them with the goal to that day, and the rest of the month counts at the plan's activity in the forecast and in what is needed from now on. If the figures run to an earlier day, enter the month by week.", ""},
		{"August in progress, in Japanese", partial, i18n.Ja, aug15,
			"2026年8月（15日まで）", "2026年8月15日までの実績", "2026年8月（15日まで）", "2026年8月（残り）",
			"2026年8月は今日（2026年8月15日）の時点でまだ途中のため、月の合計として入った実績は15日まで（営業日の47.62%）のものとして数えています。達成率はその日までの目標と比べ、月の残りの日は計画の行動量として着地見込みとこれから必要な量に入れています。実績がもっと前の日までのものなら、週ごとに入力してください。", ""},
		{"August over", partial, i18n.En, time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC),
			"Aug 2026", "Actual to Aug 2026", "Aug 2026", "Sep 2026", "", ""},
		{"months ahead", ahead, i18n.En, aug15,
			"Jul 2026", "Actual to Jul 2026", "Aug 2026, through day 14", "Aug 2026, the rest", "",
			"Sep–Oct 2026, Jan 2027 have not begun (today is 15 Aug 2026): their actuals are kept but not counted until they do. If they are zeros for the months ahead (a template's blanks), you can remove them."},
		{"one month ahead, in Japanese", "月,売上\n2026年4月,7000000\n2026年9月,0\n", i18n.Ja, aug15,
			"2026年4月", "2026年4月までの実績", "2026年8月（14日まで）", "2026年8月（残り）", "",
			"2026年9月はまだ始まっていないため（今日は2026年8月15日）、入っている実績は残したまま数えていません。始まると数えます。先の月の0（テンプレートの空欄など）でしたら削除できます。"},
		{"entered by week: to its last week", "Month,Week,Revenue\n2026-08,1,1000000\n2026-08,2,1100000\n", i18n.En, aug15,
			"Aug 2026, through week 2", "Actual to week 2 of Aug 2026", "Aug 2026, through week 2", "Aug 2026, the rest", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, rf := refitOn(t, "outbound", tc.csv, tc.today)
			r := report.NewRefit(rf, tc.lang, s.Currency)
			k := rf.Closed - 1
			if r.Through != tc.through || r.ToDateLabel != tc.toDate || r.Months[k].Label != tc.row || r.Months[k+1].Label != tc.rest {
				t.Errorf("through %q, head %q, rows %q, %q; want %q, %q, %q, %q", r.Through, r.ToDateLabel, r.Months[k].Label, r.Months[k+1].Label, tc.through, tc.toDate, tc.row, tc.rest)
			}
			partial := r.Partial
			if rf.PartialWeek > 0 {
				partial = "" // the weeks' own note: TestRefitWeeksNote
			}
			if partial != tc.partial || r.Ahead != tc.ahead {
				t.Errorf("notes:\n%s\n%s\nwant:\n%s\n%s", partial, r.Ahead, tc.partial, tc.ahead)
			}
		})
	}
}

// noteCase is an outbound plan from April 2026 with the actuals csv, and
// the note a review field holds in lang.
type noteCase struct {
	name, csv string
	lang      i18n.Lang
	want      string
}

// reviewNotes checks field of the review of each case.
func reviewNotes(t *testing.T, field func(*report.Refit) string, cases []noteCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, rf := refitOf(t, "outbound", tc.csv)
			if got := field(report.NewRefit(rf, tc.lang, s.Currency)); got != tc.want {
				t.Errorf("note:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestUnmeasuredSteps: a summary without first meetings measures neither
// the appointment rate nor the meeting conversion; the review names them
// beside its leak line (a leak there went unsaid: "every step is at plan
// or better"). With every count of the funnel, nothing is unmeasured.
func TestUnmeasuredSteps(t *testing.T) {
	reviewNotes(t, func(r *report.Refit) string { return r.Unmeasured }, []noteCase{
		{"no first meetings", "Month,Calls,Opportunities,Deals won,Revenue\n2026-04,7500,28,7,7000000\n", i18n.En,
			"Not measured from the actuals: Meeting conversion, Appointment rate (no actuals of the counts on both sides). A leak there does not show above."},
		{"no first meetings, in Japanese", "月,架電数,商談数,受注件数,売上\n2026年4月,7500,28,7,7000000\n", i18n.Ja,
			"商談化率、アポイント獲得率は実績から測れていません（前後の件数の実績がありません）。ここで歩留まりが悪くても上の表には出ません。"},
		{"every count", "Month,Calls,First meetings,Opportunities,Deals won,Revenue\n2026-04,7500,150,28,7,7000000\n", i18n.En, ""},
	})
}

// TestBeyondNote: May's 80,000 calls for 10 reps and 20 working days are
// 400 a rep a day against a ceiling of 100: likely a longer period's total,
// said; a month within the ceiling is not named.
func TestBeyondNote(t *testing.T) {
	reviewNotes(t, func(r *report.Refit) string { return r.Beyond }, []noteCase{
		{"May over", "Month,Calls,Revenue\n2026-04,7500,7000000\n2026-05,80000,9500000\n", i18n.En,
			"May 2026's actual of calls, 80,000, comes to 400 a rep a day, over the ceiling of 100 a rep a day: check that it is not a longer period's total or in another unit."},
		{"two months over, in Japanese", "月,架電数,売上\n2026年4月,30000,7000000\n2026年5月,80000,9500000\n", i18n.Ja,
			"2026年4月の架電数の実績30,000は1人1日150件で、上限の1人1日100件を超えています。もっと長い期間の合計か、別の単位ではないか確かめてください。ほかに1か月も上限を超えています。"},
		{"within", "Month,Calls,Revenue\n2026-04,7500,7000000\n", i18n.En, ""},
	})
}

// TestBeyondNoteMonthActivity: a month's activity (inside sales' budget,
// at most ¥6,000,000 a rep a month) is compared per rep per month, not
// through the calendar's average working days: with Japan's business
// calendar May 2026 has 18 working days, and ¥30,000,000 for 5 reps,
// exactly the ceiling, read as ¥6,666,667 a rep a month, over it.
func TestBeyondNoteMonthActivity(t *testing.T) {
	s := in2026(t, "inside-sales")
	if err := s.Set("forecast.business_calendar.year", 2026); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, csv, want string
	}{
		{"at the ceiling", "Month,Marketing budget\n2026-05,30000000\n", ""},
		{"over it", "Month,Marketing budget\n2026-05,36000000\n",
			"May 2026's actual of marketing budget, ¥36,000,000, comes to ¥7,200,000 / rep / month, over the ceiling of ¥6,000,000 / rep / month: check that it is not a longer period's total or in another unit."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := s.Clone()
			rf := refitWith(t, c, tc.csv)
			if got := report.NewRefit(rf, i18n.En, c.Currency).Beyond; got != tc.want {
				t.Errorf("note:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
