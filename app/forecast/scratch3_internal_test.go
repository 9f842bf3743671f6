package forecast

import (
	"testing"
)

func BenchmarkQParts(b *testing.B) {
	a := make([]float64, 10000)
	for i := range a {
		a[i] = float64(i%30) * 1e6
	}
	var count [1024]int32
	b.Run("minmax", func(b *testing.B) {
		for b.Loop() {
			lo, hi := a[0], a[0]
			for _, v := range a {
				lo = min(lo, v)
				hi = max(hi, v)
			}
			_ = lo + hi
		}
	})
	b.Run("minmax-if", func(b *testing.B) {
		for b.Loop() {
			lo, hi := a[0], a[0]
			for _, v := range a {
				if v < lo {
					lo = v
				}
				if v > hi {
					hi = v
				}
			}
			_ = lo + hi
		}
	})
	b.Run("hist", func(b *testing.B) {
		scale := 1023 / 29e6
		for b.Loop() {
			for _, v := range a {
				count[int(v*scale)&1023]++
			}
		}
	})
	b.Run("hist-u", func(b *testing.B) {
		scale := 1023 / 29e6
		for b.Loop() {
			for _, v := range a {
				count[uint32(v*scale)&1023]++
			}
		}
	})
}
