package org.guildhall.expertise;

/** A person's summed evidence over the topics and communities a ranking looked at. */
public record RankedPerson(String personKey, double weighted, int accepted, int answers, int questions, int pages) {
}
