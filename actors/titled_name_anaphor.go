package actors

// titledNameNoAnaphor: "the former president Jimmy Carter" names someone,
// so it is no anaphor of the last president mentioned, though "the former
// president" alone would be. Without it the phrase was coded as Bill
// Clinton, whom the story had named before (review33). Tests turn it off.
var titledNameNoAnaphor = true
