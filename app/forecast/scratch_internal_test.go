package forecast

import (
	"math/rand/v2"
	"testing"
)

func BenchmarkPieces(b *testing.B) {
	s := newSampler(rand.New(rand.NewPCG(1, 2)))
	n := make([]float64, 12)
	dst := make([]float64, 12)
	for i := range n {
		n[i] = 8000.3
	}
	b.Run("uniform", func(b *testing.B) {
		x := 0.0
		for b.Loop() {
			x += s.uniform()
		}
	})
	b.Run("normal", func(b *testing.B) {
		x := 0.0
		for b.Loop() {
			x += s.normal()
		}
	})
	b.Run("gamma44", func(b *testing.B) {
		g := newGammaShape(44)
		x := 0.0
		for b.Loop() {
			x += s.gamma(g)
		}
	})
	b.Run("dexp", func(b *testing.B) {
		x := 0.0
		for b.Loop() {
			x += dexp(-8.3)
		}
	})
	b.Run("binomials12-mean8", func(b *testing.B) {
		for b.Loop() {
			s.binomials(dst, n, 0.001)
		}
	})
	b.Run("binomials12-mean160", func(b *testing.B) {
		for b.Loop() {
			s.binomials(dst, n, 0.02)
		}
	})
	b.Run("quantiles10k", func(b *testing.B) {
		a := make([]float64, 10000)
		for i := range a {
			a[i] = float64(int(s.uniform()*30)) * 1e6
		}
		col := make([]float64, 10000)
		idx := make([]uint16, 10000)
		for b.Loop() {
			copy(col, a)
			quantiles(col, idx)
		}
	})
}
