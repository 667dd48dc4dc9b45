package coder

// QuestionActs switches questions as hypothetical (status_question.go).
var QuestionActs = &questionActs
