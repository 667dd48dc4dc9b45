package actors

// SetInheritRole switches the role a surname or pronoun inherits from
// its antecedent, for tests; it returns the previous setting.
func SetInheritRole(on bool) bool {
	old := inheritRoleOn
	inheritRoleOn = on
	return old
}
