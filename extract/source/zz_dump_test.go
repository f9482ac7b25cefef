package source

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("DUMP"))
	if err != nil {
		t.Skip()
	}
	lines := pageLines(string(b))
	starts := headlines(lines)
	st := map[int]bool{}
	for _, s := range starts {
		st[s] = true
	}
	for i, l := range lines {
		if i > 40 {
			break
		}
		m := " "
		if st[i] {
			m = "*"
		}
		fmt.Printf("%s%d k=%d w=%d term=%v body=%v hl=%v | %.90s\n", m, i, l.kind, l.words, l.terminal, l.body(), l.headlineLike(), l.text)
	}
}
