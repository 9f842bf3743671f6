package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// BenchmarkAnswer is what a slider move costs the core: compile the
// scenario, answer it through the monthly plan (forecast.Solve) and write
// every figure (report.New).
func BenchmarkAnswer(b *testing.B) {
	ps, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range ps {
		b.Run(s.ID, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a, err := s.Answer()
				if err != nil {
					b.Fatal(err)
				}
				report.New(a, i18n.Ja, s.Currency)
			}
		})
	}
}
