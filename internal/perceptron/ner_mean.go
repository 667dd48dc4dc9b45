package perceptron

import (
	"errors"
	"sort"
)

// Mean returns a model whose weights are the mean of the averaged models'
// weights, a feature missing from a model counting as zero there. Runs of
// the same training with different shuffles make different mistakes, and
// their mean generalises better than any one of them.
func Mean(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("perceptron: no models to average")
	}
	n := models[0].NClasses
	keys := map[uint64]bool{}
	for _, m := range models {
		if m.train {
			return nil, errors.New("perceptron: average each model before taking the mean")
		}
		if m.NClasses != n {
			return nil, errors.New("perceptron: models with different numbers of classes")
		}
		for k := range m.rows {
			keys[k] = true
		}
	}
	sorted := make([]uint64, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	out := &Model{NClasses: n, rows: make(map[uint64]int32, len(sorted)), w: make([]float32, len(sorted)*n)}
	inv := 1 / float32(len(models))
	for i, k := range sorted {
		out.rows[k] = int32(i)
		dst := out.w[i*n : i*n+n]
		for _, m := range models {
			r, ok := m.rows[k]
			if !ok {
				continue
			}
			for c, v := range m.w[int(r)*n : int(r)*n+n] {
				dst[c] += v * inv
			}
		}
	}
	return out, nil
}
