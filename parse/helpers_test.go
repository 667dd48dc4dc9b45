package parse

import (
	"os"

	"sitrep/corpus"
)

func readCoNLLU(path string) ([]corpus.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return corpus.ReadCoNLLU(f)
}
