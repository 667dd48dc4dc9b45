package coder

// ApposedName switches apposedActor: a subject title of no country takes
// the actor named in its apposition (seventeenth session, actor22).
var ApposedName = &apposedNameOn
