package forecast

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

func TestZig(t *testing.T) {
	s := newSampler(rand.New(rand.NewPCG(1, 2)))
	fast := 0
	N := 1000000
	for range N {
		u := s.src.Uint64()
		j := int32(u)
		i := u >> 32 & 0x7F
		a := uint32(j)
		if j < 0 {
			a = uint32(-int64(j))
		}
		if a < zigK[i] {
			fast++
		}
	}
	fmt.Println("fast", float64(fast)/float64(N), zigK[0], zigK[1], zigK[2], zigK[127], zigW[0], zigW[127], zigF[126])
	var m, v float64
	for range N {
		x := s.normal()
		m += x
		v += x * x
	}
	fmt.Println(m/float64(N), v/float64(N))
	fmt.Println(dexp(-8.3), math.Exp(-8.3), dlog(0.3), math.Log(0.3))
}

func TestZig2(t *testing.T) {
	s := 0.0
	for i := range zigK {
		s += float64(zigK[i]) / (1 << 31)
	}
	fmt.Println("mean accept", s/128)
	// Go's stdlib kn[2] for comparison: 0x654f6b72? print ours
	fmt.Printf("%#x %#x %#x %#x\n", zigK[0], zigK[2], zigK[3], zigK[127])
}
