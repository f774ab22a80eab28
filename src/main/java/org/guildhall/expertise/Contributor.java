package org.guildhall.expertise;

/** A person's contributions in a period: distinct accepted answers, distinct answers, and their answer points. */
public record Contributor(String personKey, int acceptedAnswers, int answers, double answerPoints) {
}
