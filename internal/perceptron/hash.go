package perceptron

// Feature hashing: FNV-1a over a template number and string parts, without
// allocating. Components build features as Feat(template, parts...) in one
// function used by both training and inference.

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// Start begins a feature hash with a template id. The templates in use are
// small numbers, whose hashes are computed once: a feature extractor calls
// Start for every feature of every token, and the eight multiplications
// of start wait on one another.
func Start(template uint64) uint64 {
	if template < uint64(len(starts)) {
		return starts[template]
	}
	return start(template)
}

var starts = func() (t [256]uint64) {
	for i := range t {
		t[i] = start(uint64(i))
	}
	return t
}()

//go:noinline
func start(template uint64) uint64 {
	h := uint64(offset64)
	for i := 0; i < 8; i++ {
		h ^= template & 0xff
		h *= prime64
		template >>= 8
	}
	return h
}

// Add mixes a string into h, with a separator so that ("ab","c") and
// ("a","bc") differ.
func Add(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	h ^= 0xff
	h *= prime64
	return h
}

// AddInt mixes a small integer into h.
func AddInt(h uint64, v int) uint64 {
	u := uint64(v)
	for i := 0; i < 4; i++ {
		h ^= u & 0xff
		h *= prime64
		u >>= 8
	}
	return h
}
