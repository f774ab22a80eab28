package org.guildhall.qa.notify;

/**
 * What a notification quotes: the question's title and the text that was posted (the question, answer or comment
 * body as written, CommonMark).
 */
public record QuestionPost(long questionId, String questionTitle, String text) {
}
