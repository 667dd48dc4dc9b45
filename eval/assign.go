package eval

// assign pairs rows with columns one to one so that the sum of w over
// the pairs is largest; w is rows×columns, every row the same length,
// weights not negative. It pairs min(rows, columns) of them (a pair of
// weight 0 is still a pair: callers drop those they do not want) and
// returns for each row its column or -1. The same w always gives the same
// answer. It is the Hungarian method (Kuhn and Munkres) with potentials,
// O(n²m): event and time-expression classes are small, and an exact
// answer keeps the scores from hanging on the order of the input.
func assign(w [][]int64) []int {
	rows := len(w)
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 || len(w[0]) == 0 {
		return out
	}
	cols := len(w[0])
	if rows > cols {
		// The method wants no more rows than columns: solve the
		// transposed problem.
		t := make([][]int64, cols)
		for j := range t {
			t[j] = make([]int64, rows)
			for i := range rows {
				t[j][i] = w[i][j]
			}
		}
		for j, i := range assign(t) {
			if i >= 0 {
				out[i] = j
			}
		}
		return out
	}
	var top int64
	for _, r := range w {
		for _, x := range r {
			top = max(top, x)
		}
	}
	// Minimise top-w, 1-based as the method is usually written: p[j] is
	// the row on column j (0 for none), u and v the potentials.
	cost := func(i, j int) int64 { return top - w[i-1][j-1] }
	const inf = int64(1) << 62
	u := make([]int64, rows+1)
	v := make([]int64, cols+1)
	p := make([]int, cols+1)
	way := make([]int, cols+1)
	for i := 1; i <= rows; i++ {
		p[0] = i
		j0 := 0
		minv := make([]int64, cols+1)
		used := make([]bool, cols+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= cols; j++ {
				if used[j] {
					continue
				}
				if c := cost(i0, j) - u[i0] - v[j]; c < minv[j] {
					minv[j], way[j] = c, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= cols; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= cols; j++ {
		if p[j] != 0 {
			out[p[j]-1] = j - 1
		}
	}
	return out
}
