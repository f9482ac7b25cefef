package resolve

import "testing"

func TestSamePerson(t *testing.T) {
	tests := []struct {
		full, short string
		want        bool
	}{
		{"Amara Okafor", "Okafor", true},
		{"Zhao Lei", "Zhao", true},                           // family name first
		{"Faisal bin Farhan", "Faisal", true},                // called by the given name
		{"Abdullah II", "Abdullah", true},                    // regnal number
		{"Omar al-Rashidi", "Rashidi", true},                 // Arabic article
		{"Nikolai Petrenko", "Petrenkko", true},              // one edit, long surname
		{"Andrés Manuel Vidal Ortega", "Vidal Ortega", true}, // compound surname
		{"Pieter van der Berg", "van der Berg", true},
		{"Sergey Volkov", "Sergei Volkov", true}, // transliteration
		{"Marta Lind", "Martin Lind", false},     // first names too far apart
		{"Amara Okafor", "Tunde", false},
		{"Anna Berg", "Bergh", false}, // short surnames must be equal
		{"Amara Okafor", "Amara Bello", false},
	}
	for _, tt := range tests {
		if got := samePerson(words(tt.full), words(tt.short)); got != tt.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tt.full, tt.short, got, tt.want)
		}
	}
}

func TestOrganisationNames(t *testing.T) {
	if !acronymAligned(words("U.N. Security Council"), words("United Nations Security Council")) {
		t.Error("U.N. Security Council should align with United Nations Security Council")
	}
	if acronymAligned(words("U.N. Security Council"), words("United Nations Human Rights Council")) {
		t.Error("U.N. Security Council should not align with a different council")
	}
	if got := inverted(words("Ministry of Fisheries")); !equalWords(got, words("Fisheries Ministry")) {
		t.Errorf("inverted = %v, want fisheries ministry", got)
	}
	if got := stripOwner(words("Kenya's Ministry of Trade")); !equalWords(got, words("Ministry of Trade")) {
		t.Errorf("stripOwner = %v", got)
	}
}

func TestTitleFits(t *testing.T) {
	tests := []struct {
		desc, title string
		want        bool
	}{
		{"foreign minister", "Foreign Minister", true},
		{"minister", "Defence Minister", true},
		{"foreign minister", "Defence Minister", false},
		{"top diplomat", "Foreign Minister", true},
		{"diplomat", "Secretary of State", true},
		{"leader", "Prime Minister", true},
		{"leader", "Trade Minister", false},
		{"visiting minister", "Foreign Minister", true},
		{"counterpart", "Foreign Minister", false},
		{"president", "", false},
	}
	for _, tt := range tests {
		head := lastWord(tt.desc)
		if got := titleFits(head, tt.desc, lower(tt.title)); got != tt.want {
			t.Errorf("titleFits(%q, %q) = %v, want %v", tt.desc, tt.title, got, tt.want)
		}
	}
}

func TestFamilyFirst(t *testing.T) {
	for name, want := range map[string]bool{
		"Kim Jong Un":   true,
		"Choe Son Hui":  true,
		"Cho Tae-yul":   true,
		"Amara Okafor":  false,
		"Jose Ramos":    false,
		"Ana Maria Paz": false,
	} {
		if got := familyFirst(words(name)); got != want {
			t.Errorf("familyFirst(%q) = %v, want %v", name, got, want)
		}
	}
}

func lower(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r >= 'A' && r <= 'Z' {
			out[i] = r + 'a' - 'A'
		}
	}
	return string(out)
}
